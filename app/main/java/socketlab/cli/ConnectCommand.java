package socketlab.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import socketlab.client.ClientEvent;
import socketlab.client.ClientFailure;
import socketlab.client.ClientSpec;
import socketlab.client.ClientStep;
import socketlab.client.Host;
import socketlab.client.HttpGet;
import socketlab.client.LabClient;
import socketlab.net.Numbers;
import socketlab.net.Parsed;
import socketlab.net.Ports;

/**
 * {@code socketlab connect}: one client, as the lectures' clients are: connects, prints the socket's two ends, then
 * reads until the server closes, or sends lines and prints each reply line, or sends an HTTP/1.0 GET by hand and
 * prints the raw reply.
 */
final class ConnectCommand {
    static final String NAME = "connect";
    static final int MAX_TIMEOUT_MS = 600_000;

    static final String USAGE = """
            socketlab connect HOST PORT [--send LINE]... [--http PATH] [--timeout MS]
              Connects to PORT on HOST (a name, an IPv4 address or an IPv6 address) and prints
              "local ADDR:PORT -> remote ADDR:PORT" first; the local port is the ephemeral one the kernel chose.
              Then, as asked:
                (no option)         reads until the server closes, and prints what it sent (hello, time servers)
                --send LINE         sends LINE and a newline, reads the reply line and prints it; give it again
                                    to send more lines in turn, as the echo client does (echo server)
                --http PATH         sends "GET PATH HTTP/1.0" and an empty line, written by hand, and prints the
                                    raw reply, status line and headers included, until the server closes
              options:
                --timeout MS        how long connecting, and then each read, may wait: 1 to %d ms
                                    (default %d)
              exit codes: 0 done, 1 a network failure (refused, timed out, unknown host, reset, closed early),
                          2 bad options
            """.formatted(MAX_TIMEOUT_MS, ClientSpec.DEFAULT_TIMEOUT.toMillis());

    static final Set<String> VALUED = Set.of("--http", "--timeout");
    static final Set<String> REPEATABLE = Set.of("--send");

    /** What the command line asks for. */
    record Request(ClientSpec spec, List<String> lines, String httpPath) {
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = parse(args);
        } catch (UsageError e) {
            err.println("socketlab connect: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        boolean lineMode = !request.lines().isEmpty();
        // Received bytes are printed as they arrive, except in line mode, which prints each whole reply line.
        LabClient client = new LabClient(request.spec(), event -> {
            if (event instanceof ClientEvent.Connected c) {
                out.println("local " + c.local() + " -> remote " + c.remote());
                out.flush();
            } else if (event instanceof ClientEvent.Received r && !lineMode) {
                out.write(r.bytes(), 0, r.bytes().length);
                out.flush();
            }
        });
        try (client) {
            client.connect();
            if (lineMode) {
                for (String line : request.lines()) {
                    byte[] reply = client.sendLine(line);
                    out.write(reply, 0, reply.length);
                    out.flush();
                }
            } else if (request.httpPath() != null) {
                client.httpGet(request.httpPath());
            } else {
                client.readToEof();
            }
            return Cli.OK;
        } catch (ClientFailure f) {
            out.flush();
            String where = f.step() == ClientStep.CONNECT
                    ? request.spec().host() + " port " + request.spec().port() + ": " : "";
            err.println("socketlab connect: " + where + f.getMessage());
            return Cli.REFUSED;
        }
    }

    static Request parse(List<String> args) throws UsageError {
        Options o = Options.parse(args, VALUED, Set.of(), REPEATABLE);
        List<String> words = o.positionals();
        if (words.size() < 2) {
            throw new UsageError("say where to connect: socketlab connect HOST PORT (see 'socketlab connect"
                    + " --help')");
        }
        if (words.size() > 2) {
            throw new UsageError("unexpected argument \"" + words.get(2) + "\": give HOST and PORT, then options");
        }
        Host host = Options.require(hostOf(words.get(0)));
        int port = Options.require(portOf(words.get(1)));
        List<String> lines = o.all("--send");
        String path = o.parsed("--http", HttpGet::parsePath, null);
        if (!lines.isEmpty() && path != null) {
            throw new UsageError("--send and --http do not go together: send lines, or one HTTP request");
        }
        for (String line : lines) {
            if (line.contains("\n") || line.contains("\r")) {
                throw new UsageError("a --send line holds no line break: give each line its own --send");
            }
        }
        int timeout = o.number("--timeout", "timeout", 1, MAX_TIMEOUT_MS, (int) ClientSpec.DEFAULT_TIMEOUT.toMillis());
        return new Request(ClientSpec.of(host, port).withTimeout(Duration.ofMillis(timeout)), lines, path);
    }

    /** A host, with a message that says it is the host that is wrong. */
    static Parsed<Host> hostOf(String text) {
        Parsed<Host> p = Host.parse(text);
        return p.isOk() || p.error().startsWith("host ") ? p : Parsed.invalid("host: " + p.error());
    }

    /** A port to connect to: 1 to 65535, since port 0 names no server. */
    static Parsed<Integer> portOf(String text) {
        return Numbers.parseInRange(text, "port", 1, Ports.MAX);
    }
}
