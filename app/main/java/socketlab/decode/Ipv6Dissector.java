package socketlab.decode;

/** IPv6 (RFC 8200): the fixed header and the extension headers (hop-by-hop, routing, fragment, destination). */
public final class Ipv6Dissector {
    static final FieldDef VERSION = FieldDef.decimal("ipv6.version", "Version", "",
            "The IP version: 6 here.");
    static final FieldDef TCLASS = FieldDef.of("ipv6.tclass", "Traffic Class", FieldFormat.HEX,
            "Like IPv4's DS field: a traffic class for routers that prioritise, and congestion marks.");
    static final FieldDef TCLASS_DSCP = FieldDef.named("ipv6.tclass.dscp", "Differentiated Services Codepoint",
            Names::dscp, "The traffic class the sender asks for (0 is ordinary best effort).");
    static final FieldDef TCLASS_ECN = FieldDef.named("ipv6.tclass.ecn", "Explicit Congestion Notification",
            Names::ecn, "Lets routers signal congestion without dropping packets.");
    static final FieldDef FLOW = FieldDef.of("ipv6.flow", "Flow Label", FieldFormat.HEX,
            "Marks packets of one flow so routers can keep them on one path; often a hash of the ports.");
    static final FieldDef PLEN = FieldDef.decimal("ipv6.plen", "Payload Length", "bytes",
            "The bytes after this 40-byte header (extension headers included); unlike IPv4, the header is not"
                    + " counted.");
    static final FieldDef NXT = FieldDef.named("ipv6.nxt", "Next Header", Names::ipProtocol,
            "Which header follows: 6 TCP, 17 UDP, 58 ICMPv6, or an extension header.");
    static final FieldDef HLIM = FieldDef.decimal("ipv6.hlim", "Hop Limit", "",
            "IPv6's TTL: each router subtracts one and drops the packet at zero.");
    public static final FieldDef SRC = FieldDef.of("ipv6.src", "Source Address", FieldFormat.IPV6,
            "The address of the machine that sent the packet (::1 is loopback).");
    public static final FieldDef DST = FieldDef.of("ipv6.dst", "Destination Address", FieldFormat.IPV6,
            "The address of the machine the packet is for.");
    static final FieldDef EXT_NXT = FieldDef.named("ipv6.ext.nxt", "Next Header", Names::ipProtocol,
            "Which header follows this extension header.");
    static final FieldDef EXT_LEN = FieldDef.decimal("ipv6.ext.len", "Length", "",
            "The extension header's length in 8-byte units, not counting the first 8 bytes.");
    static final FieldDef EXT_DATA = new FieldDef("ipv6.ext.data", "Extension data", FieldFormat.BYTES, "", null,
            "Options carried by a hop-by-hop, routing or destination options header.");
    static final FieldDef FRAG_OFFSET = FieldDef.decimal("ipv6.fraghdr.offset", "Offset", "bytes",
            "Where this fragment's data belongs in the original packet; the field counts 8-byte units.");
    static final FieldDef FRAG_MORE = FieldDef.of("ipv6.fraghdr.more", "More Fragments", FieldFormat.FLAG,
            "Set on every fragment except the last.");
    static final FieldDef FRAG_IDENT = FieldDef.of("ipv6.fraghdr.ident", "Identification", FieldFormat.HEX,
            "The same number on all fragments of one original packet.");

    private Ipv6Dissector() {
    }

    static void register() {
        DissectorTables.etherType(EtherType.IPV6, (d, start, end) -> dissect(d, start));
    }

    static void dissect(Dissection d, int start) {
        LayerBuilder b = d.builder(start, d.data.length);
        long version = b.bits(VERSION, 0, 0, 4, 1);
        b.bits(TCLASS, 0, 4, 8, 1);
        b.nest();
        b.bits(TCLASS_DSCP, 0, 4, 6, 1);
        b.bits(TCLASS_ECN, 1, 2, 2, 1);
        b.unnest();
        b.bits(FLOW, 1, 4, 20, 1);
        long plen = b.u16(PLEN, 4);
        long next = b.u8(NXT, 6);
        b.u8(HLIM, 7);
        boolean src = b.ipv6(SRC, 8);
        if (b.ipv6(DST, 24) && src) {
            d.ipVersion = 6;
            d.srcOffset = start + 8;
            d.dstOffset = start + 24;
        }
        if (version >= 0 && version != 6 || b.cut()) {
            d.protocol(b.build(Protocol.IPV6, 40));
            if (b.cut()) {
                d.malformed("IPv6 header cut short: " + b.available() + " of 40 bytes captured", b.cutAt());
            } else {
                d.malformed("IP version field says " + version + " in an IPv6 header", start);
            }
            return;
        }
        int onWire = d.raw.originalLength() - start - 40;
        // A payload length of 0 announces a jumbogram (RFC 2675): the frame's own length tells the size then.
        int end = plen == 0 ? start + 40 + Math.max(0, onWire) : start + 40 + (int) plen;
        int off = 40;
        String problem = null;
        boolean laterFragment = false;
        while (problem == null && (next == 0 || next == 43 || next == 60 || next == 44)) {
            int header = (int) next;
            if (start + off + 8 > end) {
                problem = "IPv6 extension header runs past the payload length";
                break;
            }
            if (!b.has(off, 8)) {
                b.u8(EXT_NXT, off);
                break;
            }
            next = b.u8(EXT_NXT, off);
            if (header == 44) {
                long fragOffset = b.bits(FRAG_OFFSET, off + 2, 0, 13, 8);
                long more = b.flag(FRAG_MORE, off + 3, 7);
                b.u32(FRAG_IDENT, off + 4);
                d.fragment = true;
                laterFragment = fragOffset > 0;
                off += 8;
                if (more == 0 && fragOffset == 0) {
                    d.fragment = false; // an "atomic" fragment: the whole packet
                }
                continue;
            }
            int len = (b.u8(off + 1) + 1) * 8;
            b.u8(EXT_LEN, off + 1);
            if (start + off + len > end) {
                problem = "IPv6 extension header of " + len + " bytes runs past the payload length";
                break;
            }
            b.bytes(EXT_DATA, off + 2, len - 2);
            off += len;
        }
        d.protocol(b.build(Protocol.IPV6, off));
        if (problem != null) {
            d.malformed(problem, start + off);
            return;
        }
        if (b.cut()) {
            d.malformed("IPv6 extension header cut short", b.cutAt());
            return;
        }
        if (plen > onWire) {
            d.malformed("IPv6 payload length " + plen + " is more than the " + Math.max(0, onWire)
                    + " bytes left in the frame", start + 40);
            return;
        }
        if (laterFragment) {
            d.payload(start + off, end);
            return;
        }
        Transport.dissect(d, (int) next, start + off, end);
    }
}
