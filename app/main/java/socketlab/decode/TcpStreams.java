package socketlab.decode;

import java.util.HashMap;
import java.util.Map;

/**
 * Follows the TCP connections of one capture, as Wireshark does: numbers each conversation (both directions) from 0
 * in order of first appearance, and makes sequence numbers relative to each direction's initial sequence number. A
 * direction's base is its SYN's sequence number; when the capture starts mid-stream it is the first sequence number
 * seen minus one (or the other side's acknowledgment minus one), so that the first byte seen is numbered 1. A new
 * SYN with a different sequence number on a known address and port pair starts a new stream (the port was reused).
 */
public final class TcpStreams {
    private static final long MASK = 0xffff_ffffL;
    private static final int SYN = 0x02;
    private static final int FIN = 0x01;
    private static final int ACK = 0x10;

    private final Map<Key, Conversation> conversations = new HashMap<>();
    /** The streams whose ServerHello chose TLS 1.3: their later records are encrypted even when typed 23. */
    private final java.util.BitSet tls13 = new java.util.BitSet();
    private int nextStream;

    /** How many streams have been numbered so far. */
    public int streamCount() {
        return nextStream;
    }

    TcpInfo observe(byte[] d, int srcOff, int dstOff, int addrLen, int srcPort, int dstPort, long seq, long ack,
            int flags, int payloadLen, int window, int windowScale) {
        Key key = Key.of(d, srcOff, dstOff, addrLen, srcPort, dstPort);
        boolean fromA = Key.srcIsA(d, srcOff, dstOff, addrLen, srcPort, dstPort);
        Conversation c = conversations.get(key);
        boolean syn = (flags & SYN) != 0;
        boolean hasAck = (flags & ACK) != 0;
        if (c != null && syn && !hasAck) {
            Direction fwd = c.direction(fromA);
            if (fwd.baseSet && fwd.fromSyn && fwd.base != seq) {
                c = null; // the same addresses and ports, a new connection
            }
        }
        if (c == null) {
            c = new Conversation(nextStream++, fromA);
            conversations.put(key, c);
        }
        Direction fwd = c.direction(fromA);
        Direction rev = c.direction(!fromA);
        if (syn) {
            fwd.synSeen = true;
            fwd.windowScale = windowScale;
        }
        if (!fwd.baseSet || syn && !fwd.fromSyn) {
            fwd.base = syn ? seq : (seq - 1) & MASK;
            fwd.baseSet = true;
            fwd.fromSyn = syn;
        }
        long relAck = 0;
        if (hasAck) {
            if (!rev.baseSet) {
                rev.base = (ack - 1) & MASK;
                rev.baseSet = true;
            }
            relAck = (ack - rev.base) & MASK;
        }
        long relSeq = (seq - fwd.base) & MASK;
        long next = relSeq + payloadLen + (syn ? 1 : 0) + ((flags & FIN) != 0 ? 1 : 0);
        long windowSize = window;
        if (!syn && fwd.synSeen && rev.synSeen) {
            int shift = fwd.windowScale >= 0 && rev.windowScale >= 0 ? fwd.windowScale : 0;
            windowSize = (long) window << shift;
        }
        return new TcpInfo(c.stream, relSeq, relAck, next, windowSize, rev.baseSet ? rev.base : -1);
    }

    /** One connection: its stream number and the state of each direction. */
    private static final class Conversation {
        final int stream;
        final boolean firstFromA;
        final Direction first = new Direction();
        final Direction second = new Direction();

        Conversation(int stream, boolean firstFromA) {
            this.stream = stream;
            this.firstFromA = firstFromA;
        }

        Direction direction(boolean fromA) {
            return fromA == firstFromA ? first : second;
        }
    }

    private static final class Direction {
        boolean baseSet;
        boolean fromSyn;
        long base;
        boolean synSeen;
        int windowScale = -1;
    }

    /**
     * A hash of two endpoints that spreads connections apart even when, as on loopback, every address is the same
     * and only the ports differ; written out rather than a record's, which costs more on the per-frame path.
     */
    static int hash(int addrLen, long a0, long a1, long b0, long b1, int ports) {
        long h = ports * 0x9E3779B97F4A7C15L;
        h = (h ^ a1) * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ b1) * 0x165667B19E3779F9L;
        h = (h ^ a0 ^ Long.rotateLeft(b0, 17) ^ addrLen) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Both endpoints in a fixed order, so that the two directions of a connection find the same entry. */
    private static final class Key {
        private final int addrLen;
        private final long a0;
        private final long a1;
        private final long b0;
        private final long b1;
        private final int ports;
        private final int hash;

        private Key(int addrLen, long a0, long a1, long b0, long b1, int ports) {
            this.addrLen = addrLen;
            this.a0 = a0;
            this.a1 = a1;
            this.b0 = b0;
            this.b1 = b1;
            this.ports = ports;
            this.hash = hash(addrLen, a0, a1, b0, b1, ports);
        }

        static Key of(byte[] d, int srcOff, int dstOff, int addrLen, int srcPort, int dstPort) {
            boolean srcFirst = srcIsA(d, srcOff, dstOff, addrLen, srcPort, dstPort);
            int aOff = srcFirst ? srcOff : dstOff;
            int bOff = srcFirst ? dstOff : srcOff;
            int aPort = srcFirst ? srcPort : dstPort;
            int bPort = srcFirst ? dstPort : srcPort;
            return new Key(addrLen, high(d, aOff, addrLen), low(d, aOff, addrLen), high(d, bOff, addrLen),
                    low(d, bOff, addrLen), aPort << 16 | bPort);
        }

        static boolean srcIsA(byte[] d, int srcOff, int dstOff, int addrLen, int srcPort, int dstPort) {
            int c = java.util.Arrays.compareUnsigned(d, srcOff, srcOff + addrLen, d, dstOff, dstOff + addrLen);
            return c < 0 || c == 0 && srcPort <= dstPort;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.ports == ports && k.a1 == a1 && k.b1 == b1 && k.a0 == a0
                    && k.b0 == b0 && k.addrLen == addrLen;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        private static long high(byte[] d, int off, int len) {
            return len == 16 ? word(d, off) : 0;
        }

        private static long low(byte[] d, int off, int len) {
            return len == 16 ? word(d, off + 8) : (word4(d, off));
        }

        private static long word(byte[] d, int off) {
            return word4(d, off) << 32 | word4(d, off + 4);
        }

        private static long word4(byte[] d, int off) {
            return ((d[off] & 0xffL) << 24) | ((d[off + 1] & 0xff) << 16) | ((d[off + 2] & 0xff) << 8)
                    | (d[off + 3] & 0xff);
        }
    }

    /** Whether the stream's ServerHello chose TLS 1.3 (so far in the capture). */
    boolean isTls13(int stream) {
        return stream >= 0 && tls13.get(stream);
    }

    void markTls13(int stream) {
        if (stream >= 0) {
            tls13.set(stream);
        }
    }
}
