package socketlab.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * The few fields of a TCP segment over IPv4 on loopback that the capture tests check, read straight from the
 * captured Ethernet frame, independently of any decoder in the lab.
 */
record Segment(long number, int srcPort, int dstPort, long seq, long ack, int flags, byte[] payload) {
    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int RST = 0x04;
    static final int PSH = 0x08;
    static final int ACK = 0x10;

    private static final int ETHERNET_HEADER = 14;

    /** Reads an Ethernet frame of loopback: zero MAC addresses, IPv4 from 127.0.0.1 to 127.0.0.1, TCP. */
    static Segment of(RawFrame frame) {
        byte[] b = frame.data();
        assertEquals(LinkType.ETHERNET, frame.linkType(), "link type of " + frame);
        for (int i = 0; i < 12; i++) {
            assertEquals(0, b[i], "MAC address byte " + i + " of " + frame + " (loopback has none)");
        }
        assertEquals(0x0800, u16(b, 12), "EtherType of " + frame);
        int ip = ETHERNET_HEADER;
        assertEquals(4, (b[ip] & 0xff) >> 4, "IP version");
        int ipHeader = (b[ip] & 0x0f) * 4;
        int ipTotal = u16(b, ip + 2);
        assertEquals(frame.originalLength(), ETHERNET_HEADER + ipTotal, "frame length against IP total length");
        assertEquals(6, b[ip + 9] & 0xff, "IP protocol (TCP)");
        assertEquals("127.0.0.1", dotted(b, ip + 12));
        assertEquals("127.0.0.1", dotted(b, ip + 16));
        int tcp = ip + ipHeader;
        int tcpHeader = ((b[tcp + 12] & 0xff) >> 4) * 4;
        int end = Math.min(b.length, ip + ipTotal);
        return new Segment(frame.number(), u16(b, tcp), u16(b, tcp + 2), u32(b, tcp + 4), u32(b, tcp + 8),
                b[tcp + 13] & 0xff, Arrays.copyOfRange(b, Math.min(end, tcp + tcpHeader), end));
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Exactly these flags (among FIN, SYN, RST, PSH and ACK). */
    boolean only(int wanted) {
        return (flags & 0x1f) == wanted;
    }

    boolean from(int port) {
        return srcPort == port;
    }

    String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** The sequence number after this segment: SYN and FIN each take one. */
    long nextSeq() {
        return (seq + payload.length + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0)) & 0xffff_ffffL;
    }

    static long plus(long seq, long n) {
        return (seq + n) & 0xffff_ffffL;
    }

    @Override
    public String toString() {
        return "#" + number + " " + srcPort + ">" + dstPort + " flags 0x" + Integer.toHexString(flags) + " seq " + seq
                + " ack " + ack + " len " + payload.length;
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    private static long u32(byte[] b, int at) {
        return ((long) u16(b, at) << 16) | u16(b, at + 2);
    }

    private static String dotted(byte[] b, int at) {
        return (b[at] & 0xff) + "." + (b[at + 1] & 0xff) + "." + (b[at + 2] & 0xff) + "." + (b[at + 3] & 0xff);
    }
}
