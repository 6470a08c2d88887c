package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import socketlab.Eventually;
import socketlab.net.Addresses;
import socketlab.net.Endpoint;
import socketlab.net.SocketPair;

/** What the lab sees and does with a server's open connections: the snapshot, closing them, the idle timeout. */
class ConnectionControlTest {

    @Test
    void theSnapshotShowsTheSocketPairAndByteCounts() throws Exception {
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { });
                Client client = Client.connect(server)) {
            client.send("hello\n");
            assertEquals("hello\n", client.readLine());
            Eventually.until(() -> "6 bytes each way in " + server.connections(),
                    () -> server.connections().size() == 1 && server.connections().getFirst().bytesWritten() == 6);
            ConnectionInfo info = server.connections().getFirst();
            assertEquals(new SocketPair(client.localEndpoint(), server.localEndpoint()), info.pair());
            assertEquals(Endpoint.of(client.socket().getRemoteSocketAddress()), info.pair().server());
            assertEquals(6, info.bytesRead());
            assertEquals(ConnectionInfo.State.ACTIVE, info.state());
            assertEquals(1, info.id());
        }
    }

    @Test
    void ipv6LoopbackServesAndShowsBracketedEndpoints() throws Exception {
        ServerConfig config = ServerConfig.defaults(ServerKind.ECHO)
                .withBindAddress(Addresses.parseLiteral("::1").value());
        try (LabServer server = LabServer.start(config, e -> { });
                Client client = Client.connect(server)) {
            assertEquals("[::1]:" + server.localEndpoint().port(), server.localEndpoint().toString());
            client.send("over IPv6\n");
            assertEquals("over IPv6\n", client.readLine());
            SocketPair pair = server.connections().getFirst().pair();
            assertEquals(client.localEndpoint(), pair.client());
            assertTrue(pair.client().toString().startsWith("[::1]:"), pair.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void closingOneConnectionFromTheLab(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(how.config(ServerKind.ECHO), events);
                Client client = Client.connect(server)) {
            client.send("hi\n");
            assertEquals("hi\n", client.readLine());
            long id = server.connections().getFirst().id();

            assertTrue(server.closeConnection(id));

            assertTrue(client.seesServerClose());
            ServerEvent.Closed closed = events.awaitClosed(id);
            assertEquals(CloseReason.CLOSED_FROM_LAB, closed.reason());
            assertEquals(3, closed.bytesRead());
            assertEquals(3, closed.bytesWritten());
            Eventually.until("the connection leaves the list", () -> server.connections().isEmpty());
            assertFalse(server.closeConnection(id), "closing it twice reports that it is gone");
            assertTrue(server.isRunning());
            try (Client next = Client.connect(server)) {
                next.send("next\n");
                assertEquals("next\n", next.readLine());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#semaphore")
    void closingAllConnectionsKeepsTheServerListening(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        List<Client> clients = new ArrayList<>();
        try (LabServer server = LabServer.start(how.config(ServerKind.ECHO).withPermits(3), events)) {
            try {
                for (int i = 0; i < 4; i++) {
                    clients.add(Client.connect(server));
                }
                for (int i = 0; i < 3; i++) {
                    clients.get(i).send("line\n");
                    assertEquals("line\n", clients.get(i).readLine());
                }
                events.await(ServerEvent.WaitingForPermit.class, w -> true);
                assertEquals(4, server.connections().size());

                server.closeAllConnections();

                for (Client c : clients) {
                    assertTrue(c.seesServerClose());
                }
                for (long id = 1; id <= 4; id++) {
                    assertEquals(CloseReason.CLOSED_FROM_LAB, events.awaitClosed(id).reason());
                }
            } finally {
                for (Client c : clients) {
                    c.close();
                }
            }
            Eventually.until(() -> "no permit held, " + server.stats(),
                    () -> server.stats().permitsInUse() == 0 && server.stats().open() == 0);
            assertEquals(0, server.stats().waitingForPermit());
            try (Client next = Client.connect(server)) {
                next.send("after\n");
                assertEquals("after\n", next.readLine());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#semaphore")
    void aSilentClientIsClosedAfterTheIdleTimeoutAndItsPermitFreed(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        ServerConfig config = how.config(ServerKind.ECHO).withPermits(1).withIdleTimeout(Duration.ofMillis(300));
        try (LabServer server = LabServer.start(config, events);
                Client silent = Client.connect(server);
                Client next = Client.connect(server)) {
            events.await(ServerEvent.PermitTaken.class, t -> t.connectionId() == 1);
            next.send("my turn\n");

            assertEquals(CloseReason.IDLE_TIMEOUT, events.awaitClosed(1).reason());
            assertTrue(silent.seesServerClose());
            events.await(ServerEvent.PermitReleased.class, r -> r.connectionId() == 1);
            assertEquals("my turn\n", next.readLine());
            // The second client also falls silent, and is timed out in turn: the permit comes back.
            assertEquals(CloseReason.IDLE_TIMEOUT, events.awaitClosed(2).reason());
            Eventually.until("the permit back", () -> server.stats().permitsInUse() == 0);
        }
    }

    @Test
    void idleTimeoutsAtTheEdgesOfWhatSocketsCanExpress() throws Exception {
        // Under a millisecond must not become SO_TIMEOUT 0, which would mean "wait forever".
        EventRecorder events = new EventRecorder();
        ServerConfig tiny = ServerConfig.defaults(ServerKind.ECHO).withIdleTimeout(Duration.ofNanos(500_000));
        try (LabServer server = LabServer.start(tiny, events); Client silent = Client.connect(server)) {
            assertEquals(CloseReason.IDLE_TIMEOUT, events.awaitClosed(1).reason());
            assertTrue(silent.seesServerClose());
        }
        // Longer than any millisecond count: still a server that serves, not an overflow in the accept loop.
        ServerConfig huge =
                ServerConfig.defaults(ServerKind.ECHO).withIdleTimeout(Duration.ofSeconds(Long.MAX_VALUE));
        try (LabServer server = LabServer.start(huge, e -> { }); Client client = Client.connect(server)) {
            client.send("forever\n");
            assertEquals("forever\n", client.readLine());
        }
    }
}
