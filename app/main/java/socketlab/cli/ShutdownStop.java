package socketlab.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops a command on SIGINT (Ctrl+C) or SIGTERM through a JVM shutdown hook, SIGINT also when the command was
 * started with it ignored ({@link IgnoredInterrupt}). The hook asks the command to stop,
 * waits until it has printed its last line, and then ends the process with the command's exit code: a JVM that
 * shuts down because of a signal would otherwise exit with 128 + the signal's number, although stopping on a signal
 * is this command's normal, successful end.
 */
final class ShutdownStop implements StopSignal {
    private static final long FINISH_SECONDS = 20;

    private final PrintStream err;
    private final String command;
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onShutdown, "socketlab-cli-shutdown");
    private volatile int exitCode;

    /** @param command the command's name for the one line printed if stopping takes too long */
    ShutdownStop(String command, PrintStream err) {
        this.command = command;
        this.err = err;
    }

    @Override
    public void arm() {
        Runtime.getRuntime().addShutdownHook(hook);
        // A background job of a script starts with SIGINT ignored; the script's kill -INT must still stop it.
        IgnoredInterrupt.restore();
    }

    @Override
    public void await() throws InterruptedException {
        requested.await();
    }

    @Override
    public void done(int code) {
        exitCode = code;
        finished.countDown();
        if (requested.getCount() > 0) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The signal came just now: the hook runs and ends the process with this code.
            } catch (IllegalArgumentException neverArmed) {
                // The command ended before it armed the hook (it failed to start).
            }
        }
    }

    private void onShutdown() {
        Console console = System.console();
        if (console != null && console.isTerminal()) {
            // Ctrl+C echoes "^C" without a newline; the command's last line should start a line of its own.
            System.out.println();
        }
        requested.countDown();
        try {
            if (!finished.await(FINISH_SECONDS, TimeUnit.SECONDS)) {
                err.println("socketlab " + command + ": did not stop within " + FINISH_SECONDS + " s; exiting anyway");
                exitCode = 1;
            }
        } catch (InterruptedException e) {
            exitCode = 1;
        }
        System.out.flush();
        err.flush();
        Runtime.getRuntime().halt(exitCode);
    }
}
