package socketlab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;
import socketlab.net.LabConnection;
import socketlab.net.SocketPair;
import socketlab.server.ConnectionInfo;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.server.ThreadKind;

/** Bursts as the lab lists them, and a burst large enough to overflow a semaphore server many times over. */
class ClientSessionsTest {

    @Test
    void twelveHundredEchoClientsAgainstASemaphoreServerAreEveryOneServed() throws Exception {
        ServerConfig config = ServerConfig.defaults(ServerKind.ECHO).withMode(Mode.SEMAPHORE).withPermits(10)
                .withThreads(ThreadKind.VIRTUAL);
        ClientSessions sessions = new ClientSessions();
        try (LabServer server = LabServer.start(config, e -> { })) {
            ClientBurst burst = new ClientBurst(BurstSpec.of(server.localEndpoint(), 1_200, 200, BurstMode.ECHO),
                    null);
            int n = sessions.trackBurst(burst);
            BurstResult r = burst.run();
            sessions.untrackBurst(n);
            server.close();
            assertEquals(1_200, r.completed(), r.failedByReason().toString());
            assertEquals(Map.of(), r.failedByReason());
            assertEquals(1_200, server.stats().served());
            assertTrue(server.stats().peakActive() <= 10, "the semaphore caps handlers: " + server.stats());
        }
        assertEquals(List.of(), sessions.labConnections());
    }

    @Test
    void aRunningBurstListsItsConnectedClientsMirroredByTheServer() throws Exception {
        // A semaphore server with one permit serves one client, an echo server waits for a line that never comes,
        // and the other clients wait, connected, in the listen backlog: all six stay connected for the look.
        ServerConfig config = ServerConfig.defaults(ServerKind.ECHO).withMode(Mode.SEMAPHORE).withPermits(1);
        ClientSessions sessions = new ClientSessions();
        try (LabServer server = LabServer.start(config, e -> { })) {
            BurstSpec spec = BurstSpec.of(server.localEndpoint(), 6, 6, BurstMode.EOF)
                    .withReadTimeout(Duration.ofMinutes(5));
            ClientBurst burst = new ClientBurst(spec, null);
            int n = sessions.trackBurst(burst);
            CompletableFuture<BurstResult> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return burst.run();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Eventually.until(() -> "6 lab connections and the server's, listed " + sessions.labConnections(),
                    () -> sessions.labConnections().size() >= 6 && !server.connections().isEmpty());
            List<LabConnection> listed = sessions.labConnections();
            assertEquals(6, listed.size(), listed.toString());
            List<SocketPair> clientSide = listed.stream().map(c -> new SocketPair(c.local(), c.remote())).toList();
            for (LabConnection c : listed) {
                assertTrue(c.key().startsWith("burst-" + n + "/"), c.key());
                assertTrue(c.owner().startsWith("burst #" + n + " (eof) · client #"), c.owner());
                assertEquals(server.localEndpoint(), c.remote());
            }
            for (ConnectionInfo accepted : server.connections()) {
                assertTrue(clientSide.contains(accepted.pair()), "a client holds the other end of " + accepted);
            }
            burst.cancel();
            assertEquals(6, running.get(60, TimeUnit.SECONDS).failed());
            sessions.untrackBurst(n);
            assertEquals(List.of(), sessions.labConnections());
        }
    }
}
