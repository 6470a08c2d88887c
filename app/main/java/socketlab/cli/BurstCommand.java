package socketlab.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import socketlab.client.BurstMode;
import socketlab.client.BurstResult;
import socketlab.client.BurstSpec;
import socketlab.client.ClientBurst;
import socketlab.client.ClientFailure;
import socketlab.client.Host;
import socketlab.client.HostLookup;
import socketlab.net.Endpoint;

/**
 * {@code socketlab burst}: many clients against one server, at most C connected at once, and a summary of how
 * they fared: completed, failed by reason, connections per second and latency percentiles.
 */
final class BurstCommand {
    static final String NAME = "burst";
    /** As many clients as the window's burst allows: enough to fill a listen backlog several times over. */
    /** The most clients, in all and at once, for the heap this JVM has (5,000 on any ordinary machine). */
    static final int MAX_CLIENTS = socketlab.HeapBudget.ofThisJvm().burstClients();
    static final int MAX_CONCURRENCY = socketlab.HeapBudget.ofThisJvm().burstConcurrency();
    static final int DEFAULT_CONCURRENCY = 100;

    static final String USAGE = """
            socketlab burst HOST PORT --clients N [--concurrency C] [--mode eof|echo|http] [--timeout MS]
              Launches N clients against the server on PORT at HOST, at most C of them connected at once. Each
              connects, talks as the mode says, and closes. Then prints a summary: clients completed, failed
              clients by reason, connections per second, and the latency from connect to close at the 50th and
              99th percentile. Against an iterative, a thread-per-connection and a semaphore-limited lab server
              the figures show the difference: one client at a time, all at once, or at most the permits.

              options:
                --clients N         how many clients, 1 to %d
                --concurrency C     the most clients connected at once, 1 to %d (default %d, or N if fewer)
                --mode M            eof:  %s (default; hello and time servers)
                                    echo: %s (echo server)
                                    http: %s (web server)
                --timeout MS        how long each client may wait to connect and for each read, 1 to %d ms
                                    (default %d to connect, %d for each read)
              exit codes: 0 every client completed, 1 some failed (the summary says why), 2 bad options
            """.formatted(MAX_CLIENTS, MAX_CONCURRENCY, DEFAULT_CONCURRENCY, BurstMode.EOF.summary(),
            BurstMode.ECHO.summary(), BurstMode.HTTP.summary(),
            ConnectCommand.MAX_TIMEOUT_MS, BurstSpec.DEFAULT_CONNECT_TIMEOUT.toMillis(),
            BurstSpec.DEFAULT_READ_TIMEOUT.toMillis());

    static final Set<String> VALUED = Set.of("--clients", "--concurrency", "--mode", "--timeout");
    private static final String ROW = "%-16s%s%n";

    /** What the command line asks for, the host not yet looked up. */
    record Request(Host host, int port, int clients, int concurrency, BurstMode mode, Duration timeout) {
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Request r;
        try {
            r = parse(args);
        } catch (UsageError e) {
            err.println("socketlab burst: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        BurstResult result;
        try {
            // A burst aims at one address: the first the resolver gives, as a client's first attempt would.
            InetAddress address = HostLookup.addresses(r.host(), BurstSpec.DEFAULT_CONNECT_TIMEOUT).getFirst();
            BurstSpec spec = BurstSpec.of(new Endpoint(address, r.port()), r.clients(), r.concurrency(), r.mode());
            if (r.timeout() != null) {
                spec = spec.withConnectTimeout(r.timeout()).withReadTimeout(r.timeout());
            }
            out.printf("burst: %d clients against %s, at most %d at once; each: connect, %s, close%n",
                    r.clients(), spec.target(), r.concurrency(), r.mode().summary());
            out.flush();
            result = new ClientBurst(spec, null).run();
        } catch (ClientFailure f) {
            err.println("socketlab burst: " + f.getMessage());
            return Cli.REFUSED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("socketlab burst: interrupted");
            return Cli.REFUSED;
        }
        print(result, out);
        if (result.failed() == 0) {
            return Cli.OK;
        }
        String reason = result.failedByReason().keySet().iterator().next();
        err.println("socketlab burst: " + (result.completed() == 0 ? "every client failed: " + reason
                : result.failed() + " of " + result.clients() + " clients failed, most because: " + reason));
        return Cli.REFUSED;
    }

    /** The summary, one figure per line, failures listed by reason. */
    static void print(BurstResult r, PrintStream out) {
        out.printf(ROW, "completed", r.completed() + " of " + r.clients());
        out.printf(ROW, "failed", r.failed());
        for (Map.Entry<String, Integer> f : r.failedByReason().entrySet()) {
            out.printf("  %5d  %s%n", f.getValue(), f.getKey());
        }
        out.printf(ROW, "elapsed", String.format(Locale.ROOT, "%.2f s", r.elapsed().toNanos() / 1e9));
        out.printf(ROW, "connections/s", String.format(Locale.ROOT, "%.0f", r.connectionsPerSecond()));
        // With no client completed there is no latency to give; 0.00 ms would read as a measurement.
        boolean measured = r.completed() > 0;
        out.printf(ROW, "latency p50", measured ? ms(r.p50()) : "-");
        out.printf(ROW, "latency p99", measured ? ms(r.p99()) : "-");
        out.printf(ROW, "latency max", measured ? ms(r.max()) : "-");
        out.println("latency: from the start of connect to the closed socket, of the clients that completed");
        out.flush();
    }

    static Request parse(List<String> args) throws UsageError {
        Options o = Options.parse(args, VALUED, Set.of());
        List<String> words = o.positionals();
        if (words.size() < 2) {
            throw new UsageError("say which server: socketlab burst HOST PORT --clients N (see 'socketlab burst"
                    + " --help')");
        }
        if (words.size() > 2) {
            throw new UsageError("unexpected argument \"" + words.get(2) + "\": give HOST and PORT, then options");
        }
        Host host = Options.require(ConnectCommand.hostOf(words.get(0)));
        int port = Options.require(ConnectCommand.portOf(words.get(1)));
        if (!o.has("--clients")) {
            throw new UsageError("say how many clients with --clients N, 1 to " + MAX_CLIENTS);
        }
        int clients = o.number("--clients", "clients", 1, MAX_CLIENTS, 0);
        int concurrency = o.number("--concurrency", "concurrency", 1, MAX_CONCURRENCY,
                Math.min(clients, Math.min(MAX_CONCURRENCY, DEFAULT_CONCURRENCY)));
        BurstMode mode = o.choice("--mode", "mode", BurstMode::fromId, List.of("eof", "echo", "http"), BurstMode.EOF);
        Duration timeout = o.has("--timeout")
                ? Duration.ofMillis(o.number("--timeout", "timeout", 1, ConnectCommand.MAX_TIMEOUT_MS, 0)) : null;
        return new Request(host, port, clients, Math.min(concurrency, clients), mode, timeout);
    }

    private static String ms(Duration d) {
        return String.format(Locale.ROOT, "%.2f ms", d.toNanos() / 1e6);
    }
}
