package socketlab.decode;

/**
 * ICMPv6 (RFC 4443, RFC 4861): type, code, checksum verified over the pseudo-header, echo fields and the target of
 * neighbor discovery.
 */
final class Icmpv6Dissector {
    static final FieldDef TYPE = FieldDef.named("icmpv6.type", "Type", Names::icmpv6Type,
            "What kind of message: 128 echo request, 129 echo reply, 135/136 neighbor solicitation and"
                    + " advertisement (IPv6's ARP), 1 destination unreachable.");
    static final FieldDef CODE = FieldDef.decimal("icmpv6.code", "Code", "",
            "Details the type: for destination unreachable, 4 means no socket is bound to the port.");
    static final FieldDef CHECKSUM = FieldDef.of("icmpv6.checksum", "Checksum", FieldFormat.HEX,
            "Covers the message and a pseudo-header of the IPv6 addresses; unlike ICMP for IPv4 it is mandatory"
                    + " to include the addresses.");
    static final FieldDef CHECKSUM_STATUS = FieldDef.of("icmpv6.checksum.status", "Checksum Status",
            FieldFormat.TEXT, "Whether the checksum matches: good, bad, or unverified.");
    static final FieldDef ECHO_ID = FieldDef.decimal("icmpv6.echo.identifier", "Identifier", "",
            "Chosen by the pinging program so it can tell its replies from those of another ping.");
    static final FieldDef ECHO_SEQ = FieldDef.decimal("icmpv6.echo.sequence_number", "Sequence", "",
            "Counts the echo requests of one ping run; the reply carries the same number.");
    static final FieldDef RESERVED = FieldDef.of("icmpv6.reserved", "Reserved", FieldFormat.HEX,
            "Not used by this message type; zero.");
    static final FieldDef MTU = FieldDef.decimal("icmpv6.mtu", "MTU", "bytes",
            "The largest packet the next link takes; IPv6 routers never fragment, so the sender must send smaller.");
    static final FieldDef NA_FLAGS = FieldDef.of("icmpv6.nd.na.flag", "Flags", FieldFormat.HEX,
            "Router, Solicited (an answer to a solicitation) and Override (replace a cached address) bits.");
    static final FieldDef TARGET = FieldDef.of("icmpv6.nd.ns.target_address", "Target Address", FieldFormat.IPV6,
            "The IPv6 address whose link-layer (MAC) address is wanted.");
    static final FieldDef NA_TARGET = FieldDef.of("icmpv6.nd.na.target_address", "Target Address",
            FieldFormat.IPV6, "The IPv6 address whose link-layer (MAC) address this advertisement gives.");
    static final FieldDef OPTIONS = new FieldDef("icmpv6.opt", "ICMPv6 Options", FieldFormat.BYTES, "", null,
            "Neighbor discovery options, such as the sender's link-layer address.");

    private Icmpv6Dissector() {
    }

    static void register() {
        DissectorTables.ipNumber(IpNumber.ICMPV6, Icmpv6Dissector::dissect);
    }

    static void dissect(Dissection d, int start, int end) {
        LayerBuilder b = d.builder(start, end);
        long type = b.u8(TYPE, 0);
        long code = b.u8(CODE, 1);
        if (type == 1 && code >= 0) {
            b.note("Code " + code + ": " + Names.icmpv6UnreachableCode((int) code) + ".");
        }
        long checksum = b.u16(CHECKSUM, 2);
        int length = end - start;
        if (checksum >= 0 && b.eager()) {
            Checksums.verify(b, d, CHECKSUM_STATUS, start, length, 2, checksum, Checksums.pseudoHeader(d, 58, length));
        }
        int header = 8;
        switch ((int) type) {
            case 128, 129 -> {
                b.u16(ECHO_ID, 4);
                b.u16(ECHO_SEQ, 6);
            }
            case 2 -> b.u32(MTU, 4);
            case 135 -> {
                b.u32(RESERVED, 4);
                b.ipv6(TARGET, 8);
                header = 24;
            }
            case 136 -> {
                b.bits(NA_FLAGS, 4, 0, 3, 1);
                b.bits(RESERVED, 4, 3, 29, 1);
                b.ipv6(NA_TARGET, 8);
                header = 24;
            }
            case 133 -> b.u32(RESERVED, 4);
            default -> b.u32(RESERVED, 4);
        }
        if ((type == 135 || type == 136 || type == 133) && !b.cut() && end - start > header) {
            b.bytes(OPTIONS, header, end - start - header);
            header = end - start;
        }
        d.protocol(b.build(Protocol.ICMPV6, Math.min(header, Math.max(8, end - start))));
        if (b.cut()) {
            d.malformed("ICMPv6 message cut short: " + b.available() + " of " + header + " bytes captured",
                    b.cutAt());
            return;
        }
        d.payload(start + header, end);
    }
}
