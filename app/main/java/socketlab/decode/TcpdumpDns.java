package socketlab.decode;

/**
 * The DNS part of a tcpdump -nn line (without -v), written from the message's bytes as tcpdump's print-domain.c
 * reads them: {@code 39530+ [1au] A? www.example.lab. (56)} for a query, {@code 39530*- 2/1/2 CNAME web.example.lab.,
 * A 127.53.0.10 (111)} for a response. tcpdump's way with bad data is kept too (where it stops, what it prints
 * then), since the line must be its line on any capture.
 */
final class TcpdumpDns {
    private static final int T_A = 1;
    private static final int T_OPT = 41;
    private static final int MAX_NAME = 255;

    /** tcpdump gives up on the packet: it prints {@code [|domain]}. */
    private static final class Trunc extends RuntimeException {
        Trunc() {
            super(null, null, false, false);
        }
    }

    private final StringBuilder s;
    private final byte[] d;
    /** The end of what tcpdump may read: the captured end or the IP packet's end, whichever is first. */
    private final int snap;

    private TcpdumpDns(StringBuilder s, byte[] d, int snap) {
        this.s = s;
        this.d = d;
        this.snap = snap;
    }

    /**
     * @param bp     frame offset of the message (of its 2-byte length over TCP)
     * @param length the bytes the transport header says the message has
     * @param snap   the first frame offset tcpdump may not read
     */
    static void print(StringBuilder s, byte[] d, int bp, int length, int snap, boolean overTcp) {
        TcpdumpDns p = new TcpdumpDns(s, d, Math.min(snap, d.length));
        try {
            p.domain(bp, length, overTcp);
        } catch (Trunc t) {
            s.append(" [|domain]");
        }
    }

    private boolean has(int p, int n) {
        return p >= 0 && p + n <= snap;
    }

    private int u8(int p) {
        if (!has(p, 1)) {
            throw new Trunc();
        }
        return d[p] & 0xff;
    }

    private int u16(int p) {
        if (!has(p, 2)) {
            throw new Trunc();
        }
        return ((d[p] & 0xff) << 8) | (d[p + 1] & 0xff);
    }

    private long u32(int p) {
        return ((long) u16(p) << 16) | u16(p + 2);
    }

    private void domain(int bp, int length, boolean overTcp) {
        if (overTcp) {
            if (length < 2) {
                s.append(" [DNS over TCP: length ").append(length).append(" < 2] (invalid)");
                return;
            }
            length -= 2;
            int prefix = u16(bp);
            if (prefix != length) {
                s.append(" [prefix length(").append(prefix).append(") != length(").append(length)
                        .append(")] (invalid)");
                return;
            }
            bp += 2;
            s.append(' ');
        }
        if (length < 12) {
            s.append("domain [length ").append(length).append(" < 12] (invalid)");
            return;
        }
        if (!has(bp, 12)) {
            throw new Trunc();
        }
        int flags = u16(bp + 2);
        int qd = u16(bp + 4);
        int an = u16(bp + 6);
        int ns = u16(bp + 8);
        int ar = u16(bp + 10);
        int rcode = extendedRcode(bp, flags & 0xf, qd, an, ns, ar);
        int opcode = (flags >> 11) & 0xf;
        if ((flags & 0x8000) != 0) {
            s.append(u16(bp)).append(DnsNames.tcpdumpOpcode(opcode)).append(DnsNames.tcpdumpRcode(rcode))
                    .append((flags & 0x0400) != 0 ? "*" : "").append((flags & 0x0080) != 0 ? "" : "-")
                    .append((flags & 0x0200) != 0 ? "|" : "").append((flags & 0x0020) != 0 ? "$" : "");
            if (qd != 1) {
                s.append(" [").append(qd).append("q]");
            }
            int cp = bp + 12;
            for (int i = 0; i < qd; i++) {
                if (i != 0) {
                    s.append(',');
                }
                cp = skip(cp);
                if (cp < 0) {
                    throw new Trunc();
                }
                cp += 4;
            }
            s.append(' ').append(an).append('/').append(ns).append('/').append(ar);
            if (an > 0) {
                cp = record(cp, bp);
                if (cp < 0) {
                    throw new Trunc();
                }
                an--;
                while (cp < snap && an > 0) {
                    s.append(',');
                    cp = record(cp, bp);
                    if (cp < 0) {
                        throw new Trunc();
                    }
                    an--;
                }
            }
            if (an > 0) {
                throw new Trunc();
            }
        } else {
            s.append(u16(bp)).append(DnsNames.tcpdumpOpcode(opcode)).append((flags & 0x0100) != 0 ? "+" : "")
                    .append((flags & 0x0010) != 0 ? "%" : "");
            if ((flags & 0x6cf) != 0) {
                s.append(" [b2&3=0x").append(Integer.toHexString(flags)).append(']');
            }
            if (opcode == 1) {
                if (qd != 0) {
                    s.append(" [").append(qd).append("q]");
                }
                if (an != 1) {
                    s.append(" [").append(an).append("a]");
                }
            } else {
                if (an != 0) {
                    s.append(" [").append(an).append("a]");
                }
                if (qd != 1) {
                    s.append(" [").append(qd).append("q]");
                }
            }
            if (ns != 0) {
                s.append(" [").append(ns).append("n]");
            }
            if (ar != 0) {
                s.append(" [").append(ar).append("au]");
            }
            int cp = bp + 12;
            if (qd > 0) {
                cp = question(cp, bp);
                if (cp < 0) {
                    throw new Trunc();
                }
                qd--;
                while (cp < snap && qd > 0) {
                    cp = question(cp, bp);
                    if (cp < 0) {
                        throw new Trunc();
                    }
                    qd--;
                }
            }
            if (qd > 0) {
                throw new Trunc();
            }
        }
        s.append(" (").append(length).append(')');
    }

