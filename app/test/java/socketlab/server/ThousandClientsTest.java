package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import socketlab.Eventually;

/**
 * A thousand clients at once against a semaphore server: the excess waits in the kernel's backlog instead of being
 * refused, so every client is served, and never more handlers run than there are permits.
 */
class ThousandClientsTest {
    private static final int CLIENTS = 1_000;
    private static final int PERMITS = 16;
    private static final int BACKLOG = 1_024;

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#semaphore")
    void everyClientIsServedWithinThePermitLimit(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        ServerConfig config = how.config(ServerKind.ECHO).withPermits(PERMITS).withBacklog(BACKLOG);
        try (LabServer server = LabServer.start(config, events);
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> replies = new ArrayList<>(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                String line = "client " + i + "\n";
                replies.add(clients.submit(() -> {
                    go.await();
                    try (Client c = Client.connect(server)) {
                        c.send(line);
                        String reply = c.readLine();
                        c.finishSending();
                        return c.readToEnd().length == 0 ? reply : reply + " and more";
                    }
                }));
            }
            go.countDown();
            // One generous deadline for them all (a SYN dropped on a full backlog is retried after a second or
            // more): a hang-guard that bounds the test, not a speed requirement.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (int i = 0; i < CLIENTS; i++) {
                long left = Math.max(1, deadline - System.nanoTime());
                assertEquals("client " + i + "\n", replies.get(i).get(left, TimeUnit.NANOSECONDS), "client " + i);
            }
            Eventually.until(() -> "all served and every permit back, now " + server.stats(),
                    () -> server.stats().served() == CLIENTS && server.stats().permitsInUse() == 0);
            ServerStats stats = server.stats();
            assertEquals(CLIENTS, stats.accepted());
            assertTrue(stats.peakActive() <= PERMITS, "peak active " + stats.peakActive() + " > " + PERMITS);
            assertTrue(stats.peakActive() >= 1);
            assertEquals(0, stats.permitsInUse());
            assertEquals(0, stats.waitingForPermit());
            assertEquals(0, stats.open());
            for (ServerEvent.PermitTaken t : events.all(ServerEvent.PermitTaken.class)) {
                assertTrue(t.permitsInUse() <= PERMITS, t.describe());
            }
            assertEquals(CLIENTS, events.all(ServerEvent.Closed.class).stream()
                    .filter(c -> c.reason() == CloseReason.CLIENT_HUNG_UP).count());
            for (long id = 1; id <= CLIENTS; id++) {
                Lifecycle.assertOrdered(events, id, Mode.SEMAPHORE);
            }
        }
    }
}
