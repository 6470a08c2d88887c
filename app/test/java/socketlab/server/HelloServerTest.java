package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import socketlab.Eventually;

/** The hello server over loopback, in every mode: exactly "Hello world!\n", then the server closes. */
class HelloServerTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void writesExactlyHelloWorldThenCloses(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(how.config(ServerKind.HELLO), events)) {
            for (int i = 1; i <= 3; i++) {
                try (Client client = Client.connect(server)) {
                    // readToEnd returns only at end of stream, so this also asserts that the server closed.
                    byte[] reply = client.readToEnd();
                    assertEquals("Hello world!\n", new String(reply, StandardCharsets.ISO_8859_1));
                }
            }
            ServerEvent.Closed last = events.awaitClosed(3);
            assertEquals(CloseReason.SERVER_DONE, last.reason());
            assertEquals(13, last.bytesWritten());
            assertEquals(0, last.bytesRead());
            // A permit is given back just after the Closed event: wait for that too before looking at the order.
            Eventually.until(() -> "3 connections served, " + server.stats(),
                    () -> server.stats().served() == 3 && server.stats().permitsInUse() == 0);
            ServerStats stats = server.stats();
            assertEquals(3, stats.accepted());
            assertEquals(39, stats.bytesWritten());
            assertEquals(0, stats.open());
            for (long id = 1; id <= 3; id++) {
                Lifecycle.assertOrdered(events, id, how.mode());
            }
        }
    }
}
