package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.server.ThreadKind;

/** {@code socketlab burst} in-process against real lab servers. */
class BurstCommandTest {
    private final LineSink out = new LineSink();
    private final LineSink err = new LineSink();

    private int run(String... args) {
        return Cli.run(args, out.stream, err.stream);
    }

    private String row(String name) {
        return out.all().stream().filter(l -> l.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + out.all())).substring(16);
    }

    @Test
    void echoClientsAgainstASemaphoreServerAreAllServedAndSummarised() throws Exception {
        ServerConfig config = ServerConfig.defaults(ServerKind.ECHO).withMode(Mode.SEMAPHORE).withPermits(8)
                .withThreads(ThreadKind.VIRTUAL);
        try (LabServer server = LabServer.start(config, e -> { })) {
            String port = String.valueOf(server.localEndpoint().port());
            assertEquals(0, run("burst", "127.0.0.1", port, "--clients", "300", "--concurrency", "50", "--mode",
                    "echo"));
            server.close();
            assertEquals(300, server.stats().served());
            assertTrue(server.stats().peakActive() <= 8, server.stats().toString());
        }
        assertTrue(out.all().getFirst().startsWith("burst: 300 clients against 127.0.0.1:"), out.all().toString());
        assertTrue(out.all().getFirst().endsWith(", at most 50 at once; each: connect, send one line, read the"
                + " reply line, close"), out.all().getFirst());
        assertEquals("300 of 300", row("completed"));
        assertEquals("0", row("failed"));
        assertTrue(Double.parseDouble(row("connections/s")) > 0, row("connections/s"));
        assertTrue(row("latency p50").matches("\\d+\\.\\d\\d ms"), row("latency p50"));
        assertTrue(row("latency p99").matches("\\d+\\.\\d\\d ms"), row("latency p99"));
        assertEquals(List.of(), err.all());
    }

    @Test
    void readUntilEofIsTheDefaultMode() throws Exception {
        try (LabServer hello = LabServer.start(ServerConfig.defaults(ServerKind.HELLO).withMode(Mode.ITERATIVE),
                e -> { })) {
            assertEquals(0, run("burst", "localhost", String.valueOf(hello.localEndpoint().port()), "--clients", "40"));
            assertTrue(out.all().getFirst().contains("each: connect, read until the server closes, close"));
            assertEquals("40 of 40", row("completed"));
        }
    }

    @Test
    void aClosedPortFailsEveryClientAndSaysWhy() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertEquals(1, run("burst", "127.0.0.1", String.valueOf(port), "--clients", "20"));
        assertEquals("0 of 20", row("completed"));
        assertEquals("20", row("failed"));
        assertEquals("-", row("latency p50"), "no client completed, so there is no latency to show");
        assertEquals("-", row("latency max"));
        assertTrue(out.all().contains("     20  connection refused: nothing is listening on that port"),
                out.all().toString());
        assertEquals(List.of("socketlab burst: every client failed: connection refused: nothing is listening on"
                + " that port"), err.all());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        String[][] cases = {
            {"socketlab burst: say how many clients with --clients N, 1 to 5000", "burst", "127.0.0.1", "80"},
            {"socketlab burst: clients must be from 1 to 5000; 5001 is out of range", "burst", "127.0.0.1", "80",
                "--clients", "5001"},
            {"socketlab burst: concurrency must be from 1 to 5000; 0 is out of range", "burst", "127.0.0.1", "80",
                "--clients", "5", "--concurrency", "0"},
            {"socketlab burst: mode must be eof, echo or http, not \"line\"", "burst", "127.0.0.1", "80", "--clients",
                "5", "--mode", "line"},
            {"socketlab burst: say which server: socketlab burst HOST PORT --clients N (see 'socketlab burst"
                + " --help')", "burst", "--clients", "5"},
            {"socketlab burst: host: \"web server\" is not a host name: \" \" is not allowed; use letters, digits,"
                + " hyphens and dots", "burst", "web server", "80", "--clients", "5"},
        };
        for (String[] c : cases) {
            LineSink o = new LineSink();
            LineSink e = new LineSink();
            assertEquals(2, Cli.run(Arrays.copyOfRange(c, 1, c.length), o.stream, e.stream), c[0]);
            assertEquals(List.of(c[0]), e.all());
            assertEquals(List.of(), o.all());
        }
    }
}
