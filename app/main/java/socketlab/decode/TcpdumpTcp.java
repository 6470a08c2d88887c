package socketlab.decode;

import java.util.HashMap;
import java.util.Map;

/**
 * The TCP part of a tcpdump -nn line, with tcpdump's own relative sequence numbers: tcpdump remembers a
 * connection's numbers from the first segment with ACK set (or from a SYN) and prints later numbers relative to
 * them, which differs from Wireshark's scheme on purpose: the lab matches each tool in its own view.
 */
final class TcpdumpTcp {
    private static final long MASK = 0xffff_ffffL;
    private static final String FLAG_LETTERS = "FSRP.UEW";

    /** "Flags [S.]" for each value of the nine flag bits tcpdump prints, made once rather than letter by letter. */
    private static final String[] FLAGS = new String[512];

    static {
        for (int flags = 0; flags < FLAGS.length; flags++) {
            StringBuilder s = new StringBuilder("Flags [");
            if (flags == 0) {
                s.append("none");
            }
            for (int i = 0; i < 8; i++) {
                if ((flags & (1 << i)) != 0) {
                    s.append(FLAG_LETTERS.charAt(i));
                }
            }
            if ((flags & 0x100) != 0) {
                s.append('e');
            }
            FLAGS[flags] = s.append(']').toString();
        }
    }

    private final Map<Key, long[]> bases = new HashMap<>();
    private Key lastKey;
    private long[] lastBases;

    /** Appends "src.port > dst.port: Flags [..], ..." for a TCP layer, reading the header's bytes directly. */
    void append(StringBuilder s, Frame f, Layer ip, Layer tcp) {
        byte[] d = f.data();
        int o = tcp.offset();
        if (o + TcpDissector.AT_SEQ > d.length) { // both ports
            SummaryLine.addresses(s, f, ip);
            s.append(": [|tcp]");
            return;
        }
        int sport = u16(d, o + TcpDissector.AT_SRCPORT);
        int dport = u16(d, o + TcpDissector.AT_DSTPORT);
        SummaryLine.address(s, f, ip, true);
        s.append('.').append(sport).append(" > ");
        SummaryLine.address(s, f, ip, false);
        s.append('.').append(dport).append(": ");
        if (o + TcpDissector.FIXED_HEADER > d.length) {
            s.append(" [|tcp]");
            return;
        }
        int hlen = (d[o + TcpDissector.AT_OFFSET_FLAGS] & 0xf0) >>> 2;
        int length = segmentLength(f, ip, tcp);
        if (hlen < TcpDissector.FIXED_HEADER) {
            s.append(" tcp ").append(length - hlen).append(" [bad hdr length ").append(hlen)
                    .append(" - too short, < 20]");
            return;
        }
        long seq = u32(d, o + TcpDissector.AT_SEQ);
        long ack = u32(d, o + TcpDissector.AT_ACK);
        int flags = u16(d, o + TcpDissector.AT_OFFSET_FLAGS) & 0x0fff;
        s.append(FLAGS[flags & 0x1ff]);
        boolean rev = false;
        long thSeq = 0;
        long thAck = 0;
        if ((flags & 0x10) != 0) {
            int addrLen = ip.is(Protocol.IPV6) ? 16 : 4;
            int srcOff = ip.offset() + (addrLen == 16 ? 8 : 12);
            int dstOff = ip.offset() + (addrLen == 16 ? 24 : 16);
            if (sport > dport) {
                rev = true;
            } else if (sport == dport) {
                rev = java.util.Arrays.compareUnsigned(d, srcOff, srcOff + addrLen, d, dstOff, dstOff + addrLen) > 0;
            }
            Key key = rev ? Key.of(d, dstOff, srcOff, addrLen, dport, sport)
                    : Key.of(d, srcOff, dstOff, addrLen, sport, dport);
            // Segments come in bursts of one connection: the last one looked up is usually the one wanted.
            long[] th = key.equals(lastKey) ? lastBases : bases.get(key);
            if (th == null || (flags & 0x02) != 0) {
                th = new long[2];
                if (rev) {
                    th[1] = seq;
                    th[0] = (ack - 1) & MASK;
                } else {
                    th[0] = seq;
                    th[1] = (ack - 1) & MASK;
                }
                bases.put(key, th);
            } else if (rev) {
                seq = (seq - th[1]) & MASK;
                ack = (ack - th[0]) & MASK;
            } else {
                seq = (seq - th[0]) & MASK;
                ack = (ack - th[1]) & MASK;
            }
            thSeq = th[0];
            thAck = th[1];
            lastKey = key;
            lastBases = th;
        }
        if (hlen > length) {
            s.append(" [bad hdr length ").append(hlen).append(" - too long, > ").append(length).append(']');
            return;
        }
        int payload = length - hlen;
        if (payload > 0 || (flags & 0x07) != 0) {
            s.append(", seq ").append(seq);
            if (payload > 0) {
                s.append(':').append((seq + payload) & MASK);
            }
        }
        if ((flags & 0x10) != 0) {
            s.append(", ack ").append(ack);
        }
        s.append(", win ").append(u16(d, o + TcpDissector.AT_WINDOW));
        if ((flags & 0x20) != 0) {
            s.append(", urg ").append(u16(d, o + TcpDissector.AT_URGENT));
        }
        if (hlen > TcpDissector.FIXED_HEADER) {
            s.append(", options [");
            if (!options(s, d, o + TcpDissector.FIXED_HEADER, o + hlen, rev, thSeq, thAck)) {
                return;
            }
            s.append(']');
        }
        s.append(", length ").append(payload);
        if (payload > 0) {
            // tcpdump reads no further than the IP packet's end
            if (TcpdumpHttp.ports(sport, dport)) {
                s.append(": ");
                TcpdumpHttp.print(s, d, o + hlen, payload, o + length);
            } else if (sport == 53 || dport == 53) {
                TcpdumpDns.print(s, d, o + hlen, payload, o + length, true);
            }
        }
    }

