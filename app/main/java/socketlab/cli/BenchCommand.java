package socketlab.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import socketlab.client.BurstMode;
import socketlab.client.BurstResult;
import socketlab.client.BurstSpec;
import socketlab.client.ClientBurst;
import socketlab.server.LabServer;
import socketlab.server.ServerListener;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.server.ServerStartException;
import socketlab.server.ThreadKind;

/**
 * {@code socketlab bench}: drives an in-process lab server in each concurrency mode and thread kind with a burst of
 * concurrent clients over loopback, and prints connections per second and latency percentiles per configuration.
 */
final class BenchCommand {
    static final int DEFAULT_CLIENTS = 2_000;
    static final int DEFAULT_CONCURRENCY = 100;
    static final int SEMAPHORE_PERMITS = ServerConfig.DEFAULT_PERMITS;
    static final int MAX_WARM_UP = 200;

    static final String USAGE = """
            socketlab bench [--clients N] [--concurrency C] [--kind echo|hello|time|http]
              Measures the lab servers: for each configuration (iterative; threaded on platform and on virtual
              threads; semaphore with %d permits on platform and on virtual threads) it starts a server on
              127.0.0.1 with a kernel-chosen port, warms it up, then runs N clients, at most C connected at once.
              Each client connects, talks (echo: sends one line and reads it back; hello and time: reads until the
              server closes) and closes. Prints one row per configuration: connections per second, latency from
              connect to close at the 50th and 99th percentile and the maximum, failed clients, and the most
              handlers the server ran at once.

              options:
                --clients N         clients per configuration, 1 to %d (default %d)
                --concurrency C     clients connected at once, 1 to %d (default %d)
                --kind K            the server to measure: echo, hello, time or http (default echo)
              exit codes: 0 done (the table lists any failed clients), 1 a server could not start, 2 bad options
            """.formatted(SEMAPHORE_PERMITS, BurstSpec.MAX_CLIENTS, DEFAULT_CLIENTS, BurstSpec.MAX_CONCURRENCY,
            DEFAULT_CONCURRENCY);

    static final Set<String> VALUED = Set.of("--clients", "--concurrency", "--kind");

    /** One measured configuration: a mode and the threads that run its handlers. */
    record Setup(String label, Mode mode, ThreadKind threads) {
    }

    static final List<Setup> SETUPS = List.of(
            new Setup("iterative", Mode.ITERATIVE, ThreadKind.PLATFORM),
            new Setup("threaded, platform threads", Mode.THREADED, ThreadKind.PLATFORM),
            new Setup("threaded, virtual threads", Mode.THREADED, ThreadKind.VIRTUAL),
            new Setup("semaphore " + SEMAPHORE_PERMITS + ", platform threads", Mode.SEMAPHORE, ThreadKind.PLATFORM),
            new Setup("semaphore " + SEMAPHORE_PERMITS + ", virtual threads", Mode.SEMAPHORE, ThreadKind.VIRTUAL));

    private static final String ROW = "%-32s %9s %9s %9s %9s %7s %7s%n";

    int run(List<String> args, PrintStream out, PrintStream err) {
        int clients;
        int concurrency;
        ServerKind kind;
        try {
            Options o = Options.parse(args, VALUED, Set.of());
            if (!o.positionals().isEmpty()) {
                throw new UsageError("unexpected argument \"" + o.positionals().getFirst() + "\"");
            }
            clients = o.number("--clients", "clients", 1, BurstSpec.MAX_CLIENTS, DEFAULT_CLIENTS);
            concurrency = o.number("--concurrency", "concurrency", 1, BurstSpec.MAX_CONCURRENCY,
                    DEFAULT_CONCURRENCY);
            kind = o.choice("--kind", "kind", ServerKind::fromId, List.of("echo", "hello", "time", "http"),
                    ServerKind.ECHO);
        } catch (UsageError e) {
            err.println("socketlab bench: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        BurstMode mode = switch (kind) {
            case ECHO -> BurstMode.ECHO;
            case HTTP -> BurstMode.HTTP;
            case HELLO, TIME -> BurstMode.EOF;
        };
        // Every client that is connected but not yet accepted waits in the listen backlog: make it hold all of
        // them, so that the rows compare the servers and not the kernel's retry of a dropped handshake.
        int backlog = Math.max(ServerConfig.DEFAULT_BACKLOG, concurrency);
        int warmUp = Math.min(MAX_WARM_UP, clients);
        out.printf("Socket Lab benchmark: %s server on 127.0.0.1, %d clients per configuration, %d at once%n",
                kind.id(), clients, concurrency);
        out.printf("each client: connect, %s, close; listen backlog %d; %d warm-up clients first, not counted%n",
                mode.summary(), backlog, warmUp);
        out.printf("machine: %d processors, Java %s, %s %s%n%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), System.getProperty("os.name"), System.getProperty("os.version"));
        out.printf(ROW, "configuration", "conn/s", "p50 ms", "p99 ms", "max ms", "failed", "peak");
        out.flush();
        StringBuilder failures = new StringBuilder();
        try {
            for (Setup setup : SETUPS) {
                ServerConfig config = ServerConfig.defaults(kind).withMode(setup.mode()).withThreads(setup.threads())
                        .withPermits(SEMAPHORE_PERMITS).withBacklog(backlog);
                burst(config, warmUp, concurrency, mode);
                try (LabServer server = LabServer.start(config, ServerListener.withoutData(event -> { }))) {
                    BurstResult r = new ClientBurst(spec(server, clients, concurrency, mode), null).run();
                    server.close(); // so that peak active is final
                    out.printf(ROW, setup.label(), String.format(Locale.ROOT, "%.0f", r.connectionsPerSecond()),
                            ms(r.p50()), ms(r.p99()), ms(r.max()), r.failed(), server.stats().peakActive());
                    out.flush();
                    for (Map.Entry<String, Integer> f : r.failedByReason().entrySet()) {
                        failures.append("  ").append(setup.label()).append(": ").append(f.getValue())
                                .append(" failed: ").append(f.getKey()).append('\n');
                    }
                }
            }
        } catch (ServerStartException e) {
            err.println("socketlab bench: " + e.getMessage());
            return Cli.REFUSED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("socketlab bench: interrupted");
            return Cli.REFUSED;
        }
        if (!failures.isEmpty()) {
            out.print("\nfailed clients:\n" + failures);
        }
        out.println();
        out.println("peak: the most handlers the server ran at once. latency: from the start of connect to the"
                + " closed socket.");
        out.println("These figures come from one run on this machine, with the clients in the same process as the"
                + " server;");
        out.println("compare the rows with each other as ratios rather than reading them as absolute speeds.");
        out.flush();
        return Cli.OK;
    }

    /** A warm-up burst on a server of its own, so that the measured server starts with fresh counters. */
    private static void burst(ServerConfig config, int clients, int concurrency, BurstMode mode)
            throws ServerStartException, InterruptedException {
        try (LabServer server = LabServer.start(config, ServerListener.withoutData(event -> { }))) {
            new ClientBurst(spec(server, clients, concurrency, mode), null).run();
        }
    }

    private static BurstSpec spec(LabServer server, int clients, int concurrency, BurstMode mode) {
        return BurstSpec.of(server.localEndpoint(), clients, Math.min(concurrency, clients), mode);
    }

    private static String ms(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e6);
    }
}
