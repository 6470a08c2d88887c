package socketlab.decode;

/**
 * Reads a domain name of a DNS message (RFC 1035 4.1.4), following compression pointers. A pointer may only point
 * back, before the label that holds it, as BIND and tcpdump require: that alone makes a loop impossible, and the
 * reader says which rule a bad name breaks instead of following it.
 *
 * @param text    the name with dots and no final dot, {@code <Root>} for the root (Wireshark's words), or
 *                {@code null} when the text was not asked for
 * @param length  how many bytes the name takes where it is written (up to its end or its first pointer)
 * @param labels  how many labels it has
 * @param problem why the name cannot be read, or {@code null}
 * @param at      the frame offset of the byte the problem is at
 */
record DnsName(String text, int length, int labels, String problem, int at) {
    /** The longest name RFC 1035 allows, in bytes of its wire form. */
    private static final int MAX_NAME = 255;

    boolean ok() {
        return problem == null;
    }

    /**
     * @param data     the frame
     * @param message  the frame offset of the DNS message's first byte (the ID), which pointers count from
     * @param limit    the first frame offset after the message (or after what was captured of it)
     * @param at       the frame offset of the name
     * @param wantText whether to build the text (the lazy decoding pass only needs the length and the problems)
     */
    static DnsName read(byte[] data, int message, int limit, int at, boolean wantText) {
        StringBuilder s = wantText ? new StringBuilder(32) : null;
        int p = at;
        int length = -1;
        int labels = 0;
        int wire = 1;
        int floor = at; // a pointer must point before this: before every label read so far
        while (true) {
            if (p >= limit) {
                return bad(length < 0 ? "the name runs past the end of the message" : "a compressed name runs past"
                        + " the end of the message", Math.min(p, limit), length, labels);
            }
            int len = data[p] & 0xff;
            if (len == 0) {
                if (length < 0) {
                    length = p + 1 - at;
                }
                break;
            }
            switch (len & 0xc0) {
                case 0xc0 -> {
                    if (p + 1 >= limit) {
                        return bad("a compression pointer is cut short", p, length, labels);
                    }
                    int target = message + (((len & 0x3f) << 8) | (data[p + 1] & 0xff));
                    if (length < 0) {
                        length = p + 2 - at;
                    }
                    if (target >= limit) {
                        return bad("a compression pointer points past the end of the message (to byte "
                                + (target - message) + ")", p, length, labels);
                    }
                    if (target >= floor) {
                        return bad("a compression pointer points forward or to itself (to byte " + (target - message)
                                + "), which would loop", p, length, labels);
                    }
                    floor = target;
                    p = target;
                }
                case 0x00 -> {
                    if (p + 1 + len > limit) {
                        return bad("a label of the name runs past the end of the message", p, length, labels);
                    }
                    wire += len + 1;
                    if (wire > MAX_NAME) {
                        return bad("the name is longer than the 255 bytes DNS allows", p, length, labels);
                    }
                    if (s != null) {
                        if (!s.isEmpty()) {
                            s.append('.');
                        }
                        label(s, data, p + 1, len);
                    }
                    labels++;
                    p += 1 + len;
                }
                default -> {
                    return bad("a label starts with the reserved bits " + ((len >> 6) == 1 ? "01" : "10"), p,
                            length, labels);
                }
            }
        }
        String text = s == null ? null : s.isEmpty() ? "<Root>" : s.toString();
        return new DnsName(text, length, labels, null, at);
    }

    private static DnsName bad(String why, int at, int length, int labels) {
        return new DnsName(null, length, labels, why, at);
    }

    /** A label's bytes as text: printable ASCII as it is, anything else as {@code \DDD} (RFC 4343's escape). */
    private static void label(StringBuilder s, byte[] data, int from, int len) {
        for (int i = from; i < from + len; i++) {
            int c = data[i] & 0xff;
            if (c > 0x20 && c < 0x7f) {
                s.append((char) c);
            } else {
                s.append('\\').append(String.format("%03d", c));
            }
        }
    }
}
