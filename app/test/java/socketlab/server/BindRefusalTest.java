package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import socketlab.net.Addresses;

/** The operating system refusing a bind becomes a ServerStartException that says why in plain words. */
class BindRefusalTest {
    private static final InetAddress LOOPBACK = Addresses.parseLiteral("127.0.0.1").value();

    @Test
    void aPortTakenByAnotherProgramIsRefusedInPlainWords() throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.setReuseAddress(false);
            other.bind(new InetSocketAddress(LOOPBACK, 0));
            int port = other.getLocalPort();
            EventRecorder events = new EventRecorder();
            ServerStartException e = assertThrows(ServerStartException.class, () -> LabServer.start(
                    ServerConfig.defaults(ServerKind.HELLO).withPort(port), events));
            assertPlain(e.getMessage());
            assertTrue(e.getMessage().contains("port " + port + " on 127.0.0.1 is already in use"), e.getMessage());
            assertTrue(events.all().isEmpty(), "a server that did not start publishes nothing");
        }
    }

    @Test
    void aSecondLabServerOnTheSamePortIsRefusedDespiteReuseAddress() throws Exception {
        ServerConfig config = ServerConfig.defaults(ServerKind.ECHO);
        try (LabServer first = LabServer.start(config, e -> { })) {
            int port = first.localEndpoint().port();
            ServerStartException e = assertThrows(ServerStartException.class,
                    () -> LabServer.start(config.withPort(port), ev -> { }));
            assertPlain(e.getMessage());
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
            // The first one is unharmed.
            try (Client c = Client.connect(first)) {
                c.send("ok\n");
                assertEquals("ok\n", c.readLine());
            }
        }
    }

    @Test
    void anAddressThatIsNotThisMachinesIsRefused() {
        // 192.0.2.0/24 is reserved for documentation (RFC 5737); binding fails locally and nothing is sent.
        ServerConfig config = ServerConfig.defaults(ServerKind.HELLO)
                .withBindAddress(Addresses.parseLiteral("192.0.2.1").value());
        ServerStartException e = assertThrows(ServerStartException.class, () -> LabServer.start(config, ev -> { }));
        assertPlain(e.getMessage());
        assertEquals("192.0.2.1 is not an address of this machine, so a server cannot listen on it", e.getMessage());
    }

    private static void assertPlain(String message) {
        assertFalse(message.contains("Exception"), "no exception names for the user: " + message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains("\tat "), "no stack: " + message);
    }
}
