package socketlab.decode;

/** IPv4 (RFC 791): every header field, the header checksum verified, options listed. */
public final class Ipv4Dissector {
    static final FieldDef VERSION = FieldDef.decimal("ip.version", "Version", "",
            "The IP version: 4 here. Routers read this first to know how to read the rest.");
    static final FieldDef HDR_LEN = FieldDef.decimal("ip.hdr_len", "Header Length", "bytes",
            "How long this header is: the 4-bit field counts 32-bit words, so 5 means 20 bytes (no options).");
    static final FieldDef DSFIELD = FieldDef.of("ip.dsfield", "Differentiated Services Field", FieldFormat.HEX,
            "The old Type of Service byte: a traffic class for routers that prioritise, and congestion marks.");
    static final FieldDef DSCP = FieldDef.named("ip.dsfield.dscp", "Differentiated Services Codepoint",
            Names::dscp, "The traffic class the sender asks for (0 is ordinary best effort; 46 is for voice).");
    static final FieldDef ECN = FieldDef.named("ip.dsfield.ecn", "Explicit Congestion Notification", Names::ecn,
            "Lets routers signal congestion without dropping packets, when both ends support it.");
    static final FieldDef LEN = FieldDef.decimal("ip.len", "Total Length", "bytes",
            "The whole IP packet, header plus data, in bytes; at most 65535.");
    static final FieldDef ID = FieldDef.of("ip.id", "Identification", FieldFormat.HEX,
            "A number the sender gives each packet, so that the fragments of one packet can be put back together.");
    static final FieldDef FLAGS = FieldDef.of("ip.flags", "Flags", FieldFormat.HEX,
            "Three bits about fragmentation: reserved, don't fragment, more fragments.");
    static final FieldDef FLAG_RB = FieldDef.of("ip.flags.rb", "Reserved bit", FieldFormat.FLAG,
            "Must be zero (RFC 3514's \"evil bit\" is a joke).");
    static final FieldDef FLAG_DF = FieldDef.of("ip.flags.df", "Don't fragment", FieldFormat.FLAG,
            "Routers must not split this packet; if it is too big for a link they drop it and send back ICMP"
                    + " \"fragmentation needed\", which is how path MTU discovery works.");
    static final FieldDef FLAG_MF = FieldDef.of("ip.flags.mf", "More fragments", FieldFormat.FLAG,
            "Set on every fragment of a split packet except the last.");
    static final FieldDef FRAG_OFFSET = FieldDef.decimal("ip.frag_offset", "Fragment Offset", "bytes",
            "Where this fragment's data belongs in the original packet; the 13-bit field counts 8-byte units.");
    static final FieldDef TTL = FieldDef.decimal("ip.ttl", "Time to Live", "",
            "Each router subtracts one and drops the packet at zero, so a packet caught in a routing loop"
                    + " cannot circle forever; traceroute uses this.");
    static final FieldDef PROTO = FieldDef.named("ip.proto", "Protocol", Names::ipProtocol,
            "Which protocol's header follows the IP header: 6 TCP, 17 UDP, 1 ICMP.");
    static final FieldDef CHECKSUM = FieldDef.of("ip.checksum", "Header Checksum", FieldFormat.HEX,
            "Covers the IP header only (not the data); every router recomputes it because the TTL changes.");
    static final FieldDef CHECKSUM_STATUS = FieldDef.of("ip.checksum.status", "Header checksum status",
            FieldFormat.TEXT, "Whether the header checksum matches the header: good, bad, or unverified.");
    public static final FieldDef SRC = FieldDef.of("ip.src", "Source Address", FieldFormat.IPV4,
            "The address of the machine that sent the packet.");
    public static final FieldDef DST = FieldDef.of("ip.dst", "Destination Address", FieldFormat.IPV4,
            "The address of the machine the packet is for; routers choose the next hop from it.");
    static final FieldDef OPTIONS = new FieldDef("ip.options", "Options", FieldFormat.BYTES, "", null,
            "Rarely used extras (record route, timestamps, router alert) between the fixed header and the data.");
    static final FieldDef OPT_TYPE = FieldDef.named("ip.opt.type", "Type", Names::ipOption,
            "Which option this is.");
    static final FieldDef OPT_LEN = FieldDef.decimal("ip.opt.len", "Length", "bytes",
            "The option's length, including the type and length bytes.");
    static final FieldDef OPT_DATA = new FieldDef("ip.opt.data", "Data", FieldFormat.BYTES, "", null,
            "The option's contents.");

