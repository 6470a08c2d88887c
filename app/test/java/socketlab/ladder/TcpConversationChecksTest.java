package socketlab.ladder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.decode.Packets.ACK;
import static socketlab.decode.Packets.FIN;
import static socketlab.decode.Packets.PSH;
import static socketlab.decode.Packets.RST;
import static socketlab.decode.Packets.SYN;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LinkType;
import socketlab.decode.LocalAddresses;
import socketlab.decode.Packets;
import socketlab.decode.RawFrame;

/**
 * Ladders of connections built byte by byte, for what live loopback traffic does not show: a SYN-ACK that
 * acknowledges the wrong number, retransmitted and partly acknowledged data, a capture that starts mid-stream, a
 * reset, and sequence numbers wrapping around 2^32.
 */
class TcpConversationChecksTest {
    private static final byte[] C = Packets.ip("192.0.2.10");
    private static final byte[] S = Packets.ip("198.51.100.20");
    private static final int CP = 40000;
    private static final int SP = 7;

    private final List<byte[]> packets = new ArrayList<>();

    private void fromClient(long seq, long ack, int flags, String data) {
        byte[] d = data.getBytes(StandardCharsets.US_ASCII);
        packets.add(Packets.ipv4(C, S, 6, packets.size(), new byte[0],
                Packets.tcp(C, S, CP, SP, seq, ack, flags, 1000, new byte[0], d)));
    }

    private void fromServer(long seq, long ack, int flags, String data) {
        byte[] d = data.getBytes(StandardCharsets.US_ASCII);
        packets.add(Packets.ipv4(S, C, 6, packets.size(), new byte[0],
                Packets.tcp(S, C, SP, CP, seq, ack, flags, 2000, new byte[0], d)));
    }

    private List<Frame> frames() {
        FrameDecoder decoder = new FrameDecoder(LocalAddresses.loopbackOnly());
        List<Frame> frames = new ArrayList<>();
        long t = 1_700_000_000_000_000L;
        for (byte[] p : packets) {
            byte[] eth = Packets.loopbackEthernet(p);
            frames.add(decoder.decode(new RawFrame(frames.size() + 1, t += 250, eth.length, LinkType.ETHERNET, eth)));
        }
        return frames;
    }

    private TcpConversation conversation() {
        return TcpConversation.containing(frames(), 1, null).orElseThrow();
    }

    @Test
    void aSynAckThatAcknowledgesTheWrongNumberFailsItsCheck() {
        long isn = 2_934_871_234L;
        fromClient(isn, 0, SYN, "");
        fromServer(500, isn + 5, SYN | ACK, "");
        fromClient(isn + 1, 501, ACK, "");
        TcpConversation c = conversation();
        LadderCheck synAck = c.checks().getFirst();
        assertFalse(synAck.ok());
        assertEquals("✗", synAck.mark());
        assertEquals(2, synAck.frameNumber());
        assertEquals("SYN-ACK ack = client ISN + 1: ack 2934871239, but ISN 2934871234 + 1 = 2934871235 ✗",
                synAck.text());
        assertFalse(c.allChecksHold());
        assertTrue(c.checks().get(1).ok(), "the ACK of the handshake is right: " + c.checks());
        assertEquals("ack 501 = ISN 500 + 1", c.checks().get(1).detail());
    }

    @Test
    void aRightHandshakeAcrossTheWrapOfSequenceNumbersHolds() {
        long isn = 0xffff_ffffL;
        fromClient(isn, 0, SYN, "");
        fromServer(77, 0, SYN | ACK, "");
        fromClient(0, 78, ACK, "");
        TcpConversation c = conversation();
        assertEquals("ack 0 = ISN 4294967295 + 1", c.checks().getFirst().detail());
        assertTrue(c.allChecksHold(), c.checks().toString());
        assertEquals("[ACK] seq=1 ack=1", c.arrows().get(2).label());
    }

    @Test
    void retransmittedDataIsFollowedOnceAndAnAckInsideASegmentFails() {
        fromClient(100, 0, SYN, "");
        fromServer(900, 101, SYN | ACK, "");
        fromClient(101, 901, ACK, "");
        fromClient(101, 901, PSH | ACK, "abcdef");
        fromClient(101, 901, PSH | ACK, "abcdef"); // retransmitted
        fromServer(901, 107, ACK, "");
        fromClient(107, 901, PSH | ACK, "ghij");
        fromServer(901, 109, ACK, ""); // only half of "ghij"
        fromServer(901, 111, PSH | ACK, "OK");
        fromClient(111, 903, FIN | ACK, "");
        fromServer(903, 113, FIN | ACK, ""); // acknowledges one number too many
        fromClient(112, 904, ACK, "");
        TcpConversation c = conversation();

        FollowStream s = c.followStream();
        assertArrayEquals("abcdefghij".getBytes(StandardCharsets.US_ASCII), s.bytesFrom(true));
        assertEquals(10, s.clientBytes());
        assertEquals(2, s.serverBytes());
        assertEquals(List.of(4L, 7L, 9L), s.chunks().stream().map(StreamChunk::frameNumber).toList());

        List<String> lines = c.checks().stream().map(LadderCheck::toString).toList();
        assertTrue(lines.contains("#6 data ack = seq + len: ack 7 = seq 1 + len 6 (frame 4) ✓"), lines.toString());
        assertTrue(lines.contains("#8 data ack = seq + len: ack 9 ≠ seq 7 + len 4 = 11: only part of frame 7's"
                + " bytes acknowledged ✗"), lines.toString());
        assertTrue(lines.contains("#10 data ack = seq + len: ack 3 = seq 1 + len 2 (frame 9) ✓"), lines.toString());
        assertTrue(lines.contains("#11 FIN consumes one sequence number: ack 113, but client FIN seq 111 + 1 = 112 ✗"),
                lines.toString());
        assertTrue(lines.contains("#12 FIN consumes one sequence number: ack 904 = server FIN seq 903 + 1 ✓"),
                lines.toString());

        assertEquals(List.of(Phase.HANDSHAKE, Phase.HANDSHAKE, Phase.HANDSHAKE, Phase.DATA, Phase.DATA, Phase.DATA,
                Phase.DATA, Phase.DATA, Phase.DATA, Phase.CLOSE, Phase.CLOSE, Phase.CLOSE),
                c.arrows().stream().map(LadderArrow::phase).toList());
        assertEquals("[FIN, ACK] seq=11 ack=3", c.arrows().get(9).label());
    }

    @Test
    void withoutTheHandshakeTheFirstSenderIsTheClientAndAResetIsItsOwnPhase() {
        fromServer(5000, 300, PSH | ACK, "late");
        fromClient(300, 5004, ACK, "");
        fromClient(300, 5004, RST | ACK, "");
        TcpConversation c = conversation();
        assertFalse(c.handshakeSeen());
        assertEquals("198.51.100.20:7", c.client().toString(), "a guess: the first sender");
        assertEquals("192.0.2.10:40000", c.server().toString());
        assertEquals(Phase.RESET, c.arrows().get(2).phase());
        assertEquals("RST, ACK", c.arrows().get(2).flags());
        assertEquals("0.000500", c.arrows().get(2).timeText());
        assertEquals(List.of("data ack = seq + len"), c.checks().stream().map(LadderCheck::rule).toList());
        assertEquals("late", c.followStream().chunks().getFirst().text());
    }
}
