package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.Eventually;

/**
 * The kernel's TCP table: the byte order of /proc/net/tcp and tcp6 from fixed sample text (as a little-endian
 * machine writes it), and real sockets on loopback found in this machine's table with their states and ports.
 */
class TcpTableTest {
    private static final List<String> TCP4 = List.of(
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
            "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000003 00:00000000 00000000  1000        0 12345 1"
                    + " 0000000000000000 100 0 0 10 0",
            "   1: 0F02000A:0016 0202000A:D4B5 01 0000002A:00000000 01:00000015 00000000     0        0 23456 4"
                    + " 0000000000000000 20 4 30 10 -1",
            "   2: 0100007F:C835 0100007F:1F90 06 00000000:00000000 03:00001734 00000000     0        0 0 3"
                    + " 0000000000000000");
    private static final List<String> TCP6 = List.of(
            "  sl  local_address                         remote_address                        st tx_queue"
                    + " rx_queue tr tm->when retrnsmt   uid  timeout inode",
            "   0: 00000000000000000000000001000000:01BB 00000000000000000000000000000000:0000 0A"
                    + " 00000000:00000000 00:00000000 00000000     0        0 777 1 0000000000000000 100 0 0 10 0",
            "   1: B80D0120000000000000000001000000:0050 B80D0120000000000000000002000000:E6F2 08"
                    + " 00000000:00000010 00:00000000 00000000    33        0 888 1 0000000000000000 20 4 0 10 -1",
            "   2: 0000000000000000FFFF00000100007F:913C 0000000000000000FFFF00000100007F:930D 01"
                    + " 00000000:00000000 00:00000000 00000000  1000        0 999 1 0000000000000000 20 4 0 10 -1",
            "   3: 0000000000000000FFFF00000100007F:1F90 00000000000000000000000000000000:0000 0A"
                    + " 00000000:00000000 00:00000000 00000000  1000        0 1000 1 0000000000000000 100 0 0 10 0");

    @Test
    void ipv4AddressesAreOneLittleEndianWordPortsPlainHex() {
        assertEquals(ByteOrder.LITTLE_ENDIAN, ByteOrder.nativeOrder(), "the sample is a little-endian machine's");
        List<TcpSocket> s = TcpTable.parse(TCP4);
        assertEquals(3, s.size(), "the header line is skipped");

        assertEquals(new TcpSocket(ep("127.0.0.1", 8080), ep("0.0.0.0", 0), TcpState.LISTEN, 0, 3, 1000, 12345),
                s.get(0), "0100007F is 127.0.0.1 backwards; 1F90 is 8080; a listener's rx_queue is its accept"
                        + " queue");
        assertEquals(new TcpSocket(ep("10.0.2.15", 22), ep("10.0.2.2", 54453), TcpState.ESTABLISHED, 42, 0, 0,
                23456), s.get(1));
        assertEquals(TcpState.TIME_WAIT, s.get(2).state());
        assertEquals(ep("127.0.0.1", 51253), s.get(2).local());
        assertEquals(0, s.get(2).inode(), "no program holds a socket in TIME_WAIT");
    }

    @Test
    void ipv6AddressesAreFourLittleEndianWordsAndMappedOnesShowAsIpv4() {
        List<TcpSocket> s = TcpTable.parse(TCP6);
        assertEquals(4, s.size());
        assertEquals(ep("::1", 443), s.get(0).local());
        assertEquals(ep("::", 0), s.get(0).remote());
        assertEquals(TcpState.LISTEN, s.get(0).state());

        assertEquals(ep("2001:db8::1", 80), s.get(1).local(), "B80D0120 is the word 20 01 0d b8 backwards");
        assertEquals(ep("2001:db8::2", 59122), s.get(1).remote());
        assertEquals(TcpState.CLOSE_WAIT, s.get(1).state());
        assertEquals(16, s.get(1).recvQueue());
        assertEquals(33, s.get(1).uid());

        TcpSocket mapped = s.get(2);
        assertInstanceOf(Inet4Address.class, mapped.local().address(), "::ffff:127.0.0.1 is shown as IPv4");
        assertEquals("127.0.0.1:37180", mapped.local().toString());
        assertEquals("127.0.0.1:37645", mapped.remote().toString());

        TcpSocket mappedListener = s.get(3);
        assertEquals("127.0.0.1:8080", mappedListener.local().toString());
        assertEquals("0.0.0.0:0", mappedListener.remote().toString(),
                "a dual-stack listener's peer :: goes with its local address, as IPv4");
    }

