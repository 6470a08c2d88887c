package socketlab.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import socketlab.net.Addresses;
import socketlab.net.Parsed;
import socketlab.net.Ports;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerEvent;
import socketlab.server.ServerListener;
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
              and its response too, one when the server closes an idle or overlong connection ("#N closed by the
              server: idle: ..."), and when stopped "stopped: served N connections, peak active M". Standard input
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
                --max-handlers N    threaded mode's cap on clients served at once, 1 to %d (default %d); beyond
                                    it new clients wait, as with a semaphore
                --threads T         platform or virtual: the threads that run handlers (default platform)
                --backlog N         the listen backlog: connections the kernel queues until accept, 1 to %d
                                    (default %d; the kernel may cap it)
                --uppercase         echo lines back in upper case (echo only)
                --quiet             do not print a line per accepted connection (problems are still printed), as
                                    for a load test
                --idle-timeout S    close a connection whose reads or writes move no bytes for S seconds: a
                                    client that sends nothing, or one that stops reading what it is sent;
                                    1 to %d (default %d)
                --max-connection-time S
                                    close a connection served for longer than S seconds, 1 to %d (default: no
                                    limit)
              exit codes: 0 stopped by a signal, 1 the operating system refused (such as a port in use) or the
                          server could not go on, 2 bad options, 3 an internal error
            """.formatted(ServerKind.HELLO.summary(), ServerKind.ECHO.summary(), ServerKind.TIME.summary(),
            ServerKind.HTTP.summary(), Mode.ITERATIVE.summary(), Mode.THREADED.summary(), Mode.SEMAPHORE.summary(), ServerConfig.MAX_PERMITS,
            ServerConfig.DEFAULT_PERMITS, ServerConfig.MAX_HANDLERS, ServerConfig.DEFAULT_MAX_HANDLERS,
            ServerConfig.MAX_BACKLOG, ServerConfig.DEFAULT_BACKLOG, MAX_IDLE_SECONDS,
            ServerConfig.DEFAULT_IDLE_TIMEOUT.toSeconds(), MAX_IDLE_SECONDS);

    static final Set<String> VALUED = Set.of("--port", "--bind", "--mode", "--permits", "--threads",
            "--backlog", "--idle-timeout", "--max-connection-time", "--max-handlers");
    private static final Set<String> FLAGS = Set.of("--uppercase", "--quiet");

    private final StopSignal stop;

    ServeCommand(StopSignal stop) {
        this.stop = stop;
    }

    /** Runs the server until the stop signal; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) {
        ServerConfig config;
        boolean quiet;
        try {
            config = parse(args);
            quiet = Options.parse(args, VALUED, FLAGS).flag("--quiet");
        } catch (UsageError e) {
            err.println("socketlab serve: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        stop.arm(); // before the first line: whoever reads it may signal at once
        int code = Cli.REFUSED;
        try {
            code = serve(config, quiet, out, err);
            return code;
        } finally {
            stop.done(code); // also when something unexpected was thrown, so that no hook waits in vain
        }
    }

    private int serve(ServerConfig config, boolean quiet, PrintStream out, PrintStream err) {
        EventPrinter printer = new EventPrinter(NAME, out, err);
        // Ends the wait below when the server stops by itself (its listening socket gone), not only on a signal.
        CompletableFuture<String> stoppedByItself = new CompletableFuture<>();
        // Reads and writes are not printed, so the server makes no event for them: its data path stays as lean as
        // the C server's.
        ServerListener listener = ServerListener.withoutData(e -> {
            if (!(quiet && e instanceof ServerEvent.Accepted)) {
                printer.accept(e);
            }
            if (e instanceof ServerEvent.Closed c) {
                // Connection 0: the printer prints a server's notices; the line itself names the connection.
                closedByTheServer(c, config).ifPresent(
                        line -> printer.accept(new ServerEvent.Notice(c.time(), 0, line)));
            }
            if (e instanceof ServerEvent.Stopped s && s.unexpected()) {
                stoppedByItself.complete(s.why());
            }
        });
        LabServer server;
        try {
            server = LabServer.start(config, listener);
        } catch (ServerStartException e) {
            err.println("socketlab serve: " + e.getMessage());
            return Cli.REFUSED;
        }
        out.println("listening on " + server.localEndpoint());
        out.flush();
        if (config.exposed()) {
            err.println("socketlab serve: warning: " + config.exposureWarning());
            err.flush();
        }
        printer.start();
        Thread waiter = Thread.ofVirtual().name("socketlab-serve-stop").start(() -> {
            try {
                stop.await();
            } catch (InterruptedException e) {
                // asked to stop waiting: the server stopped by itself
            }
            stoppedByItself.complete("");
        });
        String why;
        try {
            why = stoppedByItself.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop as if signalled
            why = "";
        } catch (java.util.concurrent.ExecutionException e) {
            why = "";
        }
        waiter.interrupt();
        server.close();
        try {
            printer.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ServerStats stats = server.stats();
        if (!why.isEmpty()) {
            err.println("socketlab serve: the server stopped by itself: " + why);
            err.flush();
        }
        out.println("stopped: served " + stats.served() + " connections, peak active " + stats.peakActive());
        out.flush();
        return why.isEmpty() ? Cli.OK : Cli.REFUSED;
    }

    /**
     * The line for a connection the server itself ended for the client's behaviour (idle, not reading, over the time
     * limit): without it the client at the other end of nc sees its connection drop and the server says nothing.
     */
    static java.util.Optional<String> closedByTheServer(ServerEvent.Closed c, ServerConfig config) {
        Duration limit = switch (c.reason()) {
            case IDLE_TIMEOUT, STOPPED_READING -> config.idleTimeout();
            case TIME_LIMIT -> config.maxConnectionTime();
            default -> null;
        };
        return limit == null ? java.util.Optional.empty() : java.util.Optional.of("#" + c.connectionId()
                + " closed by the server: " + c.reason().text() + " (" + limit.toSeconds() + " s)");
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
        if (o.has("--max-handlers") && mode != Mode.THREADED) {
            throw new UsageError("--max-handlers applies only to --mode threaded (semaphore mode has --permits)");
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
                .withMaxHandlers(o.number("--max-handlers", "max handlers", 1, ServerConfig.MAX_HANDLERS,
                        defaults.maxHandlers()))
                .withBacklog(o.number("--backlog", "backlog", 1, ServerConfig.MAX_BACKLOG, defaults.backlog()))
                .withUppercase(o.flag("--uppercase"))
                .withIdleTimeout(Duration.ofSeconds(o.number("--idle-timeout", "idle timeout", 1, MAX_IDLE_SECONDS,
                        (int) defaults.idleTimeout().toSeconds())))
                .withMaxConnectionTime(Duration.ofSeconds(o.number("--max-connection-time", "connection time limit",
                        1, MAX_IDLE_SECONDS, 0)));
    }
}
