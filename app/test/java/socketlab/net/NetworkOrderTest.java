package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** htons/htonl as a little-endian host computes them, checked against the JDK's own byte buffers. */
class NetworkOrderTest {

    @Test
    void htonsSwapsTheTwoBytes() {
        assertEquals(0x5000, NetworkOrder.htons(80));
        assertEquals(0xBB01, NetworkOrder.htons(443));
        assertEquals(0xFFFF, NetworkOrder.htons(0xFFFF));
        assertEquals(0x0001, NetworkOrder.htons(0x0100));
    }

    @Test
    void htonlReversesTheFourBytes() {
        assertEquals(0x601A23C6L, NetworkOrder.htonl(0xC6231A60L));
        assertEquals(0x0100007FL, NetworkOrder.htonl(0x7F000001L));
    }

    @Test
    void aLittleEndianHostStoresTheSwappedNumberInNetworkOrder() {
        for (long v : new long[] {0xC6231A60L, 0x7F000001L, 1, 0xFFFFFFFFL}) {
            ByteBuffer memory = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            memory.putInt((int) NetworkOrder.htonl(v));
            assertArrayEquals(NetworkOrder.bigEndian(v, 4), memory.array());
            assertArrayEquals(memory.array(), NetworkOrder.littleEndian(NetworkOrder.htonl(v), 4));
            assertEquals(v, NetworkOrder.fromBigEndian(memory.array()));
            assertEquals(NetworkOrder.htonl(v), NetworkOrder.fromLittleEndian(memory.array()));
        }
    }

    @Test
    void text() {
        assertEquals("c6 23 1a 60", NetworkOrder.hex(new byte[] {(byte) 0xc6, 0x23, 0x1a, 0x60}));
        assertEquals("11000110", NetworkOrder.binary((byte) 0xc6));
        assertEquals("00000001", NetworkOrder.binary((byte) 1));
        assertEquals("0x0050", NetworkOrder.hexNumber(80, 2));
        assertEquals("0xC6231A60", NetworkOrder.hexNumber(0xC6231A60L, 4));
    }
}
