package socketlab.decode;

/** ICMP for IPv4 (RFC 792): type, code, checksum verified, and the echo identifier and sequence number. */
final class IcmpDissector {
    static final FieldDef TYPE = FieldDef.named("icmp.type", "Type", Names::icmpType,
            "What kind of message: 8 echo request (ping), 0 echo reply, 3 destination unreachable, 11 time exceeded.");
    static final FieldDef CODE = FieldDef.decimal("icmp.code", "Code", "",
            "Details the type: for destination unreachable, 3 means no socket is bound to the port, 1 the host did"
                    + " not answer.");
    static final FieldDef CHECKSUM = FieldDef.of("icmp.checksum", "Checksum", FieldFormat.HEX,
            "Covers the whole ICMP message (no pseudo-header in IPv4).");
    static final FieldDef CHECKSUM_STATUS = FieldDef.of("icmp.checksum.status", "Checksum Status", FieldFormat.TEXT,
            "Whether the checksum matches: good, bad, or unverified.");
    static final FieldDef IDENT = FieldDef.decimal("icmp.ident", "Identifier", "",
            "Chosen by the pinging program so it can tell its replies from those of another ping.");
    static final FieldDef SEQ = FieldDef.decimal("icmp.seq", "Sequence Number", "",
            "Counts the echo requests of one ping run (1, 2, 3 ...); the reply carries the same number.");
    static final FieldDef UNUSED = FieldDef.of("icmp.unused", "Unused", FieldFormat.HEX,
            "Not used by this message type; zero.");
    static final FieldDef MTU = FieldDef.decimal("icmp.mtu", "MTU of next hop", "bytes",
            "The largest packet the next link takes: the sender should send smaller packets (path MTU discovery).");
    static final FieldDef GATEWAY = FieldDef.of("icmp.redir_gw", "Gateway Address", FieldFormat.IPV4,
            "The better router to use for this destination.");
    static final FieldDef REST = FieldDef.of("icmp.rest", "Rest of header", FieldFormat.HEX,
            "Four bytes whose meaning depends on the type.");

    private IcmpDissector() {
    }

    static void register() {
        DissectorTables.ipNumber(IpNumber.ICMP, IcmpDissector::dissect);
    }

    static void dissect(Dissection d, int start, int end) {
        LayerBuilder b = d.builder(start, end);
        long type = b.u8(TYPE, 0);
        long code = b.u8(CODE, 1);
        if (type == 3 && code >= 0) {
            b.note("Code " + code + ": " + Names.icmpUnreachableCode((int) code) + ".");
        }
        long checksum = b.u16(CHECKSUM, 2);
        if (checksum >= 0 && b.eager()) {
            Checksums.verify(b, d, CHECKSUM_STATUS, start, end - start, 2, checksum, 0);
        }
        switch ((int) type) {
            case 0, 8, 13, 14, 17, 18 -> {
                b.u16(IDENT, 4);
                b.u16(SEQ, 6);
            }
            case 3 -> {
                if (code == 4) {
                    b.u16(UNUSED, 4);
                    b.u16(MTU, 6);
                } else {
                    b.u32(UNUSED, 4);
                }
            }
            case 11, 4 -> b.u32(UNUSED, 4);
            case 5 -> b.ipv4(GATEWAY, 4);
            default -> b.u32(REST, 4);
        }
        d.protocol(b.build(Protocol.ICMP, 8));
        if (b.cut()) {
            d.malformed("ICMP header cut short: " + b.available() + " of 8 bytes captured", b.cutAt());
            return;
        }
        // The data of an echo, or the start of the packet an error message is about.
        d.payload(start + 8, end);
    }
}