    /** The reply code with the high bits an OPT record among the additional records adds. */
    private int extendedRcode(int bp, int rcode, int qd, int an, int ns, int ar) {
        int cp = bp + 12;
        for (int i = 0; i < qd; i++) {
            if ((cp = skip(cp)) < 0) {
                return rcode;
            }
            cp += 4;
            if (cp >= snap) {
                return rcode;
            }
        }
        for (int i = 0; i < an + ns; i++) {
            if ((cp = skip(cp)) < 0) {
                return rcode;
            }
            cp += 8;
            if (cp + 2 > snap) {
                return rcode;
            }
            cp += 2 + u16(cp);
            if (cp >= snap) {
                return rcode;
            }
        }
        for (int i = 0; i < ar; i++) {
            if ((cp = skip(cp)) < 0 || cp + 2 > snap) {
                return rcode;
            }
            int type = u16(cp);
            cp += 4;
            if (cp + 1 > snap) {
                return rcode;
            }
            if (type == T_OPT) {
                return rcode | (u8(cp) << 4);
            }
            cp += 4;
            if (cp + 2 > snap) {
                return rcode;
            }
            cp += 2 + u16(cp);
            if (cp >= snap) {
                return rcode;
            }
        }
        return rcode;
    }

    /** The offset after a name (up to its first pointer), or -1 where tcpdump cannot skip it. */
    private int skip(int cp) {
        if (!has(cp, 1)) {
            return -1;
        }
        int i = d[cp++] & 0xff;
        while (i != 0) {
            switch (i & 0xc0) {
                case 0xc0 -> {
                    return cp + 1;
                }
                case 0x40 -> {
                    if ((i & 0x3f) != 1 || !has(cp, 1)) {
                        return -1;
                    }
                    int bitlen = d[cp] & 0xff;
                    cp += 1 + ((bitlen == 0 ? 256 : bitlen) + 7) / 8;
                }
                case 0x80 -> {
                    return -1;
                }
                default -> cp += i;
            }
            if (!has(cp, 1)) {
                return -1;
            }
            i = d[cp++] & 0xff;
        }
        return cp;
    }

    /** The length tcpdump gives the label at {@code cp}, or -1 (having said why, for a label type it rejects). */
    private int labelLength(int cp) {
        if (!has(cp, 1)) {
            return -1;
        }
        int i = d[cp] & 0xff;
        switch (i & 0xc0) {
            case 0x40 -> {
                int elt = i & 0x3f;
                if (elt != 1) {
                    s.append("<ELT ").append(elt).append('>');
                    return -1;
                }
                if (!has(cp + 1, 1)) {
                    return -1;
                }
                int bitlen = d[cp + 1] & 0xff;
                return ((bitlen == 0 ? 256 : bitlen) + 7) / 8 + 1;
            }
            case 0xc0, 0x00 -> {
                return i;
            }
            default -> {
                s.append("<BAD LABEL TYPE>");
                return -1;
            }
        }
    }

