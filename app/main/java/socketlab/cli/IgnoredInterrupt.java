package socketlab.cli;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Proxy;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Makes SIGINT stop the program even when it was started with SIGINT ignored, as a shell starts every background
 * job of a script ({@code socketlab capture ... &}). The JVM leaves an ignored SIGINT ignored and refuses to handle
 * it (its signal API then silently does nothing), so a script's {@code kill -INT} would not stop the command, while
 * it does stop tcpdump. Here the signal's disposition is set back to the default through libc, and then the JVM's
 * own signal API takes it and exits as an interrupted JVM does: through the shutdown hooks, which print the
 * command's last line.
 *
 * <p>Only on systems with POSIX signals (Linux, macOS), and only when SIGINT is ignored: otherwise the JVM already
 * handles it.
 */
final class IgnoredInterrupt {
    private static final System.Logger LOG = System.getLogger(IgnoredInterrupt.class.getName());
    private static final int SIGINT = 2;
    private static final long SIG_IGN = 1;
    /** Larger than struct sigaction on Linux and macOS; the handler is its first member on both. */
    private static final long SIGACTION_BYTES = 256;
    /** What a JVM interrupted by SIGINT exits with (128 + 2); the shutdown hook replaces it with the command's. */
    private static final int INTERRUPTED_EXIT = 130;

    private IgnoredInterrupt() {
    }

    /** Restores SIGINT when the process started with it ignored; true when it did. Never throws. */
    static boolean restore() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (!os.contains("linux") && !os.contains("mac")) {
            return false;
        }
        try {
            Linker linker = Linker.nativeLinker();
            Optional<MemorySegment> sigaction = linker.defaultLookup().find("sigaction");
            Optional<MemorySegment> signal = linker.defaultLookup().find("signal");
            if (sigaction.isEmpty() || signal.isEmpty()) {
                return false;
            }
            if (!ignored(linker, sigaction.get())) {
                return false;
            }
            MethodHandle setSignal = linker.downcallHandle(signal.get(),
                    FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            MemorySegment previous = (MemorySegment) setSignal.invokeExact(SIGINT, MemorySegment.NULL); // SIG_DFL
            if (previous.address() != SIG_IGN) {
                return false;
            }
            handleWithJvm();
            return true;
        } catch (Throwable e) {
            // Without it SIGTERM still stops the command; only a script's kill -INT would not.
            LOG.log(Level.DEBUG, "SIGINT could not be restored", e);
            return false;
        }
    }

    /** Asks libc, without changing anything, whether SIGINT is ignored. */
    private static boolean ignored(Linker linker, MemorySegment sigaction) throws Throwable {
        MethodHandle query = linker.downcallHandle(sigaction,
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                        ValueLayout.ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment old = arena.allocate(SIGACTION_BYTES, 16);
            int rc = (int) query.invokeExact(SIGINT, MemorySegment.NULL, old);
            return rc == 0 && old.get(ValueLayout.JAVA_LONG, 0) == SIG_IGN;
        }
    }

    /**
     * Hands SIGINT to the JVM's signal API ({@code sun.misc.Signal}, in the jdk.unsupported module), reached by
     * reflection so that the build stays free of warnings about internal API.
     */
    private static void handleWithJvm() throws ReflectiveOperationException {
        Class<?> signalClass = Class.forName("sun.misc.Signal");
        Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
        Object interrupt = signalClass.getConstructor(String.class).newInstance("INT");
        Object handler = Proxy.newProxyInstance(IgnoredInterrupt.class.getClassLoader(),
                new Class<?>[] {handlerClass}, (proxy, method, args) -> {
                    if (method.getName().equals("handle")) {
                        System.exit(INTERRUPTED_EXIT);
                    }
                    return switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "SIGINT handler";
                        default -> null;
                    };
                });
        signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, interrupt, handler);
    }
}
