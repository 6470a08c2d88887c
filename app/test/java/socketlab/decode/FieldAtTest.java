package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldAtTest {
    private static final byte[] LO = Packets.ip("127.0.0.1");

    /** A loopback SYN as it is captured on lo: Ethernet (14 bytes), IPv4 (20), TCP with options. */
    private static Frame syn() {
        byte[] tcp = Packets.tcp(LO, LO, 51213, 5000, 1000, 0, Packets.SYN, 65495, Packets.synOptions(65495, 7, 7),
                new byte[0]);
        byte[] frame = Packets.loopbackEthernet(Packets.ipv4(LO, LO, 6, 42, new byte[0], tcp));
        return new FrameDecoder(LocalAddresses.loopbackOnly()).decode(new RawFrame(1, 0, frame.length,
                LinkType.ETHERNET, frame));
    }

    private static String at(Frame f, int offset) {
        return FieldAt.of(f, offset).orElseThrow(() -> new AssertionError("no field at " + offset)).name();
    }

    @Test
    void aByteSelectsTheFieldItBelongsTo() {
        Frame f = syn();
        assertEquals("eth.dst", at(f, 0));
        assertEquals("eth.type", at(f, 13));
        assertEquals("ip.ttl", at(f, 14 + 8));
        assertEquals("ip.proto", at(f, 14 + 9));
        assertEquals("ip.src", at(f, 14 + 12));
        assertEquals("ip.dst", at(f, 14 + 19));
        assertEquals("tcp.srcport", at(f, 34));
        assertEquals("tcp.seq", at(f, 34 + 4));
    }

    @Test
    void aFlagsByteSelectsTheFlagsRatherThanOneFlag() {
        Frame f = syn();
        // Byte 13 of the TCP header holds eight of the twelve flag bits: the flags field as a whole.
        assertEquals("tcp.flags", at(f, 34 + 13));
        // Byte 6 of the IPv4 header: three flag bits and the top of the fragment offset; the flags have most bits.
        Field ipFlags = FieldAt.of(f, 14 + 6).orElseThrow();
        assertTrue(ipFlags.name().startsWith("ip.f"), ipFlags.name());
    }

    @Test
    void theWholeFrameLayerAndComputedFieldsAreNeverSelected() {
        Frame f = syn();
        for (int i = 0; i < f.capturedLength(); i++) {
            Field field = FieldAt.of(f, i).orElseThrow(() -> new AssertionError("a byte without a field"));
            assertTrue(!field.generated() && !field.name().startsWith("frame."), field.name());
            assertTrue(field.byteOffset() <= i && i < field.byteOffset() + field.byteLength(), field + " at " + i);
        }
        assertEquals("tcp", FieldAt.layerOf(f, 34).orElseThrow().name());
        assertEquals("eth", FieldAt.layerOf(f, 0).orElseThrow().name());
    }
}
