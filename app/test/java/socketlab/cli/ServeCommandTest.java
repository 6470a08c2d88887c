package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.server.ThreadKind;

/** {@code socketlab serve} run in this process against real sockets, stopped by a call instead of a signal. */
class ServeCommandTest {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    /** socketlab serve with these arguments, running on its own thread. */
    private static RunningCommand running(String... args) {
        return new RunningCommand("serve", (stop, a, out, err) -> new ServeCommand(stop).run(a, out, err), args);
    }

    private static int port(String firstLine) {
        Matcher m = LISTENING.matcher(firstLine);
        assertTrue(m.matches(), firstLine);
        return Integer.parseInt(m.group(1));
    }

    private static String echo(Socket s, String line) throws IOException {
        OutputStream o = s.getOutputStream();
        o.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        o.flush();
        InputStream in = s.getInputStream();
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            sb.append((char) b);
        }
        return sb.toString();
    }

    @Test
    void printsWhereItListensEachConnectionAndASummary() throws Exception {
        RunningCommand serve = running("echo", "--port", "0");
        int port = port(serve.out.next());
        List<Socket> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Socket s = new Socket();
                s.setSoTimeout(30_000);
                s.connect(new InetSocketAddress("127.0.0.1", port));
                clients.add(s);
            }
            for (Socket s : clients) {
                assertEquals("ping " + s.getLocalPort(), echo(s, "ping " + s.getLocalPort()));
            }
            // All three handlers are busy at once here, each holding an open client.
            List<String> accepted = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                accepted.add(serve.out.next());
            }
            for (int i = 0; i < 3; i++) {
                assertEquals("accepted 127.0.0.1:" + clients.get(i).getLocalPort() + " -> 127.0.0.1:" + port
                        + " (#" + (i + 1) + ")", accepted.get(i));
            }
        } finally {
            for (Socket s : clients) {
                s.close();
            }
        }
        assertEquals(0, serve.stopAndWait());
        assertEquals("stopped: served 3 connections, peak active 3", serve.out.next());
        assertEquals(5, serve.out.all().size(), serve.out.all().toString());
        assertEquals("", serve.out.unfinished());
        assertEquals(List.of(), serve.err.all());
        try (Socket s = new Socket()) {
            assertThrowsRefused(s, port);
        }
    }

    private static void assertThrowsRefused(Socket s, int port) {
        IOException e = assertThrows(IOException.class,
                () -> s.connect(new InetSocketAddress("127.0.0.1", port), 10_000));
        assertTrue(e.getMessage().toLowerCase().contains("refused"), e.toString());
    }

    @Test
    void servesHttpToCurlAndPrintsEachRequestWithItsResponse() throws Exception {
        RunningCommand serve = running("http", "--mode", "semaphore", "--permits", "2");
        int port = port(serve.out.next());
        Process curl = new ProcessBuilder("curl", "-sS", "-o", "/dev/null", "-o", "/dev/null", "-w", "%{http_code} %{num_connects}\n",
                "http://127.0.0.1:" + port + "/", "http://127.0.0.1:" + port + "/nothing-here").start();
        String written = new String(curl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(curl.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, curl.exitValue(), new String(curl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("200 1\n404 0\n", written, "two requests over the one connection curl made");
        assertTrue(serve.out.next().matches("accepted 127\\.0\\.0\\.1:\\d+ -> 127\\.0\\.0\\.1:" + port
                + " \\(#1\\)"));
        assertTrue(serve.out.next().matches("#1 \"GET / HTTP/1\\.1\" -> HTTP/1\\.1 200 OK, \\d+ bytes, kept open"));
        assertTrue(serve.out.next().matches("#1 \"GET /nothing-here HTTP/1\\.1\" -> HTTP/1\\.1 404 Not Found, \\d+"
                + " bytes, kept open"));
        assertEquals(0, serve.stopAndWait());
        assertEquals("stopped: served 1 connections, peak active 1", serve.out.next());
        assertEquals(List.of(), serve.err.all());
    }

    @Test
    void uppercaseIsRefusedForTheWebServer() {
        UsageError e = assertThrows(UsageError.class, () -> ServeCommand.parse(List.of("http", "--uppercase")));
        assertEquals("--uppercase applies only to the echo server", e.getMessage());
    }

    @Test
    void aConnectionTheServerClosesAsIdleIsSaidWithItsReason() throws Exception {
        RunningCommand serve = running("echo", "--idle-timeout", "1");
        int port = port(serve.out.next());
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(30_000);
            assertTrue(serve.out.next().startsWith("accepted "));
            assertEquals(-1, s.getInputStream().read(), "the server closes the silent client");
            assertEquals("#1 closed by the server: idle: the client sent nothing for too long (1 s)",
                    serve.out.next());
        }
        assertEquals(0, serve.stopAndWait());
        assertEquals("stopped: served 1 connections, peak active 1", serve.out.next());
    }

    @Test
    void stoppingWithoutClientsReportsZero() throws Exception {
        RunningCommand serve = running("hello", "--mode", "iterative");
        port(serve.out.next());
        assertEquals(0, serve.stopAndWait());
        assertEquals("stopped: served 0 connections, peak active 0", serve.out.next());
    }

    @Test
    void listensOnIpv6LoopbackWithTheAddressInBrackets() throws Exception {
        RunningCommand serve = running("hello", "--bind", "::1", "--port=0");
        String first = serve.out.next();
        Matcher m = Pattern.compile("listening on \\[::1]:(\\d+)").matcher(first);
        assertTrue(m.matches(), first);
        int port = Integer.parseInt(m.group(1));
        try (Socket s = new Socket(InetAddress.getByName("::1"), port)) {
            s.setSoTimeout(30_000);
            assertEquals("Hello world!\n", new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
            assertEquals("accepted [::1]:" + s.getLocalPort() + " -> [::1]:" + port + " (#1)", serve.out.next());
        }
        assertEquals(0, serve.stopAndWait());
        assertEquals("stopped: served 1 connections, peak active 1", serve.out.next());
    }

    @Test
    void warnsOnStandardErrorWhenEveryInterfaceCanConnect() throws Exception {
        RunningCommand serve = running("time", "--bind", "0.0.0.0");
        assertTrue(serve.out.next().matches("listening on 0\\.0\\.0\\.0:\\d+"));
        String warning = serve.err.next();
        assertTrue(warning.startsWith("socketlab serve: warning: listening on all interfaces"), warning);
        assertEquals(0, serve.stopAndWait());
        assertEquals(1, serve.err.all().size());
    }

    @Test
    void aPortInUseIsOneLineAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            RunningCommand serve = running("echo", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, serve.exit.get(30, TimeUnit.SECONDS));
            assertEquals(List.of(), serve.out.all());
            assertEquals(1, serve.err.all().size());
            assertEquals("socketlab serve: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use by"
                    + " another program (or another lab server); choose another port, or 0 to let the kernel pick"
                    + " one", serve.err.all().getFirst());
        }
    }

    @Test
    void badOptionsAreOneLineAndExitCodeTwo() throws Exception {
        String[][] cases = {
            {"socketlab serve: port must be from 0 to 65535; 70000 is out of range", "echo", "--port", "70000"},
            {"socketlab serve: port must be a whole number from 0 to 65535, not \"abc\"", "echo", "--port", "abc"},
            {"socketlab serve: port must be from 0 to 65535; -1 is out of range", "echo", "--port", "-1"},
            {"socketlab serve: --port needs a value", "echo", "--port"},
            {"socketlab serve: unknown option --colour", "echo", "--colour"},
            {"socketlab serve: unknown server kind \"chat\": choose hello, echo, time or http", "chat"},
            {"socketlab serve: say which server to run: hello, echo, time or http (see 'socketlab serve --help')"},
            {"socketlab serve: unexpected argument \"time\": give one server kind, then options", "echo", "time"},
            {"socketlab serve: mode must be iterative, threaded or semaphore, not \"pool\"", "echo", "--mode",
                "pool"},
            {"socketlab serve: threads must be platform or virtual, not \"green\"", "echo", "--threads", "green"},
            {"socketlab serve: --permits applies only to --mode semaphore", "echo", "--permits", "4"},
            {"socketlab serve: --threads does not apply to --mode iterative, which serves on its accepting thread",
                "echo", "--mode", "iterative", "--threads", "virtual"},
            {"socketlab serve: --uppercase applies only to the echo server", "hello", "--uppercase"},
            {"socketlab serve: permits must be from 1 to 10000; 0 is out of range", "echo", "--mode", "semaphore",
                "--permits", "0"},
            {"socketlab serve: backlog must be from 1 to 65535; 0 is out of range", "echo", "--backlog", "0"},
            {"socketlab serve: idle timeout must be from 1 to 86400; 0 is out of range", "echo", "--idle-timeout",
                "0"},
            {"socketlab serve: bind address: 500 is greater than 255 and does not fit in one byte", "echo",
                "--bind", "500.1.1.1"},
        };
        for (String[] c : cases) {
            RunningCommand serve = running(Arrays.copyOfRange(c, 1, c.length));
            assertEquals(2, serve.exit.get(30, TimeUnit.SECONDS), c[0]);
            assertEquals(List.of(c[0]), serve.err.all());
            assertEquals(List.of(), serve.out.all());
        }
    }

    @Test
    void everyOptionReachesTheServerConfiguration() throws UsageError {
        ServerConfig c = ServeCommand.parse(List.of("echo", "--port", "7007", "--bind", "::1", "--mode=semaphore",
                "--permits", "4", "--threads", "virtual", "--backlog", "128", "--uppercase", "--idle-timeout", "5",
                "--max-connection-time", "60"));
        assertEquals(ServerKind.ECHO, c.kind());
        assertEquals(7007, c.port());
        assertEquals("::1", c.requestedEndpoint().host());
        assertEquals(Mode.SEMAPHORE, c.mode());
        assertEquals(4, c.permits());
        assertEquals(ThreadKind.VIRTUAL, c.threads());
        assertEquals(128, c.backlog());
        assertTrue(c.uppercase());
        assertEquals(Duration.ofSeconds(5), c.idleTimeout());
        assertEquals(Duration.ofSeconds(60), c.maxConnectionTime());

        ServerConfig d = ServeCommand.parse(List.of("hello"));
        assertEquals(ServerConfig.defaults(ServerKind.HELLO), d);
        assertFalse(d.exposed());
        assertEquals(Duration.ZERO, d.maxConnectionTime(), "no time limit unless asked for");
        UsageError e = org.junit.jupiter.api.Assertions.assertThrows(UsageError.class,
                () -> ServeCommand.parse(List.of("echo", "--max-connection-time", "0")));
        assertTrue(e.getMessage().startsWith("connection time limit must be"), e.getMessage());
    }
}
