package socketlab.decode;

/**
 * TCP (RFC 9293): ports, raw and relative sequence numbers, each flag, window, the checksum verified over the
 * pseudo-header, the urgent pointer and the options MSS, window scale, SACK and timestamps.
 */
public final class TcpDissector {
    public static final FieldDef SRCPORT = FieldDef.decimal("tcp.srcport", "Source Port", "",
            "The sending socket's port. A client's port is usually chosen by the kernel (ephemeral).");
    public static final FieldDef DSTPORT = FieldDef.decimal("tcp.dstport", "Destination Port", "",
            "The receiving socket's port; a server's is the one it called bind() and listen() on.");
    public static final FieldDef STREAM = FieldDef.decimal("tcp.stream", "Stream index", "",
            "The lab numbers each connection in the capture from 0, in the order they first appear (both"
                    + " directions share the number).");
    public static final FieldDef LEN = FieldDef.decimal("tcp.len", "TCP Segment Len", "bytes",
            "How many bytes of application data this segment carries; each one uses one sequence number.");
    public static final FieldDef SEQ = FieldDef.decimal("tcp.seq", "Sequence Number", "(relative sequence number)",
            "The sequence number minus this direction's initial one (ISN), so a connection's first data byte is"
                    + " 1: the SYN itself uses number 0.");
    public static final FieldDef SEQ_RAW = FieldDef.decimal("tcp.seq_raw", "Sequence Number (raw)", "",
            "The number of the first data byte in this segment, counted from a random start (the ISN) that"
                    + " each side picks during the handshake.");
    static final FieldDef NXTSEQ = FieldDef.decimal("tcp.nxtseq", "Next Sequence Number",
            "(relative sequence number)", "The sequence number the sender will use next: this one plus the data"
                    + " length, plus one for a SYN or a FIN.");
    public static final FieldDef ACK = FieldDef.decimal("tcp.ack", "Acknowledgment Number", "(relative ack number)",
            "The acknowledgment number minus the other side's initial sequence number.");
    public static final FieldDef ACK_RAW = FieldDef.decimal("tcp.ack_raw", "Acknowledgment number (raw)", "",
            "The next sequence number the sender expects from the other side: everything before it has arrived."
                    + " Only meaningful when the ACK flag is set.");
    static final FieldDef HDR_LEN = FieldDef.decimal("tcp.hdr_len", "Header Length", "bytes",
            "How long the TCP header is, options included: the 4-bit data offset counts 32-bit words.");
    public static final FieldDef FLAGS = FieldDef.of("tcp.flags", "Flags", FieldFormat.HEX,
            "The control bits: SYN opens, FIN closes, RST aborts, ACK says the acknowledgment number is valid,"
                    + " PSH asks the receiver to deliver now.");
    static final FieldDef FLAG_RES = FieldDef.of("tcp.flags.res", "Reserved", FieldFormat.FLAG,
            "Reserved for future use; must be zero.");
    static final FieldDef FLAG_AE = FieldDef.of("tcp.flags.ae", "Accurate ECN", FieldFormat.FLAG,
            "Accurate ECN (formerly the ECN nonce); rarely set.");
    static final FieldDef FLAG_CWR = FieldDef.of("tcp.flags.cwr", "Congestion Window Reduced", FieldFormat.FLAG,
            "The sender slowed down after an ECN congestion signal.");
    static final FieldDef FLAG_ECE = FieldDef.of("tcp.flags.ece", "ECN-Echo", FieldFormat.FLAG,
            "Tells the other side a router signalled congestion (or, on a SYN, that ECN is supported).");
    static final FieldDef FLAG_URG = FieldDef.of("tcp.flags.urg", "Urgent", FieldFormat.FLAG,
            "The urgent pointer is valid (out-of-band data; almost never used).");
    static final FieldDef FLAG_ACK = FieldDef.of("tcp.flags.ack", "Acknowledgment", FieldFormat.FLAG,
            "The acknowledgment number is valid; set on every segment after the first SYN.");
    static final FieldDef FLAG_PUSH = FieldDef.of("tcp.flags.push", "Push", FieldFormat.FLAG,
            "Deliver the data to the application now; set on the last segment of one write().");
    public static final FieldDef FLAG_RESET = FieldDef.of("tcp.flags.reset", "Reset", FieldFormat.FLAG,
            "Abort the connection at once, e.g. a connect() to a port nobody listens on, or close() with unread"
                    + " data.");
    public static final FieldDef FLAG_SYN = FieldDef.of("tcp.flags.syn", "Syn", FieldFormat.FLAG,
            "Synchronise sequence numbers: the first two segments of the three-way handshake carry it.");
    public static final FieldDef FLAG_FIN = FieldDef.of("tcp.flags.fin", "Fin", FieldFormat.FLAG,
            "The sender has no more data: what shutdown() or close() sends. Each direction closes on its own.");
    public static final FieldDef WINDOW = FieldDef.decimal("tcp.window_size_value", "Window", "",
            "How many more bytes the sender can receive now (flow control), before scaling.");
    public static final FieldDef WINDOW_SIZE = FieldDef.decimal("tcp.window_size", "Calculated window size", "bytes",
            "The window in bytes: the field shifted left by the scale factor agreed in the handshake.");
    static final FieldDef CHECKSUM = FieldDef.of("tcp.checksum", "Checksum", FieldFormat.HEX,
            "Covers the TCP header, the data and a pseudo-header of the IP addresses and length.");
    static final FieldDef CHECKSUM_STATUS = FieldDef.of("tcp.checksum.status", "Checksum Status", FieldFormat.TEXT,
            "Whether the checksum matches: good, bad, or unverified.");
    static final FieldDef URGENT = FieldDef.decimal("tcp.urgent_pointer", "Urgent Pointer", "",
            "Where urgent data ends, when the URG flag is set; otherwise 0.");
    static final FieldDef OPTIONS = new FieldDef("tcp.options", "Options", FieldFormat.BYTES, "", null,
            "Extras agreed mostly during the handshake: maximum segment size, window scale, SACK, timestamps.");

