package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code socketlab capture} run in this process on loopback, stopped by its count or by a call. */
class CaptureCommandTest {
    /** A frame number, then the line tcpdump -nn prints: flags in its notation (S, S., ., P., F.). */
    private static final Pattern LINE = Pattern.compile("(\\d+) \\d\\d:\\d\\d:\\d\\d\\.\\d{6}"
            + " IP 127\\.0\\.0\\.1\\.(\\d+) > 127\\.0\\.0\\.1\\.(\\d+): Flags \\[([A-Z.]+)], .*");

    @TempDir
    Path dir;

    /** socketlab capture with these arguments, running on its own thread. */
    private static RunningCommand running(String... args) {
        return new RunningCommand("capture",
                (stop, a, out, err) -> new CaptureCommand(stop, ZoneId.of("UTC")).run(a, out, err), args);
    }

    /** One frame line taken apart: number, source port, destination port, TCP flags. */
    private record Frame(int number, int from, int to, String flags) {
        static Frame of(String line) {
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), line);
            return new Frame(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4));
        }
    }

    private static String header(int port) {
        return "capturing on lo (loopback), filter 'tcp port " + port
                + "', link type Ethernet, snapshot length 262144 bytes; Ctrl+C stops";
    }

    private int run(LineSink out, LineSink err, String... args) {
        return new CaptureCommand(new ManualStop(), ZoneId.of("UTC")).run(List.of(args), out.stream, err.stream);
    }

    @Test
    void printsTheHandshakeAndStopsAfterTheCount() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            RunningCommand capture = running("--interface", "lo", "--filter", "tcp port " + port, "--count", "3");
            assertEquals(header(port), capture.out.next());
            int clientPort;
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                clientPort = s.getLocalPort();
                assertEquals(0, capture.exitCode());
            }
            assertEquals(new Frame(1, clientPort, port, "S"), Frame.of(capture.out.next()));
            assertEquals(new Frame(2, port, clientPort, "S."), Frame.of(capture.out.next()));
            assertEquals(new Frame(3, clientPort, port, "."), Frame.of(capture.out.next()));
            assertEquals("3 packets captured, 0 dropped by the kernel, 0 dropped by the interface", capture.out.next());
            assertEquals(5, capture.out.all().size(), capture.out.all().toString());
            assertEquals(List.of(), capture.err.all());
        }
    }

    @Test
    void stopsOnRequestWithItsCountersAndSavesWhatTcpdumpReads() throws Exception {
        Path file = dir.resolve("capture.pcap");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            // No --interface: loopback is the default.
            RunningCommand capture = running("--filter", "tcp port " + port, "--write", file.toString());
            assertEquals(header(port), capture.out.next());
            int clientPort;
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port);
                    Socket accepted = server.accept()) {
                clientPort = client.getLocalPort();
                client.setSoTimeout(30_000);
                accepted.close(); // the server closes first
                assertEquals(-1, client.getInputStream().read());
            }
            // Lines until the server acknowledges the client's FIN, which ends the connection.
            List<Frame> frames = new ArrayList<>();
            boolean clientFin = false;
            while (true) {
                Frame f = Frame.of(capture.out.next());
                frames.add(f);
                assertEquals(frames.size(), f.number());
                if (f.from() == clientPort && f.flags().contains("F")) {
                    clientFin = true;
                } else if (clientFin && f.from() == port && f.flags().equals(".")) {
                    break;
                }
            }
            capture.stop.requestStop();
            assertEquals(0, capture.exitCode());
            assertEquals(frames.size() + " packets captured, 0 dropped by the kernel, 0 dropped by the interface", capture.out.next());
            assertEquals(List.of(), capture.err.all());

            List<String> read = tcpdump(file);
            assertEquals(frames.size(), read.size(), String.join("\n", read));
            assertTrue(read.getFirst().contains("IP 127.0.0.1." + clientPort + " > 127.0.0.1." + port
                    + ": Flags [S]"), read.getFirst());
        }
    }

    @Test
    void listsTheInterfaces() {
        LineSink out = new LineSink();
        LineSink err = new LineSink();
        assertEquals(0, run(out, err, "--list"));
        assertTrue(out.all().stream().anyMatch(l -> l.startsWith("lo (loopback, up) 127.0.0.1/8")), out.all()
                .toString());
        assertEquals(List.of(), err.all());
    }

    @Test
    void aBadFilterIsOneLineAndExitCodeTwo() {
        LineSink out = new LineSink();
        LineSink err = new LineSink();
        assertEquals(2, run(out, err, "--filter", "tcp prot 80"));
        assertEquals(List.of("socketlab capture: the capture filter 'tcp prot 80' is not valid: syntax error"),
                err.all());
        assertEquals(List.of(), out.all());
    }

    @Test
    void anUnknownInterfaceIsOneLineListingTheOthersAndExitCodeOne() {
        LineSink out = new LineSink();
        LineSink err = new LineSink();
        assertEquals(1, run(out, err, "--interface", "nosuch0"));
        assertEquals(1, err.all().size(), err.all().toString());
        String line = err.all().getFirst();
        assertTrue(line.startsWith("socketlab capture: there is no interface named 'nosuch0': choose one of "), line);
        assertTrue(line.matches(".*[ ,]lo(,.*|$)"), line);
        assertEquals(List.of(), out.all());
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLineAndExitCodeOne() {
        LineSink out = new LineSink();
        LineSink err = new LineSink();
        Path file = dir.resolve("no-such-folder").resolve("x.pcap");
        assertEquals(1, run(out, err, "--write", file.toString(), "--count", "1"));
        assertEquals(List.of("socketlab capture: cannot write " + file + ": its folder does not exist"), err.all());
        assertEquals(List.of(), out.all());
    }

    @Test
    void aFolderGivenAsTheFileIsSaidInPlainWords() {
        LineSink out = new LineSink();
        LineSink err = new LineSink();
        assertEquals(1, run(out, err, "--write", dir.toString(), "--count", "1"));
        assertEquals(List.of("socketlab capture: cannot write " + dir + ": it is a folder; name a file in it, such as "
                + dir.resolve("capture.pcap")), err.all());
        assertEquals(List.of(), out.all());
    }

    @Test
    void badOptionsAreOneLineAndExitCodeTwo() {
        String[][] cases = {
            {"--count", "0"}, {"count must be from 1 to 1000000000; 0 is out of range"},
            {"--snaplen", "300000"}, {"snap length must be from 1 to 262144; 300000 is out of range"},
            {"--snaplen", "big"}, {"snap length must be a whole number from 1 to 262144, not \"big\""},
            {"tcp", "port", "80"}, {"unexpected argument \"tcp\": give a filter with --filter, such as --filter"
                    + " 'tcp port 5000'"},
            {"--list", "--count", "3"}, {"--list takes no other options"},
            {"--interface", " "}, {"--interface is empty: name an interface (see 'socketlab capture --list')"},
            {"--promiscuous"}, {"unknown option --promiscuous"},
        };
        for (int i = 0; i < cases.length; i += 2) {
            LineSink out = new LineSink();
            LineSink err = new LineSink();
            assertEquals(2, run(out, err, cases[i]), String.join(" ", cases[i]));
            assertEquals(List.of("socketlab capture: " + cases[i + 1][0]), err.all());
            assertEquals(List.of(), out.all());
        }
    }

    @Test
    void parsesTheDefaults() throws Exception {
        CaptureCommand.Request r = CaptureCommand.parse(List.of());
        assertEquals(false, r.list());
        assertTrue(r.interfaceName().isEmpty());
        assertEquals("", r.filter());
        assertEquals(0, r.count());
        assertTrue(r.write().isEmpty());
        assertEquals(262_144, r.snaplen());
        CaptureCommand.Request all = CaptureCommand.parse(List.of("--interface", "eth0", "--filter", "udp",
                "--count", "10", "--write=x.pcap", "--snaplen", "96"));
        assertEquals(new CaptureCommand.Request(false, java.util.Optional.of("eth0"), "udp", 10,
                java.util.Optional.of(Path.of("x.pcap")), 96), all);
    }

    private static List<String> tcpdump(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tcpdump", "-nn", "-r", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "tcpdump could not read " + file + ": " + Files.size(file) + " bytes");
        return text.lines().toList();
    }
}
