package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code socketlab connect} and {@code socketlab burst} from the built image, against a server from the image. */
class ClientCommandsIT {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    private static int port(String line) {
        Matcher m = LISTENING.matcher(line);
        assertTrue(m.matches(), line);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void connectTalksToAnEchoServerLineByLineAndBurstSummarisesManyClients() throws Exception {
        try (Launched serve = Launched.socketlab("serve", "echo", "--mode", "semaphore", "--permits", "4",
                "--port", "0")) {
            String port = String.valueOf(port(serve.nextLine()));
            try (Launched connect = Launched.socketlab("connect", "127.0.0.1", port, "--send", "hello lab",
                    "--send", "bye")) {
                assertEquals(0, connect.exitCode(), "stderr " + connect.err());
                List<String> out = connect.out();
                assertTrue(out.getFirst().matches("local 127\\.0\\.0\\.1:\\d+ -> remote 127\\.0\\.0\\.1:" + port),
                        out.toString());
                assertEquals(List.of("hello lab", "bye"), out.subList(1, out.size()));
                assertEquals(List.of(), connect.err());
            }
            try (Launched burst = Launched.socketlab("burst", "127.0.0.1", port, "--clients", "300",
                    "--concurrency", "60", "--mode", "echo")) {
                assertEquals(0, burst.exitCode(), "stdout " + burst.out() + ", stderr " + burst.err());
                assertTrue(burst.out().contains("completed       300 of 300"), burst.out().toString());
                assertTrue(burst.out().contains("failed          0"), burst.out().toString());
                assertEquals(List.of(), burst.err());
            }
            serve.terminate();
            assertEquals(0, serve.exitCode());
        }
    }

    @Test
    void aClosedPortIsOneLineAndExitCodeOneABadPortExitCodeTwo() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        try (Launched connect = Launched.socketlab("connect", "127.0.0.1", String.valueOf(closed))) {
            assertEquals(1, connect.exitCode());
            assertEquals(List.of("socketlab connect: 127.0.0.1 port " + closed
                    + ": connection refused: nothing is listening on that port"), connect.err());
            assertEquals(List.of(), connect.out());
        }
        try (Launched connect = Launched.socketlab("connect", "::1", "0")) {
            assertEquals(2, connect.exitCode());
            assertEquals(List.of("socketlab connect: port must be from 1 to 65535; 0 is out of range"),
                    connect.err());
        }
    }
}