    /** Prints the name at {@code cp}; returns the offset after it where it is written, or -1. */
    private int name(int cp, int bp) {
        int l = labelLength(cp);
        if (l < 0 || !has(cp, 1)) {
            return -1;
        }
        int maxOffset = cp - bp;
        int i = d[cp++] & 0xff;
        boolean compress = false;
        int rp = -1;
        if ((i & 0xc0) != 0xc0) {
            rp = cp + l;
        }
        int nameChars = 0;
        if (i != 0) {
            while (i != 0 && cp < snap) {
                switch (i & 0xc0) {
                    case 0xc0 -> {
                        if (!compress) {
                            rp = cp + 1;
                            compress = true;
                        }
                        if (!has(cp, 1)) {
                            return -1;
                        }
                        int offset = ((i << 8) | (d[cp] & 0xff)) & 0x3fff;
                        if (offset >= maxOffset) {
                            s.append("<BAD PTR>");
                            return -1;
                        }
                        maxOffset = offset;
                        cp = bp + offset;
                        if (!has(cp, 1)) {
                            return -1;
                        }
                        i = d[cp] & 0xff;
                        if ((l = labelLength(cp)) < 0) {
                            return -1;
                        }
                        cp++;
                        continue;
                    }
                    case 0x40 -> {
                        int elt = i & 0x3f;
                        if (elt != 1) {
                            s.append("<ELT ").append(elt).append('>');
                            return -1;
                        }
                        if (bitLabel(cp) < 0) {
                            return -1;
                        }
                    }
                    case 0x80 -> {
                        s.append("<BAD LABEL TYPE>");
                        return -1;
                    }
                    default -> {
                        if (nameChars + l <= MAX_NAME) {
                            if (chars(cp, l)) {
                                return -1;
                            }
                        } else if (nameChars < MAX_NAME) {
                            if (chars(cp, MAX_NAME - nameChars)) {
                                return -1;
                            }
                        }
                        nameChars += l;
                    }
                }
                cp += l;
                if (nameChars <= MAX_NAME) {
                    s.append('.');
                }
                nameChars++;
                if (!has(cp, 1)) {
                    return -1;
                }
                i = d[cp] & 0xff;
                if ((l = labelLength(cp)) < 0) {
                    return -1;
                }
                cp++;
                if (!compress) {
                    rp += l + 1;
                }
            }
            if (nameChars > MAX_NAME) {
                s.append("<DOMAIN NAME TOO LONG>");
            }
        } else {
            s.append('.');
        }
        return rp;
    }

    /** An EDNS0 bit-string label as tcpdump writes it: {@code \[x0a/12]}. */
    private int bitLabel(int cp) {
        if (!has(cp, 1)) {
            return -1;
        }
        int bitlen = d[cp] & 0xff;
        if (bitlen == 0) {
            bitlen = 256;
        }
        int lim = cp + 1 + (bitlen + 3) / 4;
        s.append("\\[x");
        int bitp = cp + 1;
        int b = bitlen;
        for (; bitp < lim && b > 7; b -= 8, bitp++) {
            hex2(u8(bitp));
        }
        if (b > 4) {
            hex2(u8(bitp) & (0xff << (8 - b)) & 0xff);
        } else if (b > 0) {
            s.append(Character.forDigit(((u8(bitp) >> 4) & 0x0f) & (0x0f << (4 - b)) & 0x0f, 16));
        }
        s.append('/').append(bitlen).append(']');
        return lim;
    }

    private void hex2(int v) {
        s.append(Character.forDigit((v >> 4) & 15, 16)).append(Character.forDigit(v & 15, 16));
    }

    /** Prints up to {@code n} characters as tcpdump's nd_printn does; true when the capture ended first. */
    private boolean chars(int p, int n) {
        while (n > 0 && p < snap) {
            n--;
            int c = d[p++] & 0xff;
            if (c >= 0x80) {
                c &= 0x7f;
                s.append("M-");
            }
            if (c < 0x20 || c == 0x7f) {
                c ^= 0x40;
                s.append('^');
            }
            s.append((char) c);
        }
        return n != 0;
    }

    /** A question of a query: {@code  A? www.example.lab.}; -1 on a cut. */
    private int question(int cp, int bp) {
        int np = cp;
        cp = skip(cp);
        if (cp < 0 || !has(cp, 4)) {
            return -1;
        }
        s.append(' ').append(DnsNames.tcpdumpType(u16(cp)));
        int cls = u16(cp + 2);
        if (cls != 1) {
            s.append(' ').append(DnsNames.tcpdumpClass(cls));
        }
        s.append("? ");
        cp = name(np, bp);
        return cp < 0 ? -1 : cp + 4;
    }

