package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built image's launcher on the command line: output, exit codes and signals, as a user meets them. */
class LauncherIT {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    /** Neither JVM warnings (native access, CDS) nor stack traces may ever reach a user's terminal. */
    private static void assertCleanErrors(Launched l) {
        for (String line : l.err()) {
            assertFalse(line.contains("WARNING"), "stderr: " + l.err());
            assertFalse(line.contains("Exception"), "stderr: " + l.err());
            assertFalse(line.startsWith("\tat "), "stderr: " + l.err());
        }
    }

    private static int port(String line) {
        Matcher m = LISTENING.matcher(line);
        assertTrue(m.matches(), line);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void serveEchoesByteExactAndStopsOnSigtermWithExitCodeZero() throws Exception {
        try (Launched serve = Launched.socketlab("serve", "echo", "--port", "0")) {
            int port = port(serve.nextLine());
            byte[] sent = "Hello, lab! \u00e9\u00e8 \t bytes\r\n".getBytes(StandardCharsets.UTF_8);
            int clientPort;
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.setSoTimeout(60_000);
                clientPort = s.getLocalPort();
                OutputStream o = s.getOutputStream();
                o.write(sent);
                o.flush();
                s.shutdownOutput();
                assertEquals(new String(sent, StandardCharsets.ISO_8859_1),
                        new String(readAll(s.getInputStream()), StandardCharsets.ISO_8859_1));
            }
            assertEquals("accepted 127.0.0.1:" + clientPort + " -> 127.0.0.1:" + port + " (#1)", serve.nextLine());
            serve.terminate();
            assertEquals(0, serve.exitCode(), "stderr " + serve.err());
            assertEquals("stopped: served 1 connections, peak active 1", serve.nextLine());
            assertEquals(3, serve.out().size(), serve.out().toString());
            assertEquals(List.of(), serve.err());
        }
    }

    @Test
    void sigintStopsTheServerWithExitCodeZero() throws Exception {
        try (Launched serve = Launched.socketlabWithDefaultSigint("serve", "hello", "--mode", "semaphore",
                "--permits", "2", "--threads", "virtual", "--port", "0")) {
            int port = port(serve.nextLine());
            for (int i = 0; i < 3; i++) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    s.setSoTimeout(60_000);
                    assertEquals("Hello world!\n", new String(readAll(s.getInputStream()),
                            StandardCharsets.US_ASCII));
                }
                assertTrue(serve.nextLine().startsWith("accepted 127.0.0.1:"));
            }
            serve.interrupt();
            assertEquals(0, serve.exitCode(), "stderr " + serve.err());
            assertEquals("stopped: served 3 connections, peak active 1", serve.nextLine());
            assertEquals(List.of(), serve.err());
        }
    }

    @Test
    void sigintStopsAServerStartedWithSigintIgnoredAsAScriptsBackgroundJobIs() throws Exception {
        try (Launched serve = Launched.socketlabWithSigintIgnored("serve", "hello", "--port", "0")) {
            int port = port(serve.nextLine());
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.setSoTimeout(60_000);
                assertEquals("Hello world!\n", new String(readAll(s.getInputStream()), StandardCharsets.US_ASCII));
            }
            assertTrue(serve.nextLine().startsWith("accepted 127.0.0.1:"));
            serve.interrupt();
            assertEquals(0, serve.exitCode(), "stderr " + serve.err());
            assertEquals("stopped: served 1 connections, peak active 1", serve.nextLine());
            assertEquals(List.of(), serve.err());
        }
    }

    @Test
    void aPortOutOfRangeIsOneLineAndExitCodeTwo() throws Exception {
        try (Launched serve = Launched.socketlab("serve", "echo", "--port", "70000")) {
            assertEquals(2, serve.exitCode());
            assertEquals(List.of("socketlab serve: port must be from 0 to 65535; 70000 is out of range"),
                    serve.err());
            assertEquals(List.of(), serve.out());
        }
    }

    @Test
    void aPortInUseIsOneLineAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                Launched serve = Launched.socketlab("serve", "time", "--port", String.valueOf(taken.getLocalPort()))) {
            assertEquals(1, serve.exitCode());
            assertEquals(1, serve.err().size(), serve.err().toString());
            assertTrue(serve.err().getFirst().startsWith("socketlab serve: port " + taken.getLocalPort()
                    + " on 127.0.0.1 is already in use"), serve.err().getFirst());
            assertEquals(List.of(), serve.out());
            assertCleanErrors(serve);
        }
    }

    @Test
    void helpListsTheCommandsAndExitsZero() throws Exception {
        try (Launched help = Launched.socketlab("--help")) {
            assertEquals(0, help.exitCode());
            String text = String.join("\n", help.out());
            assertTrue(text.contains("socketlab serve hello|echo|time|http [options]"), text);
            assertTrue(text.contains("socketlab bench"), text);
            assertEquals(List.of(), help.err());
        }
        try (Launched help = Launched.socketlab("serve", "--help")) {
            assertEquals(0, help.exitCode());
            assertTrue(help.out().getFirst().startsWith("socketlab serve"), help.out().toString());
            assertEquals(List.of(), help.err());
        }
    }

    @Test
    void anUnknownCommandIsOneLineAndExitCodeTwo() throws Exception {
        try (Launched l = Launched.socketlab("serv", "echo")) {
            assertEquals(2, l.exitCode());
            assertEquals(1, l.err().size(), l.err().toString());
            assertCleanErrors(l);
        }
    }

    @Test
    void benchPrintsItsTableAndExitsZero() throws Exception {
        try (Launched bench = Launched.socketlab("bench", "--clients", "50", "--concurrency", "10")) {
            assertEquals(0, bench.exitCode(), "stderr " + bench.err());
            List<String> out = bench.out();
            for (BenchCommand.Setup setup : BenchCommand.SETUPS) {
                String row = out.stream().filter(l -> l.startsWith(setup.label())).findFirst().orElseThrow(
                        () -> new AssertionError("no row for " + setup.label() + " in " + out));
                assertEquals("0", row.substring(32).trim().split("\\s+")[4], row);
            }
            assertEquals(List.of(), bench.err());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }
}
