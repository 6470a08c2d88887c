package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import socketlab.net.Addresses;
import socketlab.server.LabServer;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;

/** {@code socketlab connect} in-process against real lab servers, a real HTTP server and plain sockets. */
class ConnectCommandTest {
    private static final Pattern ENDS = Pattern.compile("local 127\\.0\\.0\\.1:(\\d+) -> remote 127\\.0\\.0\\.1:(\\d+)");

    private final LineSink out = new LineSink();
    private final LineSink err = new LineSink();

    private int run(String... args) {
        return Cli.run(args, out.stream, err.stream);
    }

    private static LabServer start(ServerConfig config) throws Exception {
        return LabServer.start(config, e -> { });
    }

    private static String port(LabServer s) {
        return String.valueOf(s.localEndpoint().port());
    }

    @Test
    void readsTheHelloServerAndShowsBothEndsFirst() throws Exception {
        try (LabServer hello = start(ServerConfig.defaults(ServerKind.HELLO))) {
            assertEquals(0, run("connect", "127.0.0.1", port(hello)));
            Matcher m = ENDS.matcher(out.all().getFirst());
            assertTrue(m.matches(), out.all().getFirst());
            assertNotEquals(hello.localEndpoint().port(), Integer.parseInt(m.group(1)), "a port of the client's own");
            assertEquals(hello.localEndpoint().port(), Integer.parseInt(m.group(2)));
            assertEquals(List.of("Hello world!"), out.all().subList(1, out.all().size()));
            assertEquals("", out.unfinished());
            assertEquals(List.of(), err.all());
        }
    }

    @Test
    void sendsEachLineAndPrintsEachReplyLine() throws Exception {
        try (LabServer echo = start(ServerConfig.defaults(ServerKind.ECHO).withUppercase(true))) {
            assertEquals(0, run("connect", "localhost", port(echo), "--send", "first line", "--send=-second-",
                    "--send", ""));
            assertTrue(ENDS.matcher(out.all().getFirst()).matches(), out.all().toString());
            assertEquals(List.of("FIRST LINE", "-SECOND-", ""), out.all().subList(1, out.all().size()));
            assertEquals(List.of(), err.all());
        }
    }

    @Test
    void connectsOverIpv6() throws Exception {
        try (LabServer hello = start(ServerConfig.defaults(ServerKind.HELLO)
                .withBindAddress(Addresses.parseLiteral("::1").value()))) {
            assertEquals(0, run("connect", "::1", port(hello)));
            assertTrue(out.all().getFirst().matches("local \\[::1]:\\d+ -> remote \\[::1]:" + port(hello)),
                    out.all().toString());
            assertEquals("Hello world!", out.all().get(1));
        }
    }

    @Test
    void anHttpGetPrintsTheRawReply() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        http.createContext("/", exchange -> {
            byte[] body = ("you asked for " + exchange.getRequestURI() + " in " + exchange.getProtocol() + "\n")
                    .getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        http.start();
        try {
            assertEquals(0, run("connect", "127.0.0.1", String.valueOf(http.getAddress().getPort()), "--http",
                    "/a/b.html"));
            List<String> lines = out.all();
            assertEquals("HTTP/1.1 200 OK\r", lines.get(1));
            assertTrue(lines.contains("Content-length: 36\r"), lines.toString());
            assertEquals("\r", lines.get(lines.size() - 2), "an empty line ends the headers");
            assertEquals("you asked for /a/b.html in HTTP/1.0", lines.getLast());
            assertEquals(List.of(), err.all());
        } finally {
            http.stop(0);
        }
    }

    @Test
    void aClosedPortIsOneLineAndExitCodeOne() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertEquals(1, run("connect", "127.0.0.1", String.valueOf(port)));
        assertEquals(List.of("socketlab connect: 127.0.0.1 port " + port
                + ": connection refused: nothing is listening on that port"), err.all());
        assertEquals(List.of(), out.all());
    }

    @Test
    void aSilentServerTimesOut() throws Exception {
        // Never accepts: the kernel completes the handshake from the listen backlog, then nobody writes.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            assertEquals(1, run("connect", "127.0.0.1", String.valueOf(silent.getLocalPort()), "--timeout", "300"));
            assertEquals(List.of("socketlab connect: timed out: nothing arrived within 300 ms and the server did not"
                    + " close"), err.all());
            assertTrue(ENDS.matcher(out.all().getFirst()).matches(), "connected first: " + out.all());
        }
    }

    @Test
    void aServerThatClosesAtOnceIsClosedBeforeAnyData() throws Exception {
        try (ServerSocket closer = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = Thread.ofPlatform().daemon(true).start(() -> {
                try (Socket s = closer.accept()) {
                    // closed at once, nothing written
                } catch (java.io.IOException ignored) {
                    // the test ends
                }
            });
            assertEquals(1, run("connect", "127.0.0.1", String.valueOf(closer.getLocalPort())));
            assertEquals(List.of("socketlab connect: closed before any data: the server sent nothing"), err.all());
            t.join(30_000);
        }
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        String[][] cases = {
            {"socketlab connect: say where to connect: socketlab connect HOST PORT (see 'socketlab connect --help')",
                "connect", "127.0.0.1"},
            {"socketlab connect: port must be from 1 to 65535; 0 is out of range", "connect", "127.0.0.1", "0"},
            {"socketlab connect: port must be from 1 to 65535; 70000 is out of range", "connect", "::1", "70000"},
            {"socketlab connect: host: 500, 304 and 259 are greater than 255 and do not fit in one byte", "connect",
                "500.304.259.1", "80"},
            {"socketlab connect: a path starts with /, like /index.html", "connect", "127.0.0.1", "80", "--http",
                "index.html"},
            {"socketlab connect: --send and --http do not go together: send lines, or one HTTP request", "connect",
                "127.0.0.1", "80", "--send", "x", "--http", "/"},
            {"socketlab connect: timeout must be from 1 to 600000; 0 is out of range", "connect", "127.0.0.1", "80",
                "--timeout", "0"},
            {"socketlab connect: unknown option --verbose", "connect", "127.0.0.1", "80", "--verbose"},
            {"socketlab connect: unexpected argument \"extra\": give HOST and PORT, then options", "connect",
                "127.0.0.1", "80", "extra"},
        };
        for (String[] c : cases) {
            LineSink o = new LineSink();
            LineSink e = new LineSink();
            assertEquals(2, Cli.run(java.util.Arrays.copyOfRange(c, 1, c.length), o.stream, e.stream), c[0]);
            assertEquals(List.of(c[0]), e.all());
            assertEquals(List.of(), o.all());
        }
    }
}
