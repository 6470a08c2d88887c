package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel's ephemeral port range: parsed from Linux's file, with defaults, and checked against real sockets. */
class EphemeralPortsTest {

    @Test
    void parsesLinuxsFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ip_local_port_range");
        Files.writeString(file, "32768\t60999\n");
        EphemeralPorts r = EphemeralPorts.read(file, EphemeralPorts.IANA);
        assertEquals(new EphemeralPorts(32_768, 60_999), r);
        assertEquals("32768–60999", r.toString());
        assertTrue(r.contains(32_768) && r.contains(60_999));
        assertFalse(r.contains(32_767) || r.contains(61_000));
    }

    @Test
    void anythingElseFallsBack(@TempDir Path dir) {
        assertEquals(EphemeralPorts.LINUX_DEFAULT, EphemeralPorts.parse("many", EphemeralPorts.LINUX_DEFAULT));
        assertEquals(EphemeralPorts.LINUX_DEFAULT, EphemeralPorts.parse("60999 32768", EphemeralPorts.LINUX_DEFAULT));
        assertEquals(EphemeralPorts.LINUX_DEFAULT, EphemeralPorts.parse("0 70000", EphemeralPorts.LINUX_DEFAULT));
        assertEquals(EphemeralPorts.IANA, EphemeralPorts.read(dir.resolve("missing"), EphemeralPorts.IANA));
        assertEquals(new EphemeralPorts(1_024, 65_535), EphemeralPorts.parse(" 1024   65535 ", EphemeralPorts.IANA));
        assertThrows(IllegalArgumentException.class, () -> new EphemeralPorts(2, 1));
    }

    @Test
    void theKernelPicksAClientsPortFromThisMachinesRange() throws Exception {
        EphemeralPorts range = EphemeralPorts.system();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                Socket client = new Socket()) {
            client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()));
            int port = client.getLocalPort();
            assertTrue(range.contains(port), "connect() without bind() got " + port + ", outside " + range);
        }
    }
}
