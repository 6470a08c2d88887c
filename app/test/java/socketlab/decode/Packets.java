package socketlab.decode;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

/** Builds well-formed frames byte by byte, with correct checksums, for tests and the benchmark file. */
public final class Packets {
    public static final int SYN = 0x02;
    public static final int ACK = 0x10;
    public static final int PSH = 0x08;
    public static final int FIN = 0x01;
    public static final int RST = 0x04;

    private Packets() {
    }

    public static byte[] ip(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** An Ethernet II frame around {@code payload}. */
    public static byte[] ethernet(byte[] dst, byte[] src, int type, byte[] payload) {
        return ByteBuffer.allocate(14 + payload.length).put(dst).put(src).putShort((short) type).put(payload)
                .array();
    }

    /** An Ethernet frame with zero addresses, as loopback captures show, carrying an IPv4 or IPv6 packet. */
    public static byte[] loopbackEthernet(byte[] ipPacket) {
        int type = (ipPacket[0] >> 4) == 6 ? 0x86dd : 0x0800;
        return ethernet(new byte[6], new byte[6], type, ipPacket);
    }

    /** An IPv4 packet (DF set, TTL 64) with a correct header checksum. */
    public static byte[] ipv4(byte[] src, byte[] dst, int proto, int id, byte[] options, byte[] payload) {
        int hl = 20 + options.length;
        ByteBuffer b = ByteBuffer.allocate(hl + payload.length);
        b.put((byte) (0x40 | hl / 4)).put((byte) 0).putShort((short) (hl + payload.length)).putShort((short) id)
                .putShort((short) 0x4000).put((byte) 64).put((byte) proto).putShort((short) 0).put(src).put(dst)
                .put(options).put(payload);
        byte[] p = b.array();
        int sum = checksum(p, 0, hl, 0);
        p[10] = (byte) (sum >> 8);
        p[11] = (byte) sum;
        return p;
    }

    /** An IPv6 packet (hop limit 64) carrying {@code payload} as next header {@code nxt}. */
    public static byte[] ipv6(byte[] src, byte[] dst, int nxt, byte[] payload) {
        return ByteBuffer.allocate(40 + payload.length).putInt(0x6000_0000).putShort((short) payload.length)
                .put((byte) nxt).put((byte) 64).put(src).put(dst).put(payload).array();
    }

    /** A TCP segment with a correct checksum for the given addresses (4 or 16 bytes each). */
    public static byte[] tcp(byte[] src, byte[] dst, int sport, int dport, long seq, long ack, int flags, int window,
            byte[] options, byte[] payload) {
        int hl = 20 + options.length;
        ByteBuffer b = ByteBuffer.allocate(hl + payload.length);
        b.putShort((short) sport).putShort((short) dport).putInt((int) seq).putInt((int) ack)
                .putShort((short) ((hl / 4) << 12 | flags)).putShort((short) window).putShort((short) 0)
                .putShort((short) 0).put(options).put(payload);
        byte[] seg = b.array();
        int sum = checksum(seg, 0, seg.length, pseudo(src, dst, 6, seg.length));
        seg[16] = (byte) (sum >> 8);
        seg[17] = (byte) sum;
        return seg;
    }

    /** A UDP datagram with a correct checksum for the given addresses. */
    public static byte[] udp(byte[] src, byte[] dst, int sport, int dport, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putShort((short) sport).putShort((short) dport).putShort((short) (8 + payload.length)).putShort((short) 0)
                .put(payload);
        byte[] d = b.array();
        int sum = checksum(d, 0, d.length, pseudo(src, dst, 17, d.length));
        if (sum == 0) {
            sum = 0xffff;
        }
        d[6] = (byte) (sum >> 8);
        d[7] = (byte) sum;
        return d;
    }

    /** An ICMP message (IPv4) with a correct checksum. */
    public static byte[] icmp(int type, int code, int rest, byte[] data) {
        byte[] m = ByteBuffer.allocate(8 + data.length).put((byte) type).put((byte) code).putShort((short) 0)
                .putInt(rest).put(data).array();
        int sum = checksum(m, 0, m.length, 0);
        m[2] = (byte) (sum >> 8);
        m[3] = (byte) sum;
        return m;
    }

    /** An ICMPv6 message with a correct checksum over the IPv6 pseudo-header. */
    public static byte[] icmpv6(byte[] src, byte[] dst, int type, int code, byte[] body) {
        byte[] m = ByteBuffer.allocate(4 + body.length).put((byte) type).put((byte) code).putShort((short) 0)
                .put(body).array();
        int sum = checksum(m, 0, m.length, pseudo(src, dst, 58, m.length));
        m[2] = (byte) (sum >> 8);
        m[3] = (byte) sum;
        return m;
    }

    /** An ARP message for Ethernet and IPv4. */
    public static byte[] arp(int op, byte[] sha, byte[] spa, byte[] tha, byte[] tpa) {
        return ByteBuffer.allocate(28).putShort((short) 1).putShort((short) 0x0800).put((byte) 6).put((byte) 4)
                .putShort((short) op).put(sha).put(spa).put(tha).put(tpa).array();
    }

    /** The usual options of a Linux SYN: MSS, SACK permitted, timestamps, NOP, window scale. */
    public static byte[] synOptions(int mss, long tsval, int wscale) {
        return ByteBuffer.allocate(20).put((byte) 2).put((byte) 4).putShort((short) mss).put((byte) 4).put((byte) 2)
                .put((byte) 8).put((byte) 10).putInt((int) tsval).putInt(0).put((byte) 1).put((byte) 3).put((byte) 3)
                .put((byte) wscale).array();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static long pseudo(byte[] src, byte[] dst, int proto, int length) {
        long sum = add(src, 0, src.length, 0);
        sum = add(dst, 0, dst.length, sum);
        return sum + proto + length;
    }

    private static long add(byte[] d, int off, int len, long sum) {
        for (int i = 0; i < len; i += 2) {
            int hi = d[off + i] & 0xff;
            int lo = i + 1 < len ? d[off + i + 1] & 0xff : 0;
            sum += hi << 8 | lo;
        }
        return sum;
    }

    private static int checksum(byte[] d, int off, int len, long initial) {
        long sum = add(d, off, len, initial);
        while (sum >> 16 != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }
}
