package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code socketlab capture} from the built image: pcap4j and JNA load inside the jlink runtime, capture works on
 * loopback, signals end it with its counters, and a user without the capture capability is told how to grant it to
 * this very launcher.
 */
class CaptureLauncherIT {
    private static final String FRAME =
            "%d \\d\\d:\\d\\d:\\d\\d\\.\\d{6} IP 127\\.0\\.0\\.1\\.%d > 127\\.0\\.0\\.1\\.%d: Flags \\[%s], .*";

    @TempDir
    Path dir;

    private static String header(int port) {
        return "capturing on lo (loopback), filter 'tcp port " + port
                + "', link type Ethernet, snapshot length 262144 bytes; Ctrl+C stops";
    }

    private static void assertFrame(int number, int from, int to, String flags, String line) {
        assertTrue(Pattern.matches(FRAME.formatted(number, from, to, Pattern.quote(flags)), line), line);
    }

    @Test
    void capturesTheHandshakeOnLoopbackAndStopsAfterTheCount() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                Launched capture = Launched.socketlab("capture", "--interface", "lo", "--filter",
                        "tcp port " + server.getLocalPort(), "--count", "3")) {
            int port = server.getLocalPort();
            assertEquals(header(port), capture.nextLine());
            int clientPort;
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                clientPort = s.getLocalPort();
                assertEquals(0, capture.exitCode(), "stderr " + capture.err());
            }
            assertFrame(1, clientPort, port, "S", capture.nextLine());
            assertFrame(2, port, clientPort, "S.", capture.nextLine());
            assertFrame(3, clientPort, port, ".", capture.nextLine());
            assertEquals("3 packets captured, 0 dropped by the kernel, 0 dropped by the interface", capture.nextLine());
            assertEquals(List.of(), capture.err(), "no warnings from JNA or the JVM, no traces");
        }
    }

    @Test
    void sigtermStopsTheCaptureWithItsCountersAndTheFileIsComplete() throws Exception {
        Path file = dir.resolve("lo.pcap");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                Launched capture = Launched.socketlab("capture", "--filter", "tcp port " + server.getLocalPort(),
                        "--write", file.toString())) {
            int port = server.getLocalPort();
            assertEquals(header(port), capture.nextLine());
            int clientPort;
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                clientPort = s.getLocalPort();
            }
            assertFrame(1, clientPort, port, "S", capture.nextLine());
            assertFrame(2, port, clientPort, "S.", capture.nextLine());
            assertFrame(3, clientPort, port, ".", capture.nextLine());
            assertFrame(4, clientPort, port, "F.", capture.nextLine());
            assertFrame(5, port, clientPort, ".", capture.nextLine());
            capture.terminate();
            assertEquals(0, capture.exitCode(), "stderr " + capture.err());
            assertEquals("5 packets captured, 0 dropped by the kernel, 0 dropped by the interface", capture.nextLine());
            assertEquals(List.of(), capture.err());

            Process tcpdump = new ProcessBuilder("tcpdump", "-nn", "-r", file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> read = new String(tcpdump.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .toList();
            assertTrue(tcpdump.waitFor(30, TimeUnit.SECONDS));
            assertEquals(5, read.size(), String.join("\n", read));
            assertTrue(read.get(3).contains("127.0.0.1." + clientPort + " > 127.0.0.1." + port + ": Flags [F.]"),
                    read.get(3));
        }
    }

    @Test
    void sigintStopsACaptureStartedWithSigintIgnoredAsAScriptsBackgroundJobIs() throws Exception {
        // The control: the shell command really starts its program with SIGINT ignored (bit 2 of SigIgn).
        Process probe = new ProcessBuilder(List.of(Launched.SIGINT_IGNORED.get(0), Launched.SIGINT_IGNORED.get(1),
                Launched.SIGINT_IGNORED.get(2), "grep", "^SigIgn:", "/proc/self/status")).start();
        String sigIgn = new String(probe.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertTrue(probe.waitFor(30, TimeUnit.SECONDS));
        assertTrue((Long.parseLong(sigIgn.substring("SigIgn:".length()).strip(), 16) & 0x2) != 0, sigIgn);

        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                Launched capture = Launched.socketlabWithSigintIgnored("capture", "--filter",
                        "tcp port " + server.getLocalPort())) {
            int port = server.getLocalPort();
            assertEquals(header(port), capture.nextLine());
            int clientPort;
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                clientPort = s.getLocalPort();
            }
            assertFrame(1, clientPort, port, "S", capture.nextLine());
            assertFrame(2, port, clientPort, "S.", capture.nextLine());
            assertFrame(3, clientPort, port, ".", capture.nextLine());
            assertFrame(4, clientPort, port, "F.", capture.nextLine());
            assertFrame(5, port, clientPort, ".", capture.nextLine());
            capture.interrupt();
            assertEquals(0, capture.exitCode(), "stderr " + capture.err());
            assertEquals("5 packets captured, 0 dropped by the kernel, 0 dropped by the interface",
                    capture.nextLine());
            assertEquals(List.of(), capture.err());
        }
    }

    @Test
    void withoutTheCaptureCapabilityItSaysHowToGrantItToThisLauncher() throws Exception {
        try (Launched capture = Launched.socketlabUnder(List.of("setpriv", "--bounding-set=-net_raw,-net_admin"),
                "capture", "--count", "1")) {
            assertEquals(1, capture.exitCode());
            assertEquals(1, capture.err().size(), capture.err().toString());
            String line = capture.err().getFirst();
            String prefix = "socketlab capture: capturing needs permission: run it as root, or give this program the"
                    + " capture capability once: sudo setcap cap_net_raw=eip ";
            // The binary that holds the capability is jpackage's launcher in libexec/, which bin/socketlab (a
            // script, where a file capability would mean nothing) starts.
            Path launcher = Launched.launcher().getParent().resolveSibling("libexec").resolve("socketlab");
            assertTrue(line.equals(prefix + launcher.toAbsolutePath().normalize())
                    || line.equals(prefix + launcher.toRealPath()), line);
            assertEquals(List.of(), capture.out());
        }
    }

    @Test
    void listsTheInterfaces() throws Exception {
        try (Launched list = Launched.socketlab("capture", "--list")) {
            assertEquals(0, list.exitCode());
            assertTrue(list.out().stream().anyMatch(l -> l.startsWith("lo (loopback, up) 127.0.0.1/8")),
                    list.out().toString());
            assertEquals(List.of(), list.err());
        }
    }
}
