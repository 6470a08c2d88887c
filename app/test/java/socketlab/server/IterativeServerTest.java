package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;
import socketlab.net.ListenQueue;

/** The iterative server serves one client at a time: the next waits, unaccepted, in the kernel's queue. */
class IterativeServerTest {
    /** How long the second client listens for a reply that must not come; the assertion is "none", not a speed. */
    private static final int NO_REPLY_MILLIS = 500;

    private static ServerConfig iterativeEcho() {
        return ServerConfig.defaults(ServerKind.ECHO).withMode(Mode.ITERATIVE);
    }

    @Test
    void theSecondClientIsAnsweredOnlyAfterTheFirstCloses() throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(iterativeEcho(), events)) {
            Client first = Client.connect(server);
            try (Client second = Client.connect(server)) {
                try (first) {
                    first.send("one\n");
                    assertEquals("one\n", first.readLine());

                    // The kernel completed the second handshake, but the server is busy with the first.
                    second.send("two\n");
                    second.socket().setSoTimeout(NO_REPLY_MILLIS);
                    assertThrows(SocketTimeoutException.class, second::readLine,
                            "an iterative server must not answer a second client while serving the first");
                    assertEquals(1, server.stats().accepted());
                    assertEquals(1, server.stats().active());

                    first.send("again\n");
                    assertEquals("again\n", first.readLine());
                }
                second.socket().setSoTimeout(Client.PATIENT_MILLIS);
                assertEquals("two\n", second.readLine());
                assertEquals(2, server.stats().accepted());
            }
            Eventually.until("both served", () -> server.stats().served() == 2);
            assertEquals(1, server.stats().peakActive());
            assertEquals(CloseReason.CLIENT_HUNG_UP, events.awaitClosed(1).reason());
            assertEquals(CloseReason.CLIENT_HUNG_UP, events.awaitClosed(2).reason());
        }
    }

    @Test
    void clientsWaitingForTheBusyServerShowInTheListenQueue() throws Exception {
        List<Client> queued = new ArrayList<>();
        try (LabServer server = LabServer.start(iterativeEcho(), e -> { });
                Client first = Client.connect(server)) {
            first.send("busy\n");
            assertEquals("busy\n", first.readLine());
            assertEquals(OptionalInt.of(0), server.listenQueueLength());
            try {
                for (int i = 0; i < 3; i++) {
                    queued.add(Client.connect(server));
                }
                int port = server.localEndpoint().port();
                Eventually.until(() -> "3 clients in the accept queue, seen " + ListenQueue.length(port),
                        () -> ListenQueue.length(port).equals(OptionalInt.of(3)));
                assertEquals(OptionalInt.of(3), server.listenQueueLength());
                assertEquals(1, server.stats().accepted());
                assertEquals(1, server.stats().peakActive());
            } finally {
                for (Client c : queued) {
                    c.close();
                }
            }
        }
    }
}