    /** Bytes of the TCP segment according to the IP header. */
    static int segmentLength(Frame f, Layer ip, Layer tcp) {
        byte[] d = f.data();
        int lengthField = u16(d, ip.offset() + (ip.is(Protocol.IPV6) ? 4 : 2));
        return ip.is(Protocol.IPV6) ? ip.offset() + 40 + lengthField - tcp.offset()
                : ip.offset() + lengthField - tcp.offset();
    }

    /** tcpdump's option list; false when it ended in "[bad opt]" or a cut, after which nothing more is printed. */
    private static boolean options(StringBuilder s, byte[] d, int o, int end, boolean rev, long thSeq, long thAck) {
        boolean first = true;
        int limit = Math.min(end, d.length);
        while (o < end) {
            if (!first) {
                s.append(',');
            }
            first = false;
            if (o >= limit) {
                s.append(" [|tcp]");
                return false;
            }
            int opt = d[o] & 0xff;
            int len;
            if (opt == 0 || opt == 1) {
                len = 1;
            } else {
                if (o + 1 >= limit) {
                    s.append(" [|tcp]");
                    return false;
                }
                len = d[o + 1] & 0xff;
                if (len < 2 || len > end - o) {
                    s.append("[bad opt]]");
                    return false;
                }
            }
            s.append(optionName(opt));
            int cp = o + (len == 1 ? 1 : 2);
            int datalen = 0;
            if (o + len > limit) {
                s.append(" [|tcp]");
                return false;
            }
            switch (opt) {
                case 2 -> {
                    datalen = 2;
                    if (len - 2 < datalen) {
                        s.append("[bad opt]]");
                        return false;
                    }
                    s.append(' ').append(u16(d, cp));
                }
                case 3 -> {
                    datalen = 1;
                    if (len - 2 < datalen) {
                        s.append("[bad opt]]");
                        return false;
                    }
                    s.append(' ').append(d[cp] & 0xff);
                }
                case 5 -> {
                    datalen = len - 2;
                    if (datalen % 8 != 0) {
                        s.append(" invalid sack");
                    } else {
                        s.append(' ').append(datalen / 8).append(' ');
                        for (int i = 0; i < datalen; i += 8) {
                            long st = u32(d, cp + i);
                            long en = u32(d, cp + i + 4);
                            long base = rev ? thSeq : thAck;
                            s.append('{').append((st - base) & MASK).append(':').append((en - base) & MASK)
                                    .append('}');
                        }
                    }
                }
                case 8 -> {
                    datalen = 8;
                    if (len - 2 < datalen) {
                        s.append("[bad opt]]");
                        return false;
                    }
                    s.append(" val ").append(u32(d, cp)).append(" ecr ").append(u32(d, cp + 4));
                }
                case 0, 1, 4 -> datalen = 0;
                default -> {
                    datalen = len - 2;
                    for (int i = 0; i < datalen; i++) {
                        s.append(Character.forDigit((d[cp + i] >> 4) & 15, 16))
                                .append(Character.forDigit(d[cp + i] & 15, 16));
                    }
                }
            }
            int counted = datalen + 1 + (opt == 0 || opt == 1 ? 0 : 1);
            if (counted != len) {
                s.append("[len ").append(len).append(']');
            }
            o += len;
            if (opt == 0) {
                break;
            }
        }
        return true;
    }

