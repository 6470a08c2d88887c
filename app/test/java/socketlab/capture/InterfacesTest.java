package socketlab.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The interfaces libpcap lists, compared with what the kernel says through {@code ip link}. */
class InterfacesTest {

    @Test
    void listsLoopbackWithItsAddressAndMarks() throws Exception {
        NetInterface lo = Interfaces.list().stream().filter(i -> i.name().equals("lo")).findFirst().orElseThrow();
        assertTrue(lo.loopback());
        assertTrue(lo.up());
        assertTrue(lo.addresses().contains(new NetInterface.Address(InetAddress.getByName("127.0.0.1"), 8)),
                lo.addresses().toString());
        assertEquals("loopback, up", lo.marks());
        assertTrue(lo.describe().startsWith("lo (loopback, up) 127.0.0.1/8"), lo.describe());
    }

    @Test
    void listsEveryInterfaceTheKernelHas() throws Exception {
        List<String> pcap = Interfaces.list().stream().map(NetInterface::name).toList();
        List<String> kernel = ipLinkNames();
        assertFalse(kernel.isEmpty());
        for (String name : kernel) {
            assertTrue(pcap.contains(name), name + " is missing from " + pcap);
        }
        for (NetInterface i : Interfaces.list()) {
            assertEquals(i.name().equals("lo"), i.loopback(), "only lo is loopback: " + i);
        }
    }

    @Test
    void prefersLoopback() throws Exception {
        assertEquals("lo", Interfaces.preferred(Interfaces.list()).orElseThrow().name());
        NetInterface up = new NetInterface("eth9", "", List.of(), true, true, false);
        NetInterface down = new NetInterface("eth8", "", List.of(), false, false, false);
        assertEquals(up, Interfaces.preferred(List.of(down, up)).orElseThrow());
        assertTrue(Interfaces.preferred(List.of(down)).isEmpty());
    }

    @Test
    void anUnknownNameListsTheInterfacesThereAre() throws Exception {
        CaptureProblem p = assertThrows(CaptureProblem.class, () -> Interfaces.find("nosuch0"));
        assertEquals(CaptureProblem.Kind.NO_SUCH_INTERFACE, p.kind());
        String names = String.join(", ", Interfaces.list().stream().map(NetInterface::name).toList());
        assertEquals("there is no interface named 'nosuch0': choose one of " + names, p.getMessage());
        assertTrue(names.contains("lo"));
        CaptureProblem session = assertThrows(CaptureProblem.class,
                () -> CaptureSession.start(CaptureOptions.on("nosuch0"), frames -> { }));
        assertEquals(p.getMessage(), session.getMessage());
    }

    @Test
    void prefixLengthsCountTheNetmasksBits() throws Exception {
        assertEquals(24, Interfaces.prefixLength(InetAddress.getByName("255.255.255.0")));
        assertEquals(0, Interfaces.prefixLength(InetAddress.getByName("0.0.0.0")));
        assertEquals(64, Interfaces.prefixLength(InetAddress.getByName("ffff:ffff:ffff:ffff::")));
        assertEquals(-1, Interfaces.prefixLength(null));
    }

    /** Interface names from {@code ip -o link show}: "2: eth0@if7: <...>" gives "eth0". */
    private static List<String> ipLinkNames() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ip", "-o", "link", "show").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        return text.lines().map(l -> l.split(": ", 3)[1].split("@")[0]).toList();
    }
}
