package socketlab.decode;

/** TCP options: each one as a span with its kind, length and values underneath. */
final class TcpOptions {
    static final FieldDef KIND = FieldDef.named("tcp.option_kind", "Kind", Names::tcpOption,
            "Which option this is: 2 MSS, 3 window scale, 4 SACK permitted, 5 SACK, 8 timestamps, 1 padding.");
    static final FieldDef LEN = FieldDef.decimal("tcp.option_len", "Length", "bytes",
            "The option's length, including the kind and length bytes.");
    static final FieldDef NOP = FieldDef.of("tcp.options.nop", "No-Operation (NOP)", FieldFormat.TEXT,
            "One byte of padding that lines the next option up on a 4-byte boundary.");
    static final FieldDef EOL = FieldDef.of("tcp.options.eol", "End of Option List (EOL)", FieldFormat.TEXT,
            "Marks the end of the options; the rest of the header is padding.");
    static final FieldDef MSS = FieldDef.of("tcp.options.mss", "Maximum segment size", FieldFormat.TEXT,
            "Sent only with SYN: the largest segment the sender wants to receive.");
    static final FieldDef MSS_VAL = FieldDef.decimal("tcp.options.mss_val", "MSS Value", "bytes",
            "The largest amount of data in one segment the sender can receive: usually the link MTU minus the IP"
                    + " and TCP headers (1460 on Ethernet, 65495 on loopback).");
    static final FieldDef WSCALE = FieldDef.of("tcp.options.wscale", "Window scale", FieldFormat.TEXT,
            "Sent only with SYN: lets the 16-bit window field describe windows larger than 64 KiB.");
    static final FieldDef WSCALE_SHIFT = FieldDef.decimal("tcp.options.wscale.shift", "Shift count", "",
            "The sender's later window fields are to be shifted left by this many bits (multiplied by 2^shift);"
                    + " it applies only if both sides send the option.");
    static final FieldDef WSCALE_MULTIPLIER = FieldDef.decimal("tcp.options.wscale.multiplier", "Multiplier", "",
            "2 to the power of the shift count.");
    static final FieldDef SACK_PERM = FieldDef.of("tcp.options.sack_perm", "TCP SACK Permitted Option",
            FieldFormat.FLAG, "Sent only with SYN: the sender understands selective acknowledgments.");
    static final FieldDef SACK = FieldDef.of("tcp.options.sack", "SACK", FieldFormat.TEXT,
            "Selective acknowledgment: ranges that arrived after a gap, so only the missing bytes are resent.");
    static final FieldDef SACK_LE = FieldDef.decimal("tcp.options.sack_le", "left edge", "(relative)",
            "First sequence number of a block that arrived, counted from the other side's initial sequence number"
                    + " as the acknowledgment number is.");
    static final FieldDef SACK_RE = FieldDef.decimal("tcp.options.sack_re", "right edge", "(relative)",
            "Sequence number just after that block, counted as the left edge is.");
    static final FieldDef TIMESTAMP = FieldDef.of("tcp.options.timestamp", "Timestamps", FieldFormat.TEXT,
            "Lets each side measure the round-trip time and reject very old duplicate segments (RFC 7323).");
    static final FieldDef TSVAL = FieldDef.decimal("tcp.options.timestamp.tsval", "Timestamp value", "",
            "The sender's clock, in its own units (often milliseconds) when it sent the segment.");
    static final FieldDef TSECR = FieldDef.decimal("tcp.options.timestamp.tsecr", "Timestamp echo reply", "",
            "The last timestamp value received from the other side, sent back so it can measure the round trip.");
    static final FieldDef OTHER = FieldDef.of("tcp.options.unknown", "Option", FieldFormat.TEXT,
            "An option the lab does not decode further.");
    static final FieldDef OTHER_DATA = new FieldDef("tcp.options.unknown.payload", "Payload", FieldFormat.BYTES, "",
            null, "The option's contents.");

    private TcpOptions() {
    }

    private static void edge(LayerBuilder b, FieldDef def, int off, long ackBase) {
        if (ackBase < 0 || !b.has(off, 4)) {
            b.u32(def, off);
        } else {
            b.span(def, off, 4, (b.u32(off) - ackBase) & 0xffff_ffffL, null);
        }
    }

    /** The window scale shift in the options, -1 when there is none; never reads past what is captured. */
    static int windowScale(LayerBuilder b, int hdrLen) {
        int o = 20;
        while (o < hdrLen && b.has(o, 1)) {
            int kind = b.u8(o);
            if (kind == 0) {
                return -1;
            }
            if (kind == 1) {
                o++;
                continue;
            }
            if (!b.has(o + 1, 1)) {
                return -1;
            }
            int len = b.u8(o + 1);
            if (len < 2) {
                return -1;
            }
            if (kind == 3 && len == 3 && o + 3 <= hdrLen && b.has(o + 2, 1)) {
                return Math.min(14, b.u8(o + 2));
            }
            o += len;
        }
        return -1;
    }