    private static String optionName(int opt) {
        return switch (opt) {
            case 0 -> "eol";
            case 1 -> "nop";
            case 2 -> "mss";
            case 3 -> "wscale";
            case 4 -> "sackOK";
            case 5 -> "sack";
            case 6 -> "echo";
            case 7 -> "echoreply";
            case 8 -> "TS";
            case 11 -> "cc";
            case 12 -> "ccnew";
            case 13 -> "";
            case 19 -> "md5";
            case 20 -> "scps";
            case 28 -> "uto";
            case 29 -> "tcp-ao";
            case 30 -> "mptcp";
            case 34 -> "tfo";
            case 254 -> "exp";
            default -> "unknown-" + opt;
        };
    }

    private static int u16(byte[] d, int o) {
        return ((d[o] & 0xff) << 8) | (d[o + 1] & 0xff);
    }

    private static long u32(byte[] d, int o) {
        return ((long) u16(d, o) << 16) | u16(d, o + 2);
    }

    /** tcpdump's key: the two endpoints in its order (the lower port first). */
    private static final class Key {
        private final int addrLen;
        private final long s0;
        private final long s1;
        private final long d0;
        private final long d1;
        private final int ports;
        private final int hash;

        private Key(int addrLen, long s0, long s1, long d0, long d1, int ports) {
            this.addrLen = addrLen;
            this.s0 = s0;
            this.s1 = s1;
            this.d0 = d0;
            this.d1 = d1;
            this.ports = ports;
            this.hash = TcpStreams.hash(addrLen, s0, s1, d0, d1, ports);
        }

        static Key of(byte[] d, int srcOff, int dstOff, int addrLen, int sport, int dport) {
            return new Key(addrLen, word(d, srcOff, addrLen, 0), word(d, srcOff, addrLen, 1),
                    word(d, dstOff, addrLen, 0), word(d, dstOff, addrLen, 1), sport << 16 | dport);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.ports == ports && k.s1 == s1 && k.d1 == d1 && k.s0 == s0
                    && k.d0 == d0 && k.addrLen == addrLen;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        private static long word(byte[] d, int off, int len, int which) {
            if (len == 4) {
                return which == 0 ? 0 : u32(d, off);
            }
            int o = off + which * 8;
            return u32(d, o) << 32 | u32(d, o + 4);
        }
    }
}