    // Where each field of the fixed header starts, in bytes (RFC 9293, figure 1): the dissector and the tcpdump
    // line read the same places by these names.
    static final int AT_SRCPORT = 0;
    static final int AT_DSTPORT = 2;
    static final int AT_SEQ = 4;
    static final int AT_ACK = 8;
    /** The data offset (4 bits) and the flags (12 bits). */
    static final int AT_OFFSET_FLAGS = 12;
    static final int AT_WINDOW = 14;
    static final int AT_CHECKSUM = 16;
    static final int AT_URGENT = 18;
    static final int FIXED_HEADER = 20;

    private TcpDissector() {
    }

    static void register() {
        DissectorTables.ipNumber(IpNumber.TCP, TcpDissector::dissect);
    }

    static void dissect(Dissection d, int start, int end) {
        LayerBuilder b = d.builder(start, end);
        long srcPort = b.u16(SRCPORT, AT_SRCPORT);
        long dstPort = b.u16(DSTPORT, AT_DSTPORT);
        boolean fixed = b.has(0, FIXED_HEADER);
        int hdrLen = fixed ? (b.u8(AT_OFFSET_FLAGS) >>> 4) * 4 : 0;
        int segment = end - start;
        long payloadLen = fixed ? Math.max(0, segment - hdrLen) : 0;
        TcpInfo info = null;
        if (fixed && hdrLen >= 20 && hdrLen <= segment) {
            if (d.streams != null) {
                int flags = b.u16(AT_OFFSET_FLAGS) & 0x0fff;
                int scale = TcpOptions.windowScale(b, hdrLen);
                info = d.streams.observe(d.data, d.srcOffset, d.dstOffset, d.ipVersion == 6 ? 16 : 4,
                        (int) srcPort, (int) dstPort, b.u32(AT_SEQ), b.u32(AT_ACK), flags, (int) payloadLen,
                        b.u16(AT_WINDOW), scale);
                d.tcp = info;
            } else {
                info = d.tcp; // decoding again: what the state said when the frame came in order
            }
        }
        if (info != null) {
            b.generated(STREAM, info.stream());
            b.generated(LEN, payloadLen);
            b.span(SEQ, AT_SEQ, 4, info.seq(), null);
        }
        b.u32(SEQ_RAW, 4);
        if (info != null) {
            b.generated(NXTSEQ, info.nextSeq());
            b.span(ACK, AT_ACK, 4, info.ack(), null);
        }
        b.u32(ACK_RAW, 8);
        b.bits(HDR_LEN, AT_OFFSET_FLAGS, 0, 4, 4);
        b.bits(FLAGS, AT_OFFSET_FLAGS, 4, 12, 1);
        b.nest();
        b.bits(FLAG_RES, 12, 4, 3, 1);
        b.flag(FLAG_AE, 12, 7);
        b.flag(FLAG_CWR, 13, 0);
        b.flag(FLAG_ECE, 13, 1);
        b.flag(FLAG_URG, 13, 2);
        b.flag(FLAG_ACK, 13, 3);
        b.flag(FLAG_PUSH, 13, 4);
        b.flag(FLAG_RESET, 13, 5);
        b.flag(FLAG_SYN, 13, 6);
        b.flag(FLAG_FIN, 13, 7);
        b.unnest();
        b.u16(WINDOW, AT_WINDOW);
        if (info != null && info.windowSize() >= 0) {
            b.generated(WINDOW_SIZE, info.windowSize());
        }
        long checksum = b.u16(CHECKSUM, AT_CHECKSUM);
        if (checksum >= 0 && info != null && b.eager()) {
            Checksums.verify(b, d, CHECKSUM_STATUS, start, segment, 16, checksum,
                    Checksums.pseudoHeader(d, 6, segment));
            if (d.fragment) {
                b.note("The segment is split into IP fragments; the checksum covers all of them.");
            }
        }
        b.u16(URGENT, AT_URGENT);
        String optionProblem = null;
        if (info != null && hdrLen > 20) {
            b.bytes(OPTIONS, 20, hdrLen - 20);
            b.nest();
            optionProblem = TcpOptions.dissect(b, hdrLen, info.ackBase());
            b.unnest();
        }
        d.protocol(b.build(Protocol.TCP, fixed && hdrLen >= 20 ? hdrLen : 20));
        if (!fixed) {
            d.malformed("TCP header cut short: " + b.available() + " of 20 bytes captured", b.cutAt());
        } else if (hdrLen < 20) {
            d.malformed("TCP header length " + hdrLen + " is less than the minimum of 20 bytes", start + 12);
        } else if (hdrLen > segment) {
            d.malformed("TCP header length " + hdrLen + " is more than the " + segment
                    + " bytes the IP packet carries", start + 12);
        } else if (b.cut()) {
            d.malformed("TCP options cut short: " + b.available() + " of " + hdrLen + " header bytes captured",
                    b.cutAt());
        } else if (optionProblem != null) {
            d.malformed(optionProblem, start + hdrLen);
        } else {
            d.application(true, (int) srcPort, (int) dstPort, start + hdrLen, end);
        }
    }
}
