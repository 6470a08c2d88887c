package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import socketlab.Eventually;

/**
 * The semaphore mode's promise, exactly: with N permits, N clients are served at once and client N+1 is accepted
 * but gets no reply until one of the N leaves.
 */
class SemaphoreLimitTest {
    private static final int PERMITS = 3;
    /** How long client N+1 listens for a reply that must not come; the assertion is "none", not a speed. */
    private static final int NO_REPLY_MILLIS = 500;

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#semaphore")
    void clientBeyondThePermitsWaitsUntilOneLeaves(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        ServerConfig config = how.config(ServerKind.ECHO).withPermits(PERMITS);
        List<Client> served = new ArrayList<>();
        try (LabServer server = LabServer.start(config, events)) {
            for (int i = 1; i <= PERMITS; i++) {
                Client c = Client.connect(server);
                served.add(c);
                c.send("client " + i + "\n");
                assertEquals("client " + i + "\n", c.readLine());
            }
            assertEquals(PERMITS, server.stats().permitsInUse());
            assertEquals(PERMITS, server.stats().permits());
            assertEquals(PERMITS, server.stats().active());

            try (Client extra = Client.connect(server)) {
                extra.send("client 4\n");
                ServerEvent.WaitingForPermit waits = events.await(ServerEvent.WaitingForPermit.class, w -> true);
                assertEquals(PERMITS + 1, waits.connectionId());
                assertEquals(PERMITS, waits.permitsInUse());
                assertEquals(extra.localEndpoint(), waits.pair().client());
                Eventually.until("one client waiting", () -> server.stats().waitingForPermit() == 1);
                assertEquals(PERMITS, server.stats().permitsInUse());
                assertEquals(PERMITS + 1, server.stats().open());
                ConnectionInfo waiting = server.connections().get(PERMITS);
                assertEquals(ConnectionInfo.State.WAITING, waiting.state());

                extra.socket().setSoTimeout(NO_REPLY_MILLIS);
                assertThrows(SocketTimeoutException.class, extra::readLine,
                        "client " + (PERMITS + 1) + " must get no reply while " + PERMITS + " permits are held");
                // Still waiting, and the served clients are still served.
                assertEquals(1, server.stats().waitingForPermit());
                served.get(1).send("still here\n");
                assertEquals("still here\n", served.get(1).readLine());

                served.removeFirst().close();
                extra.socket().setSoTimeout(Client.PATIENT_MILLIS);
                assertEquals("client 4\n", extra.readLine());
                assertEquals(0, server.stats().waitingForPermit());
                assertEquals(PERMITS, server.stats().permitsInUse());

                // The story the events tell, in order: #1 closes and gives back its permit, then #4 takes it.
                ServerEvent.PermitReleased released =
                        events.await(ServerEvent.PermitReleased.class, r -> r.connectionId() == 1);
                ServerEvent.PermitTaken taken =
                        events.await(ServerEvent.PermitTaken.class, t -> t.connectionId() == PERMITS + 1);
                List<ServerEvent> first = events.about(1);
                assertInstanceOf(ServerEvent.Closed.class, first.get(first.size() - 2));
                assertEquals(released, first.getLast());
                List<ServerEvent> all = events.all();
                int waitedAt = all.indexOf(waits);
                int releasedAt = all.indexOf(released);
                int takenAt = all.indexOf(taken);
                assertTrue(waitedAt < releasedAt && releasedAt < takenAt,
                        "waiting at " + waitedAt + ", released at " + releasedAt + ", taken at " + takenAt);
                assertEquals(PERMITS - 1, released.permitsInUse());
                assertEquals(PERMITS, taken.permitsInUse());
                List<ServerEvent> fourth = events.about(PERMITS + 1);
                assertInstanceOf(ServerEvent.Accepted.class, fourth.get(0));
                assertInstanceOf(ServerEvent.WaitingForPermit.class, fourth.get(1));
                assertInstanceOf(ServerEvent.PermitTaken.class, fourth.get(2));
            } finally {
                for (Client c : served) {
                    c.close();
                }
            }
            Eventually.until(() -> "all permits back, now " + server.stats(),
                    () -> server.stats().permitsInUse() == 0 && server.stats().open() == 0);
            assertEquals(4, events.all(ServerEvent.PermitTaken.class).size());
            assertEquals(4, events.all(ServerEvent.PermitReleased.class).size());
            assertEquals(PERMITS, server.stats().peakActive());
            assertEquals(4, server.stats().served());
            for (long id = 1; id <= 4; id++) {
                Lifecycle.assertOrdered(events, id, Mode.SEMAPHORE);
            }
        }
    }
}