    /**
     * Adds the option fields; returns why the options are inconsistent, or {@code null}. SACK edges are
     * acknowledgment numbers: counted from {@code ackBase}, the other direction's initial sequence number, as
     * {@code tcp.ack} is (raw while it is not known, -1).
     */
    static String dissect(LayerBuilder b, int hdrLen, long ackBase) {
        int o = 20;
        while (o < hdrLen) {
            if (!b.has(o, 1)) {
                b.u8(KIND, o); // marks the cut
                return null;
            }
            int kind = b.u8(o);
            if (kind == 0 || kind == 1) {
                b.span(kind == 0 ? EOL : NOP, o, 1, 0, kind == 0 ? EOL.label() : NOP.label());
                b.nest();
                b.u8(KIND, o);
                b.unnest();
                o++;
                if (kind == 0) {
                    return null;
                }
                continue;
            }
            if (o + 1 >= hdrLen) {
                return "TCP option " + kind + " has no room for its length byte";
            }
            if (!b.has(o + 1, 1)) {
                b.u8(LEN, o + 1);
                return null;
            }
            int len = b.u8(o + 1);
            if (len < 2 || o + len > hdrLen) {
                return "TCP option " + kind + " claims " + len + " bytes but " + (hdrLen - o)
                        + " are left in the header";
            }
            one(b, kind, o, len, ackBase);
            if (b.cut()) {
                return null;
            }
            o += len;
        }
        return null;
    }

    private static void one(LayerBuilder b, int kind, int o, int len, long ackBase) {
        // Texts are made only when fields are kept: a lazy decoding walks the options just to find their structure.
        boolean has = b.has(o, len);
        boolean text = b.eager() && has;
        switch (kind) {
            case 2 -> {
                if (len == 4) {
                    b.span(MSS, o, len, 0, text ? "Maximum segment size: " + b.u16(o + 2) + " bytes" : "cut short");
                    b.nest();
                    kindLen(b, o);
                    b.u16(MSS_VAL, o + 2);
                    b.unnest();
                    return;
                }
            }
            case 3 -> {
                if (len == 3) {
                    int shift = has ? b.u8(o + 2) : 0;
                    b.span(WSCALE, o, len, 0, text ? "Window scale: " + shift + " (multiply by " + (1 << Math.min(14,
                            shift)) + ")" : "cut short");
                    b.nest();
                    kindLen(b, o);
                    if (b.u8(WSCALE_SHIFT, o + 2) >= 0) {
                        b.generated(WSCALE_MULTIPLIER, 1L << Math.min(14, shift));
                    }
                    b.unnest();
                    return;
                }
            }
            case 4 -> {
                if (len == 2) {
                    b.span(SACK_PERM, o, len, 1, null);
                    b.nest();
                    kindLen(b, o);
                    b.unnest();
                    return;
                }
            }
            case 5 -> {
                if ((len - 2) % 8 == 0) {
                    int blocks = (len - 2) / 8;
                    b.span(SACK, o, len, 0, b.eager() ? "SACK: " + blocks + " block" + (blocks == 1 ? "" : "s") : null);
                    b.nest();
                    kindLen(b, o);
                    for (int e = o + 2; e + 8 <= o + len; e += 8) {
                        edge(b, SACK_LE, e, ackBase);
                        edge(b, SACK_RE, e + 4, ackBase);
                    }
                    b.unnest();
                    return;
                }
            }
            case 8 -> {
                if (len == 10) {
                    b.span(TIMESTAMP, o, len, 0, text ? "TSval " + b.u32(o + 2) + ", TSecr " + b.u32(o + 6)
                            : "cut short");
                    b.nest();
                    kindLen(b, o);
                    b.u32(TSVAL, o + 2);
                    b.u32(TSECR, o + 6);
                    b.unnest();
                    return;
                }
            }
            default -> {
            }
        }
        b.span(OTHER, o, len, 0, b.eager() ? Names.tcpOption(kind) + " (kind " + kind + "), " + len + " bytes" : null);
        b.nest();
        kindLen(b, o);
        if (len > 2) {
            b.bytes(OTHER_DATA, o + 2, len - 2);
        }
        b.unnest();
    }

    private static void kindLen(LayerBuilder b, int o) {
        b.u8(KIND, o);
        b.u8(LEN, o + 1);
    }
}
