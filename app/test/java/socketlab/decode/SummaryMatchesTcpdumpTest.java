package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static socketlab.decode.Packets.ACK;
import static socketlab.decode.Packets.FIN;
import static socketlab.decode.Packets.PSH;
import static socketlab.decode.Packets.RST;
import static socketlab.decode.Packets.SYN;
import static socketlab.decode.Packets.concat;
import static socketlab.decode.Packets.ip;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames of every kind the lab decodes, written into pcap files of each link type, must read exactly as
 * {@code tcpdump -nn -r} reads them: the lab's summary line is tcpdump's line.
 */
class SummaryMatchesTcpdumpTest {
    private static final byte[] MAC_A = {0x02, 0x00, 0x00, 0x00, 0x00, 0x0a};
    private static final byte[] MAC_B = {0x02, 0x00, 0x00, 0x00, 0x00, 0x0b};
    private static final byte[] BROADCAST = {-1, -1, -1, -1, -1, -1};
    private static final byte[] A4 = ip("192.0.2.10");
    private static final byte[] B4 = ip("198.51.100.20");
    private static final byte[] A6 = ip("2001:db8::a");
    private static final byte[] B6 = ip("2001:db8:0:1::b");

    @TempDir
    Path dir;

    @Test
    void ethernetFramesReadLikeTcpdump() throws Exception {
        List<byte[]> frames = new ArrayList<>();
        for (byte[] packet : SampleFrames.ipPackets()) {
            frames.add(Packets.ethernet(MAC_B, MAC_A, (packet[0] >> 4) == 6 ? 0x86dd : 0x0800, packet));
        }
        frames.add(Packets.ethernet(BROADCAST, MAC_A, 0x0806, concat(Packets.arp(1, MAC_A, A4, new byte[6], B4),
                new byte[18])));
        frames.add(Packets.ethernet(MAC_A, MAC_B, 0x0806, Packets.arp(2, MAC_B, B4, MAC_A, A4)));
        frames.add(Packets.ethernet(MAC_A, MAC_B, 0x88b5, "local experimental ethertype".getBytes(
                StandardCharsets.US_ASCII)));
        // a short UDP datagram padded to Ethernet's 60-byte minimum
        frames.add(concat(Packets.ethernet(MAC_B, MAC_A, 0x0800, Packets.ipv4(A4, B4, 17, 19, new byte[0],
                Packets.udp(A4, B4, 47000, 47001, new byte[] {1}))), new byte[17]));
        assertSameAsTcpdump(1, frames);
    }

    @Test
    void vlanTaggedFramesReadLikeTheFramesInsideTheTag() throws Exception {
        List<byte[]> frames = new ArrayList<>();
        int vlan = 1;
        for (byte[] packet : SampleFrames.ipPackets()) {
            int type = (packet[0] >> 4) == 6 ? 0x86dd : 0x0800;
            byte[] tag = ByteBuffer.allocate(4).putShort((short) (5 << 13 | vlan++)).putShort((short) type).array();
            frames.add(Packets.ethernet(MAC_B, MAC_A, 0x8100, concat(tag, packet)));
        }
        // Q-in-Q: an 802.1ad outer tag around an 802.1Q tag around ARP
        byte[] inner = ByteBuffer.allocate(4).putShort((short) 42).putShort((short) 0x0806).array();
        byte[] outer = ByteBuffer.allocate(4).putShort((short) 7).putShort((short) 0x8100).array();
        frames.add(Packets.ethernet(MAC_A, MAC_B, 0x88a8, concat(outer, inner, Packets.arp(2, MAC_B, B4, MAC_A, A4))));
        assertSameAsTcpdump(1, frames);

        Frame tagged = Captured.frames(dir.resolve("link1.pcap")).getFirst();
        Layer tag = tagged.layer("vlan").orElseThrow();
        assertEquals(1, tag.number("vlan.id", -1));
        assertEquals(5, tag.number("vlan.priority", -1));
        assertEquals(18, tagged.layer("ip").or(() -> tagged.layer("ipv6")).orElseThrow().offset(),
                "the network header starts after Ethernet's 14 bytes and the 4-byte tag");
        assertEquals("802.1Q Virtual LAN, PRI: 5, DEI: 0, ID: 1", tag.title());
    }

    @Test
    void linuxCookedV1FramesReadLikeTcpdump() throws Exception {
        List<byte[]> frames = new ArrayList<>();
        int type = 0;
        for (byte[] packet : SampleFrames.ipPackets()) {
            ByteBuffer h = ByteBuffer.allocate(16).putShort((short) (type++ % 5)).putShort((short) 1)
                    .putShort((short) 6).put(MAC_A).putShort((short) 0).putShort((short) ((packet[0] >> 4) == 6
                            ? 0x86dd : 0x0800));
            frames.add(concat(h.array(), packet));
        }
        assertSameAsTcpdump(113, frames);
    }

    @Test
    void bsdLoopbackFramesReadLikeTcpdump() throws Exception {
        List<byte[]> frames = new ArrayList<>();
        for (byte[] packet : SampleFrames.ipPackets()) {
            // NULL writes the family in the capturing machine's byte order: little-endian here
            int family = (packet[0] >> 4) == 6 ? 30 : 2;
            frames.add(concat(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(family).array(), packet));
        }
        assertSameAsTcpdump(0, frames);
    }

    @Test
    void rawIpFramesReadLikeTcpdump() throws Exception {
        assertSameAsTcpdump(101, SampleFrames.ipPackets());
    }

    private void assertSameAsTcpdump(int linkType, List<byte[]> frames) throws Exception {
        Path file = dir.resolve("link" + linkType + ".pcap");
        try (PcapWriter w = new PcapWriter(file, linkType)) {
            long t = 1_732_227_594_177_677L;
            for (byte[] f : frames) {
                w.frame(t, f);
                t += 1_234_567;
            }
        }
        List<String> expected = Tcpdump.read(file, "-nn");
        List<String> lines = Captured.summaries(file);
        // tcpdump may print several lines for one frame (a hex dump): compare the text as a whole
        assertEquals(String.join("\n", expected), String.join("\n", lines));
        for (Frame f : Captured.frames(file)) {
            assertEquals(java.util.Optional.empty(), f.malformed(), () -> "well-formed frame " + f);
        }
    }
}