    private Ipv4Dissector() {
    }

    static void register() {
        DissectorTables.etherType(EtherType.IPV4, (d, start, end) -> dissect(d, start));
    }

    static void dissect(Dissection d, int start) {
        LayerBuilder b = d.builder(start, d.data.length);
        long version = b.bits(VERSION, 0, 0, 4, 1);
        long hdrLen = b.bits(HDR_LEN, 0, 4, 4, 4);
        b.u8(DSFIELD, 1);
        b.nest();
        b.bits(DSCP, 1, 0, 6, 1);
        b.bits(ECN, 1, 6, 2, 1);
        b.unnest();
        long totalLen = b.u16(LEN, 2);
        b.u16(ID, 4);
        b.bits(FLAGS, 6, 0, 3, 1);
        b.nest();
        b.flag(FLAG_RB, 6, 0);
        b.flag(FLAG_DF, 6, 1);
        long mf = b.flag(FLAG_MF, 6, 2);
        b.unnest();
        long fragOffset = b.bits(FRAG_OFFSET, 6, 3, 13, 8);
        b.u8(TTL, 8);
        long proto = b.u8(PROTO, 9);
        long checksum = b.u16(CHECKSUM, 10);
        boolean headerValid = version == 4 && hdrLen >= 20;
        if (checksum >= 0 && headerValid && b.eager()) {
            boolean covered = b.has(0, (int) hdrLen);
            int expected = covered ? Checksums.expected(d.data, start, (int) hdrLen, start + 10, 0) : 0;
            Checksums.verdict(b, d, CHECKSUM_STATUS, covered, (int) checksum, expected);
        }
        boolean src = b.ipv4(SRC, 12);
        if (b.ipv4(DST, 16) && src) {
            d.ipVersion = 4;
            d.srcOffset = start + 12;
            d.dstOffset = start + 16;
        }
        if (headerValid && hdrLen > 20 && !b.cut()) {
            if (b.has(0, (int) hdrLen)) {
                options(b, (int) hdrLen);
            } else {
                b.bytes(OPTIONS, 20, (int) hdrLen - 20); // what was captured of them; marks the cut
            }
        }
        d.protocol(b.build(Protocol.IP, headerValid ? (int) hdrLen : 20));
        if (version >= 0 && version != 4) {
            d.malformed("IP version field says " + version + " in an IPv4 header", start);
            return;
        }
        if (hdrLen >= 0 && hdrLen < 20) {
            d.malformed("IPv4 header length " + hdrLen + " is less than the minimum of 20 bytes", start);
            return;
        }
        if (b.cut()) {
            d.malformed("IPv4 header cut short: " + b.available() + " of " + Math.max(20, hdrLen)
                    + " bytes captured", b.cutAt());
            return;
        }
        if (totalLen < hdrLen) {
            d.malformed("IPv4 total length " + totalLen + " is shorter than its own " + hdrLen + "-byte header",
                    start + 2);
            return;
        }
        int onWire = d.raw.originalLength() - start;
        if (totalLen > onWire) {
            d.malformed("IPv4 total length " + totalLen + " is more than the " + onWire
                    + " bytes left in the frame", start + (int) hdrLen);
            return;
        }
        int payload = start + (int) hdrLen;
        int end = start + (int) totalLen;
        d.fragment = mf == 1 || fragOffset > 0;
        if (fragOffset > 0) {
            d.payload(payload, end); // a later fragment: its data continues a header seen in the first one
            return;
        }
        Transport.dissect(d, (int) proto, payload, end);
    }

    private static void options(LayerBuilder b, int hdrLen) {
        b.bytes(OPTIONS, 20, hdrLen - 20);
        b.nest();
        int o = 20;
        while (o < hdrLen) {
            int type = b.u8(o);
            b.u8(OPT_TYPE, o);
            if (type == 0 || type == 1) {
                o++;
                if (type == 0) {
                    break;
                }
                continue;
            }
            if (o + 1 >= hdrLen) {
                break;
            }
            int len = b.u8(o + 1);
            b.u8(OPT_LEN, o + 1);
            if (len < 2 || o + len > hdrLen) {
                b.note("This length runs past the end of the header: the options are damaged.");
                break;
            }
            if (len > 2) {
                b.bytes(OPT_DATA, o + 2, len - 2);
            }
            o += len;
        }
        b.unnest();
    }
}