    @Test
    void rowsThatDoNotParseAreSkipped() {
        assertEquals(Optional.empty(), TcpTable.parseLine("garbage"));
        assertEquals(Optional.empty(), TcpTable.parseLine(""));
        assertEquals(Optional.empty(), TcpTable.parseLine(
                "   0: 0100007F:1F90 00000000:0000 FF 00000000:00000000 00:00000000 00000000 0 0 1 1"),
                "no such state");
        assertEquals(Optional.empty(), TcpTable.parseLine(
                "   0: 0100007G:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1 1"),
                "not hex");
        assertEquals(Optional.empty(), TcpTable.parseLine(
                "   0: 0100007F1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1 1"),
                "no port");
        assertEquals(Optional.empty(), TcpTable.parseLine(
                "   0: 00007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1 1"),
                "a short address");
    }

    @Test
    void filesAreReadAndAMissingIpv4TableMeansLinuxOnly(@TempDir Path dir) throws Exception {
        Path v4 = dir.resolve("tcp");
        Path v6 = dir.resolve("tcp6");
        Files.write(v4, TCP4);
        assertEquals(3, listed(TcpTable.read(v4, v6)).size(), "no IPv6 table: IPv6 is off, no error");
        Files.write(v6, TCP6);
        assertEquals(7, listed(TcpTable.read(v4, v6)).size());

        MachineSockets none = TcpTable.read(dir.resolve("missing"), v6);
        String reason = assertInstanceOf(MachineSockets.Unavailable.class, none).reason();
        assertTrue(reason.startsWith("the whole-machine table is Linux only"), reason);
    }

    @Test
    void aListenerAndAConnectionOnLoopbackAppearWithTheirStatesAndPorts() throws Exception {
        assertTrue(TcpTable.available(), "this is Linux: /proc/net/tcp exists");
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (ServerSocket listener = new ServerSocket(0, 50, loopback)) {
            Endpoint server = Endpoint.of(listener.getLocalSocketAddress());
            Socket client = new Socket();
            client.connect(server.toSocketAddress());
            Socket accepted = listener.accept();
            Endpoint clientEnd = Endpoint.of(client.getLocalSocketAddress());
            List<TcpSocket> all = listed(TcpTable.read());

            assertTrue(has(all, s -> s.state() == TcpState.LISTEN && s.local().equals(server)
                    && s.remote().port() == 0), "the listener, on " + server);
            assertTrue(has(all, s -> s.state() == TcpState.ESTABLISHED && s.local().equals(clientEnd)
                    && s.remote().equals(server)), "the client's end");
            assertTrue(has(all, s -> s.state() == TcpState.ESTABLISHED && s.local().equals(server)
                    && s.remote().equals(clientEnd)), "the server's end, the client's mirrored");

            client.getOutputStream().write("hello".getBytes());
            Eventually.until("5 unread bytes in the server end's receive queue", () -> { },
                    () -> has(listed(TcpTable.read()), s -> s.local().equals(server)
                            && s.remote().equals(clientEnd) && s.recvQueue() == 5));

            // The end that closes first waits in TIME_WAIT; the other end is gone once it closes too.
            client.close();
            accepted.close();
            Eventually.until("the client's end in TIME_WAIT", () -> { },
                    () -> has(listed(TcpTable.read()), s -> s.state() == TcpState.TIME_WAIT
                            && s.local().equals(clientEnd) && s.remote().equals(server)));
            assertFalse(has(listed(TcpTable.read()), s -> s.state() == TcpState.ESTABLISHED
                    && s.local().equals(server) && s.remote().equals(clientEnd)), "the server's end closed");
        }
    }

    @Test
    void anIpv6ConnectionOnLoopbackAppearsFromTcp6() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        try (ServerSocket listener = new ServerSocket(0, 50, v6);
                Socket client = new Socket()) {
            client.connect(new InetSocketAddress(v6, listener.getLocalPort()));
            try (Socket accepted = listener.accept()) {
                Endpoint server = Endpoint.of(listener.getLocalSocketAddress());
                Endpoint clientEnd = Endpoint.of(client.getLocalSocketAddress());
                assertEquals("[::1]:" + listener.getLocalPort(), server.toString());
                List<TcpSocket> all = listed(TcpTable.read());
                assertTrue(has(all, s -> s.state() == TcpState.LISTEN && s.local().equals(server)));
                assertTrue(has(all, s -> s.state() == TcpState.ESTABLISHED && s.local().equals(clientEnd)
                        && s.remote().equals(server)));
                assertTrue(accepted.isConnected());
            }
        }
    }

    private static List<TcpSocket> listed(MachineSockets m) {
        return assertInstanceOf(MachineSockets.Listed.class, m).sockets();
    }

    private static boolean has(List<TcpSocket> all, Predicate<TcpSocket> p) {
        return all.stream().anyMatch(p);
    }

    private static Endpoint ep(String address, int port) {
        return new Endpoint(Addresses.parseLiteral(address).value(), port);
    }
}
