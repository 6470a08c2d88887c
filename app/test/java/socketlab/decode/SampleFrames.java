package socketlab.decode;

import static socketlab.decode.Packets.ACK;
import static socketlab.decode.Packets.FIN;
import static socketlab.decode.Packets.PSH;
import static socketlab.decode.Packets.RST;
import static socketlab.decode.Packets.SYN;
import static socketlab.decode.Packets.concat;
import static socketlab.decode.Packets.ip;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Well-formed IP packets of every kind the lab decodes, for tests that need many different frames. */
public final class SampleFrames {
    private static final byte[] A4 = ip("192.0.2.10");
    private static final byte[] B4 = ip("198.51.100.20");
    private static final byte[] A6 = ip("2001:db8::a");
    private static final byte[] B6 = ip("2001:db8:0:1::b");

    private SampleFrames() {
    }

    /** IP packets of many kinds, in the order a conversation would have them. */
    public static List<byte[]> ipPackets() {
        List<byte[]> p = new ArrayList<>();
        byte[] hello = "hello\n".getBytes(StandardCharsets.US_ASCII);
        long c = 4_000_000_000L;
        long s = 123_456;
        p.add(Packets.ipv4(A4, B4, 6, 1, new byte[0], Packets.tcp(A4, B4, 40000, 45080, c, 0, SYN, 64240,
                Packets.synOptions(1460, 1000, 7), new byte[0])));
        p.add(Packets.ipv4(B4, A4, 6, 2, new byte[0], Packets.tcp(B4, A4, 45080, 40000, s, c + 1, SYN | ACK, 65160,
                Packets.synOptions(1460, 2000, 7), new byte[0])));
        p.add(Packets.ipv4(A4, B4, 6, 3, new byte[0], Packets.tcp(A4, B4, 40000, 45080, c + 1, s + 1, ACK, 502,
                new byte[0], new byte[0])));
        // sequence numbers wrap around 2^32 here
        p.add(Packets.ipv4(A4, B4, 6, 4, new byte[0], Packets.tcp(A4, B4, 40000, 45080, c + 1, s + 1, PSH | ACK, 502,
                new byte[0], "GET-ish".repeat(50).getBytes(StandardCharsets.US_ASCII))));
        byte[] sack = ByteBuffer.allocate(12).put((byte) 1).put((byte) 1).put((byte) 5).put((byte) 10)
                .putInt((int) (c + 100)).putInt((int) (c + 200)).array();
        p.add(Packets.ipv4(B4, A4, 6, 5, new byte[0], Packets.tcp(B4, A4, 45080, 40000, s + 1, c + 1, ACK, 500, sack,
                new byte[0])));
        p.add(Packets.ipv4(B4, A4, 6, 6, new byte[0], Packets.tcp(B4, A4, 45080, 40000, s + 1, c + 351, ACK | FIN | 0x20,
                500, new byte[0], hello)));
        p.add(Packets.ipv4(A4, B4, 6, 7, new byte[0], Packets.tcp(A4, B4, 40000, 45080, c + 351, 0, RST, 0,
                new byte[0], new byte[0])));
        p.add(Packets.ipv4(A4, B4, 6, 8, new byte[0], Packets.tcp(A4, B4, 40001, 45081, 7, 0, SYN | 0x40 | 0x80, 1024,
                new byte[0], new byte[0])));
        // an IPv4 header with options (router alert, then padding)
        p.add(Packets.ipv4(A4, B4, 17, 9, new byte[] {(byte) 0x94, 4, 0, 0},
                Packets.udp(A4, B4, 45000, 46000, hello)));
        p.add(Packets.ipv4(A4, B4, 17, 10, new byte[0], Packets.udp(A4, B4, 45001, 46001, new byte[0])));
        p.add(Packets.ipv4(A4, B4, 1, 11, new byte[0], Packets.icmp(8, 0, 0x1234_0001, hello)));
        p.add(Packets.ipv4(B4, A4, 1, 12, new byte[0], Packets.icmp(0, 0, 0x1234_0001, hello)));
        byte[] quoted = Packets.ipv4(A4, B4, 17, 13, new byte[0], Packets.udp(A4, B4, 45002, 46002, hello));
        p.add(Packets.ipv4(B4, A4, 1, 14, new byte[0], Packets.icmp(3, 3, 0, java.util.Arrays.copyOf(quoted, 28))));
        p.add(Packets.ipv4(B4, A4, 1, 15, new byte[0], Packets.icmp(3, 1, 0, java.util.Arrays.copyOf(quoted, 28))));
        p.add(Packets.ipv4(B4, A4, 1, 16, new byte[0], Packets.icmp(11, 0, 0, java.util.Arrays.copyOf(quoted, 28))));
        p.add(Packets.ipv4(A4, B4, 253, 17, new byte[0], new byte[8]));
        p.add(Packets.ipv6(A6, B6, 6, Packets.tcp(A6, B6, 50000, 44443, 1, 0, SYN, 65535, Packets.synOptions(1440,
                5, 9), new byte[0])));
        p.add(Packets.ipv6(B6, A6, 6, Packets.tcp(B6, A6, 44443, 50000, 99, 2, SYN | ACK, 65535,
                Packets.synOptions(1440, 6, 9), new byte[0])));
        p.add(Packets.ipv6(A6, B6, 6, Packets.tcp(A6, B6, 50000, 44443, 2, 100, PSH | ACK, 512, new byte[0], hello)));
        p.add(Packets.ipv6(A6, B6, 17, Packets.udp(A6, B6, 45353, 9999, hello)));
        byte[] echo = concat(new byte[] {0x12, 0x34, 0, 1}, hello);
        p.add(Packets.ipv6(A6, B6, 58, Packets.icmpv6(A6, B6, 128, 0, echo)));
        p.add(Packets.ipv6(B6, A6, 58, Packets.icmpv6(B6, A6, 129, 0, echo)));
        byte[] ns = concat(new byte[4], B6, new byte[] {1, 1, 2, 0, 0, 0, 0, 10});
        p.add(Packets.ipv6(A6, B6, 58, Packets.icmpv6(A6, B6, 135, 0, ns)));
        byte[] na = concat(new byte[] {0x60, 0, 0, 0}, B6);
        p.add(Packets.ipv6(B6, A6, 58, Packets.icmpv6(B6, A6, 136, 0, na)));
        byte[] quoted6 = Packets.ipv6(A6, B6, 17, Packets.udp(A6, B6, 45003, 46003, hello));
        p.add(Packets.ipv6(B6, A6, 58, Packets.icmpv6(B6, A6, 1, 4, concat(new byte[4], quoted6))));
        // hop-by-hop options (router alert), then ICMPv6: a multicast listener report
        byte[] hbh = {58, 0, 5, 2, 0, 0, 1, 0};
        byte[] mld = Packets.icmpv6(A6, ip("ff02::16"), 143, 0, new byte[] {0, 0, 0, 0});
        p.add(Packets.ipv6(A6, ip("ff02::16"), 0, concat(hbh, mld)));
        // a TCP segment whose checksum is wrong (and the lab says so)
        byte[] bad = Packets.tcp(A4, B4, 40002, 45082, 1, 1, ACK, 100, new byte[0], hello);
        bad[16] ^= 0x55;
        p.add(Packets.ipv4(A4, B4, 6, 18, new byte[0], bad));
        return p;
    }

}
