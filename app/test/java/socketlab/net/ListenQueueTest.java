package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;

/** The kernel's accept queue as /proc/net/tcp shows it (the tests run on Linux): connected, not yet accepted. */
class ListenQueueTest {

    @Test
    void countsConnectionsTheServerHasNotAccepted() throws Exception {
        for (String literal : List.of("127.0.0.1", "::1")) {
            InetAddress loopback = Addresses.parseLiteral(literal).value();
            List<Socket> clients = new ArrayList<>();
            try (ServerSocket listener = new ServerSocket()) {
                listener.bind(new InetSocketAddress(loopback, 0), 10);
                int port = listener.getLocalPort();
                assertEquals(OptionalInt.of(0), ListenQueue.length(port));
                for (int i = 1; i <= 4; i++) {
                    Socket s = new Socket();
                    clients.add(s);
                    s.connect(new InetSocketAddress(loopback, port), 30_000);
                    awaitLength(port, i);
                }
                listener.accept().close();
                awaitLength(port, 3);
            } finally {
                for (Socket s : clients) {
                    s.close();
                }
            }
        }
    }

    private static void awaitLength(int port, int expected) {
        Eventually.until(() -> "the accept queue of port " + port + " to show " + expected + ", last "
                + ListenQueue.length(port), () -> ListenQueue.length(port).equals(OptionalInt.of(expected)));
    }

    @Test
    void tellsApartTwoListenersOnOnePortAtDifferentAddresses() throws Exception {
        InetAddress v4 = Addresses.parseLiteral("127.0.0.1").value();
        InetAddress v6 = Addresses.parseLiteral("::1").value();
        List<Socket> clients = new ArrayList<>();
        try (ServerSocket four = new ServerSocket(); ServerSocket six = new ServerSocket()) {
            four.bind(new InetSocketAddress(v4, 0), 10);
            int port = four.getLocalPort();
            six.bind(new InetSocketAddress(v6, port), 10);
            Endpoint fourEnd = Endpoint.of(four.getLocalSocketAddress());
            Endpoint sixEnd = Endpoint.of(six.getLocalSocketAddress());
            for (int i = 0; i < 2; i++) {
                Socket s = new Socket();
                clients.add(s);
                s.connect(sixEnd.toSocketAddress(), 30_000);
            }
            Eventually.until(() -> "[::1]:" + port + " to show 2 queued, last " + ListenQueue.length(sixEnd),
                    () -> ListenQueue.length(sixEnd).equals(OptionalInt.of(2)));
            assertEquals(OptionalInt.of(0), ListenQueue.length(fourEnd));
        } finally {
            for (Socket s : clients) {
                s.close();
            }
        }
    }

    @Test
    void readsProcAddresses() {
        assertEquals(new Endpoint(Addresses.parseLiteral("::").value(), 80),
                ListenQueue.parseEndpoint("00000000000000000000000000000000:0050"));
        assertEquals(new Endpoint(Addresses.parseLiteral("0.0.0.0").value(), 65535),
                ListenQueue.parseEndpoint("00000000:FFFF"));
        assertNull(ListenQueue.parseEndpoint("nonsense"));
        assertNull(ListenQueue.parseEndpoint("0000:0050"));
        assertNull(ListenQueue.parseEndpoint("0000000G:0050"));
    }
}
