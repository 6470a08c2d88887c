package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import socketlab.capture.RawFrame;

/** The capture command's one-line summaries, from hand-made frames of each link type it reads. */
class PacketLineTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** 2024-11-21 22:19:54.177677 UTC. */
    private static final long TIME = 1_732_227_594_177_677L;

    /** IPv4 127.0.0.1 > 127.0.0.1, then TCP 56096 > 7777 SYN with options. */
    private static final String IPV4_TCP_SYN = "4500003c9cbb40004006a00e7f0000017f000001"
            + "db201e61a4a3d6b800000000a002ffd7fe300000020405b40402080a00000000000000000103030a";
    private static final String ETHERNET = "000000000000" + "000000000000" + "0800";

    private static String line(String hex, int linkType) {
        byte[] data = HexFormat.of().parseHex(hex);
        return PacketLine.of(new RawFrame(7, TIME, data.length, data, linkType), UTC);
    }

    @Test
    void ethernetIpv4Tcp() {
        assertEquals("7 22:19:54.177677 127.0.0.1:56096 > 127.0.0.1:7777 TCP [SYN] 74 bytes",
                line(ETHERNET + IPV4_TCP_SYN, 1));
    }

    @Test
    void rawIpAndBsdLoopback() {
        assertEquals("7 22:19:54.177677 127.0.0.1:56096 > 127.0.0.1:7777 TCP [SYN] 60 bytes",
                line(IPV4_TCP_SYN, 101));
        assertEquals("7 22:19:54.177677 127.0.0.1:56096 > 127.0.0.1:7777 TCP [SYN] 64 bytes",
                line("02000000" + IPV4_TCP_SYN, 0));
    }

    @Test
    void linuxCookedIpv6Udp() {
        String sll2 = "86dd0000" + "00000001" + "0304" + "00" + "06" + "000000000000" + "0000";
        String ipv6 = "6000000000101101" + "00000000000000000000000000000001" + "00000000000000000000000000000001";
        String udp = "d4310035" + "0010" + "0000" + "0000000000000000";
        assertEquals("7 22:19:54.177677 [::1]:54321 > [::1]:53 UDP 76 bytes", line(sll2 + ipv6 + udp, 276));
    }

    @Test
    void arpAndOtherEtherTypes() {
        assertEquals("7 22:19:54.177677 ARP 42 bytes", line("ffffffffffff0000000000010806" + "00".repeat(28), 1));
        assertEquals("7 22:19:54.177677 ethertype 0x88cc 60 bytes",
                line("0180c200000e" + "000000000001" + "88cc" + "00".repeat(46), 1));
    }

    @Test
    void everyCutOfAFrameStillGivesALine() {
        byte[] whole = HexFormat.of().parseHex(ETHERNET + IPV4_TCP_SYN);
        for (int n = 0; n <= whole.length; n++) {
            byte[] cut = Arrays.copyOf(whole, n);
            for (int linkType : new int[] {0, 1, 101, 113, 276, 147}) {
                String line = PacketLine.of(new RawFrame(1, TIME, whole.length, cut, linkType), UTC);
                assertTrue(line.startsWith("1 22:19:54.177677 ") && line.endsWith(" 74 bytes"), line);
            }
        }
    }
}
