package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static socketlab.decode.Packets.ACK;
import static socketlab.decode.Packets.FIN;
import static socketlab.decode.Packets.PSH;
import static socketlab.decode.Packets.SYN;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stream numbers and relative sequence numbers, as Wireshark computes them. */
class TcpStreamsTest {
    private static final byte[] A = Packets.ip("10.0.0.1");
    private static final byte[] B = Packets.ip("10.0.0.2");
    private final FrameDecoder decoder = new FrameDecoder(LocalAddresses.loopbackOnly());
    private long number;

    private Frame segment(byte[] src, byte[] dst, int sport, int dport, long seq, long ack, int flags, int len) {
        byte[] tcp = Packets.tcp(src, dst, sport, dport, seq, ack, flags, 1000, new byte[0], new byte[len]);
        byte[] frame = Packets.loopbackEthernet(Packets.ipv4(src, dst, 6, 1, new byte[0], tcp));
        return decoder.decode(new RawFrame(++number, number, frame.length, LinkType.ETHERNET, frame));
    }

    private static List<Long> numbers(Frame f) {
        return List.of(Captured.number(f, "tcp.stream"), Captured.number(f, "tcp.seq"), Captured.number(f, "tcp.ack"));
    }

    @Test
    void aCaptureThatStartsMidStreamCountsFromTheFirstByteSeen() {
        // Wireshark: the first segment seen in each direction has relative sequence number 1
        assertEquals(List.of(0L, 1L, 1L), numbers(segment(A, B, 5000, 80, 1_000_000, 7_000, PSH | ACK, 10)));
        assertEquals(List.of(0L, 1L, 11L), numbers(segment(B, A, 80, 5000, 7_000, 1_000_010, ACK, 0)));
        assertEquals(List.of(0L, 11L, 1L), numbers(segment(A, B, 5000, 80, 1_000_010, 7_000, FIN | ACK, 0)));
    }

    @Test
    void streamsAreNumberedInOrderOfFirstAppearanceAndAReusedPortStartsANewOne() {
        assertEquals(List.of(0L, 0L, 0L), numbers(segment(A, B, 5000, 80, 100, 0, SYN, 0)));
        assertEquals(List.of(1L, 0L, 0L), numbers(segment(A, B, 5001, 80, 900, 0, SYN, 0)));
        assertEquals(List.of(0L, 0L, 1L), numbers(segment(B, A, 80, 5000, 555, 101, SYN | ACK, 0)));
        assertEquals(List.of(0L, 0L, 0L), numbers(segment(A, B, 5000, 80, 100, 0, SYN, 0)), "a retransmitted SYN");
        assertEquals(List.of(2L, 0L, 0L), numbers(segment(A, B, 5000, 80, 77_777, 0, SYN, 0)), "port reused");
        assertEquals(List.of(1L, 1L, 0L), numbers(segment(A, B, 5001, 80, 901, 0, 0, 0)));
        assertEquals(3, decoder.streams().streamCount());
    }

    @Test
    void sequenceNumbersWrapAroundTwoToThe32() {
        segment(A, B, 5000, 80, 0xffff_fff0L, 0, SYN, 0);
        segment(B, A, 80, 5000, 10, 0xffff_fff1L, SYN | ACK, 0);
        Frame data = segment(A, B, 5000, 80, 0xffff_fff1L, 11, PSH | ACK, 100);
        Frame next = segment(A, B, 5000, 80, (0xffff_fff1L + 100) & 0xffff_ffffL, 11, ACK, 0);
        assertEquals(List.of(0L, 1L, 1L), numbers(data));
        assertEquals(List.of(0L, 101L, 1L), numbers(next));
        assertEquals(101, Captured.number(data, "tcp.nxtseq"));
    }
}
