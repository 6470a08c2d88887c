package socketlab.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import socketlab.net.Addresses;
import socketlab.net.Parsed;
import socketlab.net.Ports;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.server.ServerStartException;
import socketlab.server.ServerStats;
import socketlab.server.ThreadKind;

/**
 * {@code socketlab serve}: runs one lab server until it is asked to stop (SIGINT or SIGTERM on the real command
 * line), printing where it listens, each accepted connection's socket pair, and a summary at the end.
 */
final class ServeCommand {
    static final String NAME = "serve";
    static final int MAX_IDLE_SECONDS = 24 * 60 * 60;

    static final String USAGE = """
            socketlab serve hello|echo|time|http [options]
              Runs one lab server until Ctrl+C (SIGINT) or SIGTERM. Prints "listening on ADDR:PORT" first, then one
              line per accepted connection with its socket pair (client -> server), for http one line per request
              and its response too, and when stopped "stopped: served N connections, peak active M". Standard input
              is not read, so the server also runs in the background or under a service manager.

              kinds:
                hello               %s
                echo                %s
                time                %s
                http                %s
                                    (try: curl -v http://127.0.0.1:PORT/ or a browser; no files from disk)
              options:
                --port N            the port to listen on, 0 to 65535; 0 lets the kernel choose (default 0)
                --bind ADDR         the address to listen on (default 127.0.0.1); ::1 for IPv6 loopback;
                                    0.0.0.0 (IPv4) or :: (IPv6 and IPv4) for all interfaces, which lets other
                                    machines connect
                --mode M            iterative: %s
                                    threaded:  %s (default)
                                    semaphore: %s
                --permits N         the semaphore's permits, 1 to %d (default %d; semaphore mode only)
                --threads T         platform or virtual: the threads that run handlers (default platform)
                --backlog N         the listen backlog: connections the kernel queues until accept, 1 to %d
                                    (default %d; the kernel may cap it)
                --uppercase         echo lines back in upper case (echo only)
                --idle-timeout S    close a client that sends nothing for S seconds, 1 to %d (default %d)
              exit codes: 0 stopped by a signal, 1 the operating system refused (such as a port in use),
                          2 bad options
            """.formatted(ServerKind.HELLO.summary(), ServerKind.ECHO.summary(), ServerKind.TIME.summary(),
            ServerKind.HTTP.summary(), Mode.ITERATIVE.summary(), Mode.THREADED.summary(), Mode.SEMAPHORE.summary(), ServerConfig.MAX_PERMITS,
            ServerConfig.DEFAULT_PERMITS, ServerConfig.MAX_BACKLOG, ServerConfig.DEFAULT_BACKLOG, MAX_IDLE_SECONDS,
            ServerConfig.DEFAULT_IDLE_TIMEOUT.toSeconds());

    private static final Set<String> VALUED = Set.of("--port", "--bind", "--mode", "--permits", "--threads",
            "--backlog", "--idle-timeout");
    private static final Set<String> FLAGS = Set.of("--uppercase");

    private final StopSignal stop;

    ServeCommand(StopSignal stop) {
        this.stop = stop;
    }

    /** Runs the server until the stop signal; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        ServerConfig config;
        try {
            config = parse(args);
        } catch (UsageError e) {
            err.println("socketlab serve: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        stop.arm(); // before the first line: whoever reads it may signal at once
        int code = Cli.REFUSED;
        try {
            code = serve(config, out, err);
            return code;
        } finally {
            stop.done(code); // also when something unexpected was thrown, so that no hook waits in vain
        }
    }

    private int serve(ServerConfig config, PrintStream out, PrintStream err) {
        EventPrinter printer = new EventPrinter(NAME, out, err);
        LabServer server;
        try {
            server = LabServer.start(config, printer);
        } catch (ServerStartException e) {
            err.println("socketlab serve: " + e.getMessage());
            return Cli.REFUSED;
        }
        out.println("listening on " + server.localEndpoint());
        out.flush();
        if (config.exposed()) {
            err.println("socketlab serve: warning: listening on all interfaces, so other machines on the network"
                    + " can connect to this server");
            err.flush();
        }
        printer.start();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop as if signalled
        }
        server.close();
        try {
            printer.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ServerStats stats = server.stats();
        out.println("stopped: served " + stats.served() + " connections, peak active " + stats.peakActive());
        out.flush();
        return Cli.OK;
    }

    /** An address literal, with a message that says it is the bind address that is wrong. */
    private static Parsed<InetAddress> bindAddress(String text) {
        Parsed<InetAddress> p = Addresses.parseLiteral(text);
        return p.isOk() ? p : Parsed.invalid("bind address: " + p.error());
    }

    /** The server the arguments describe. */
    static ServerConfig parse(List<String> args) throws UsageError {
        Options o = Options.parse(args, VALUED, FLAGS);
        List<String> words = o.positionals();
        List<String> kinds = Arrays.stream(ServerKind.values()).map(ServerKind::id).toList();
        if (words.isEmpty()) {
            throw new UsageError("say which server to run: " + Options.oneOf(kinds)
                    + " (see 'socketlab serve --help')");
        }
        if (words.size() > 1) {
            throw new UsageError("unexpected argument \"" + words.get(1) + "\": give one server kind, then options");
        }
        ServerKind kind = ServerKind.fromId(words.getFirst()).orElseThrow(() -> new UsageError(
                "unknown server kind \"" + words.getFirst() + "\": choose " + Options.oneOf(kinds)));
        ServerConfig defaults = ServerConfig.defaults(kind);
        Mode mode = o.choice("--mode", "mode", Mode::fromId,
                Arrays.stream(Mode.values()).map(Mode::id).toList(), defaults.mode());
        ThreadKind threads = o.choice("--threads", "threads", ThreadKind::fromId,
                Arrays.stream(ThreadKind.values()).map(ThreadKind::id).toList(), defaults.threads());
        if (o.has("--permits") && mode != Mode.SEMAPHORE) {
            throw new UsageError("--permits applies only to --mode semaphore");
        }
        if (o.has("--threads") && mode == Mode.ITERATIVE) {
            throw new UsageError("--threads does not apply to --mode iterative, which serves on its accepting"
                    + " thread");
        }
        if (o.flag("--uppercase") && kind != ServerKind.ECHO) {
            throw new UsageError("--uppercase applies only to the echo server");
        }
        return defaults
                .withMode(mode)
                .withThreads(threads)
                .withPort(o.parsed("--port", Ports::parse, defaults.port()))
                .withBindAddress(o.parsed("--bind", ServeCommand::bindAddress, defaults.bindAddress()))
                .withPermits(o.number("--permits", "permits", 1, ServerConfig.MAX_PERMITS, defaults.permits()))
                .withBacklog(o.number("--backlog", "backlog", 1, ServerConfig.MAX_BACKLOG, defaults.backlog()))
                .withUppercase(o.flag("--uppercase"))
                .withIdleTimeout(Duration.ofSeconds(o.number("--idle-timeout", "idle timeout", 1, MAX_IDLE_SECONDS,
                        (int) defaults.idleTimeout().toSeconds())));
    }
}
