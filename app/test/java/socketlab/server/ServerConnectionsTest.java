package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;
import socketlab.net.Endpoint;
import socketlab.net.LabConnection;

/** A lab server's connections as the lab lists them, over real client sockets on loopback. */
class ServerConnectionsTest {

    @Test
    void eachAcceptedSocketIsOneConnectionSeenFromTheServersEnd() throws Exception {
        Instant before = Instant.now();
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { });
                Client a = Client.connect(server);
                Client b = Client.connect(server)) {
            ServerConnections source = new ServerConnections(server);
            Endpoint listening = server.localEndpoint();
            assertEquals(List.of(listening), source.listening());

            a.send("hi\n");
            assertEquals("hi\n", a.readLine());
            Eventually.until("both connections active and 3 bytes each way on the first",
                    () -> find(source, a).filter(c -> c.bytesIn() == 3 && c.bytesOut() == 3).isPresent()
                            && find(source, b).filter(c -> c.state().equals("active")).isPresent());

            LabConnection first = find(source, a).orElseThrow();
            assertEquals("echo server " + listening, first.owner());
            assertEquals(listening, first.local(), "local is the server's end: the listening ip:port");
            assertEquals(a.localEndpoint(), first.remote(), "remote is the client's end");
            assertEquals("active", first.state());
            assertTrue(!first.opened().isBefore(before.minusSeconds(1)));

            LabConnection second = find(source, b).orElseThrow();
            assertEquals(0, second.bytesIn());
            assertTrue(!first.key().equals(second.key()), "keys are unique");
            assertTrue(first.key().startsWith("server " + listening + "/#"), first.key());
            assertEquals(2, source.labConnections().size());

            Endpoint bEnd = b.localEndpoint(); // a closed socket no longer says which port it had
            b.close();
            Eventually.until("the closed client's connection gone", () -> source.labConnections().stream()
                    .noneMatch(c -> c.remote().equals(bEnd)));
            assertEquals(1, source.labConnections().size());
        }
    }

    @Test
    void aClientBeyondTheSemaphoresPermitsWaitsForAPermit() throws Exception {
        ServerConfig config = ServerConfig.defaults(ServerKind.ECHO).withMode(Mode.SEMAPHORE).withPermits(1);
        try (LabServer server = LabServer.start(config, e -> { });
                Client served = Client.connect(server)) {
            ServerConnections source = new ServerConnections(server);
            Eventually.until("the first client active", () -> find(source, served)
                    .filter(c -> c.state().equals("active")).isPresent());
            try (Client waiting = Client.connect(server)) {
                Eventually.until("the second client accepted and waiting", () -> find(source, waiting)
                        .filter(c -> c.state().equals("waiting for a permit")).isPresent());
                served.close();
                Eventually.until("the second client served once the permit is free", () -> find(source, waiting)
                        .filter(c -> c.state().equals("active")).isPresent());
            }
        }
    }

    @Test
    void aStoppedServerListensNowhereAndHoldsNothing() throws Exception {
        LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.HELLO), e -> { });
        ServerConnections source = new ServerConnections(server);
        assertEquals(1, source.listening().size());
        server.close();
        assertEquals(List.of(), source.listening());
        assertEquals(List.of(), source.labConnections());
    }

    private static Optional<LabConnection> find(ServerConnections source, Client client) {
        Endpoint end = client.localEndpoint();
        return source.labConnections().stream().filter(c -> c.remote().equals(end)).findFirst();
    }
}