    /** A record of a response: {@code  A 127.53.0.10}; -1 on a cut, {@link #snap} where the record cannot start. */
    private int record(int cp, int bp) {
        cp = skip(cp);
        if (cp < 0 || !has(cp, 10)) {
            return snap;
        }
        int type = u16(cp);
        int cls = u16(cp + 2);
        if (cls != 1 && type != T_OPT) {
            s.append(' ').append(DnsNames.tcpdumpClass(cls));
        }
        int optFlags = type == T_OPT ? u16(cp + 6) : 0;
        int len = u16(cp + 8);
        cp += 10;
        int rp = cp + len;
        s.append(' ').append(DnsNames.tcpdumpType(type));
        if (rp > snap) {
            return -1;
        }
        switch (type) {
            case T_A -> {
                if (!has(cp, 4)) {
                    return -1;
                }
                s.append(' ').append(d[cp] & 0xff).append('.').append(d[cp + 1] & 0xff).append('.')
                        .append(d[cp + 2] & 0xff).append('.').append(d[cp + 3] & 0xff);
            }
            case DnsNames.NS, DnsNames.CNAME, DnsNames.PTR, DnsNames.DNAME -> {
                s.append(' ');
                if (name(cp, bp) < 0) {
                    return -1;
                }
            }
            case DnsNames.MX -> {
                s.append(' ');
                if (!has(cp, 2) || name(cp + 2, bp) < 0) {
                    return -1;
                }
                s.append(' ').append(u16(cp));
            }
            case DnsNames.TXT -> {
                while (cp < rp) {
                    s.append(" \"");
                    if (!has(cp, 1)) {
                        return -1;
                    }
                    int n = d[cp] & 0xff;
                    if (chars(cp + 1, n)) {
                        return -1;
                    }
                    cp += 1 + n;
                    s.append('"');
                }
            }
            case DnsNames.SRV -> {
                s.append(' ');
                if (!has(cp, 6) || name(cp + 6, bp) < 0) {
                    return -1;
                }
                s.append(':').append(u16(cp + 4)).append(' ').append(u16(cp)).append(' ').append(u16(cp + 2));
            }
            case DnsNames.AAAA -> {
                if (!has(cp, 16)) {
                    return -1;
                }
                s.append(' ').append(AddressText.ipv6(d, cp));
            }
            case DnsNames.URI -> {
                if (!has(cp, len)) {
                    return -1;
                }
                s.append(' ').append(u16(cp)).append(' ').append(u16(cp + 2)).append(' ');
                if (chars(cp + 4, len - 4)) {
                    return -1;
                }
            }
            case T_OPT -> {
                s.append(" UDPsize=").append(cls);
                if ((optFlags & 0x8000) != 0) {
                    s.append(" DO");
                }
                if (cp < rp) {
                    s.append(" [");
                    while (cp < rp) {
                        cp = option(cp);
                        if (cp < 0) {
                            return -1;
                        }
                        if (cp < rp) {
                            s.append(',');
                        }
                    }
                    s.append(']');
                }
            }
            case DnsNames.UNSPECA -> {
                if (!has(cp, len) || chars(cp, len)) {
                    return -1;
                }
            }
            case DnsNames.TSIG -> {
                if (cp + len > snap) {
                    return -1;
                }
            }
            default -> {
            }
        }
        return rp;
    }

    /** One EDNS option of an OPT record printed among the answers; the generic hex form for all but a few. */
    private int option(int cp) {
        if (!has(cp, 2)) {
            return -1;
        }
        int code = u16(cp);
        s.append(DnsNames.ednsOption(code));
        if (!has(cp + 2, 2)) {
            return -1;
        }
        int len = u16(cp + 2);
        cp += 4;
        if (!has(cp, len)) {
            throw new Trunc();
        }
        if (len > 0) {
            s.append(' ');
            switch (code) {
                case 12 -> s.append('(').append(len).append(')');
                case 9 -> {
                    if (len != 4) {
                        s.append(" (invalid)");
                    } else {
                        s.append(u32(cp)).append(" sec");
                    }
                }
                case 10 -> {
                    if (len < 8 || (len > 8 && len < 16) || len > 40) {
                        s.append(" (invalid)");
                    } else {
                        for (int i = 0; i < len; i++) {
                            if (i == 8) {
                                s.append(' ');
                            }
                            hex2(d[cp + i] & 0xff);
                        }
                    }
                }
                default -> {
                    for (int i = 0; i < len; i++) {
                        hex2(d[cp + i] & 0xff);
                    }
                }
            }
        }
        return cp + len;
    }
}
