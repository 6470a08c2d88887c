package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;

/**
 * The built {@code socketlab serve} with only 64 file descriptors ({@code ulimit -n 64}) and 300 clients connected at
 * once: accept runs out of descriptors, the server says so and keeps listening, the clients wait in the listen
 * queue, and every one of them is served as descriptors free up.
 */
class FewDescriptorsIT {
    private static final int CLIENTS = 300;

    @Test
    void outOfDescriptorsTheServerSurvivesSaysSoAndServesEveryClientOnceSomeFree() throws Exception {
        List<String> limit = List.of("sh", "-c", "ulimit -n 64 && exec \"$0\" \"$@\"");
        try (Launched serve = Launched.socketlabUnder(limit, "serve", "echo", "--port", "0", "--backlog", "1024")) {
            Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(serve.nextLine());
            assertTrue(m.matches());
            int port = Integer.parseInt(m.group(1));
            List<Socket> clients = new ArrayList<>();
            try {
                // All connect first: the kernel completes every handshake (backlog 1024), the server accepts until
                // its descriptors run out.
                for (int i = 0; i < CLIENTS; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                    s.setSoTimeout(60_000);
                    clients.add(s);
                }
                Eventually.until("the server to say accept ran out of descriptors", () -> { },
                        () -> serve.err().stream().anyMatch(l -> l.contains("accept failed")));
                String failure = serve.err().stream().filter(l -> l.contains("accept failed")).findFirst()
                        .orElseThrow();
                assertTrue(failure.startsWith("socketlab serve: accept failed: ") && failure.contains("open files")
                        && failure.endsWith("the server keeps listening and tries again"), failure);
                // Now every client talks; the first ones finish and free descriptors for the rest.
                for (int i = 0; i < clients.size(); i++) {
                    OutputStream out = clients.get(i).getOutputStream();
                    out.write(("client " + i + "\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    clients.get(i).shutdownOutput();
                }
                for (int i = 0; i < clients.size(); i++) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(clients.get(i).getInputStream(),
                            StandardCharsets.US_ASCII));
                    assertEquals("client " + i, in.readLine(), "client " + i + " served");
                    clients.get(i).close();
                }
            } finally {
                for (Socket s : clients) {
                    s.close();
                }
            }
            Eventually.until("the server to say it accepts again", () -> { },
                    () -> serve.out().stream().anyMatch(l -> l.startsWith("accepting again after ")));
            serve.terminate();
            assertEquals(0, serve.exitCode(), serve.err().toString());
            // Each streak of failed accepts is one line, and its end one more (descriptors may run out again once
            // some clients are served, which makes a second streak) — never a line per retry.
            long streaks = serve.err().stream().filter(l -> l.contains("accept failed")).count();
            long recoveries = serve.out().stream().filter(l -> l.startsWith("accepting again after ")).count();
            assertEquals(streaks, recoveries, serve.err() + " / " + serve.out());
            assertTrue(streaks <= 10, "one line per streak, not one per retry: " + serve.err());
            assertEquals("stopped: served " + CLIENTS + " connections", serve.out().getLast().replaceAll(
                    ", peak active \\d+$", ""));
            assertTrue(serve.process.waitFor(1, TimeUnit.SECONDS));
        }
    }
}
