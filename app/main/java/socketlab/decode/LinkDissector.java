package socketlab.decode;

/** The link layers: Ethernet II, Linux cooked capture v1 and v2, BSD loopback (NULL/LOOP) and raw IP. */
final class LinkDissector {
    static final FieldDef ETH_DST = FieldDef.of("eth.dst", "Destination", FieldFormat.MAC,
            "The network card this frame is for; ff:ff:ff:ff:ff:ff reaches every card on the link. Loopback"
                    + " frames carry zeros: they never leave the machine.");
    static final FieldDef ETH_SRC = FieldDef.of("eth.src", "Source", FieldFormat.MAC,
            "The network card that sent the frame; switches learn where it is from this address.");
    static final FieldDef ETH_TYPE = FieldDef.namedHex("eth.type", "Type", Names::etherType,
            "Which protocol's header follows: 0x0800 IPv4, 0x86dd IPv6, 0x0806 ARP.");

    static final FieldDef SLL_PKTTYPE = FieldDef.named("sll.pkttype", "Packet type", Names::sllPacketType,
            "Added by Linux when capturing on \"any\": 0 addressed to this host, 1 broadcast, 2 multicast, 3 to"
                    + " another host, 4 sent by this host.");
    static final FieldDef SLL_HATYPE = FieldDef.named("sll.hatype", "Link-layer address type", Names::hardwareType,
            "The kind of network the interface is (1 Ethernet, 772 loopback), which says how to read the address.");
    static final FieldDef SLL_HALEN = FieldDef.decimal("sll.halen", "Link-layer address length", "bytes",
            "How many bytes of the address field below are used (6 for Ethernet, 0 for loopback).");
    static final FieldDef SLL_SRC = FieldDef.of("sll.src.eth", "Source", FieldFormat.MAC,
            "The link-layer source address Linux recorded for the frame.");
    static final FieldDef SLL_ADDR = new FieldDef("sll.unused", "Unused", FieldFormat.BYTES, "", null,
            "Address bytes this link type does not use.");
    static final FieldDef SLL_ETYPE = FieldDef.namedHex("sll.etype", "Protocol", Names::etherType,
            "Which protocol's header follows, as an Ethernet type: 0x0800 IPv4, 0x86dd IPv6, 0x0806 ARP.");
    static final FieldDef SLL_RESERVED = FieldDef.of("sll.reserved", "Reserved", FieldFormat.HEX,
            "Always zero.");
    static final FieldDef SLL_IFINDEX = FieldDef.decimal("sll.ifindex", "Interface index", "",
            "Which of the machine's interfaces saw the frame (ip link shows the numbers).");

    static final FieldDef NULL_FAMILY = FieldDef.named("null.family", "Family", Names::addressFamily,
            "BSD loopback header: the address family of the packet that follows (2 IPv4; 24, 28 or 30 IPv6),"
                    + " written in the byte order of the machine that captured it.");

    static final FieldDef VLAN_PRIORITY = FieldDef.decimal("vlan.priority", "Priority", "",
            "IEEE 802.1Q tag: the frame's class of service, 0 (best effort) to 7, for switches that queue by it.");
    static final FieldDef VLAN_DEI = FieldDef.of("vlan.dei", "DEI", FieldFormat.FLAG,
            "Drop eligible: a congested switch may drop this frame before others.");
    static final FieldDef VLAN_ID = FieldDef.decimal("vlan.id", "ID", "",
            "The virtual LAN the frame belongs to: one physical network carries several separate ones, each"
                    + " with its own number.");
    static final FieldDef VLAN_ETYPE = FieldDef.namedHex("vlan.etype", "Type", Names::etherType,
            "Which protocol's header follows the tag, as an Ethernet type: 0x0800 IPv4, 0x86dd IPv6, 0x0806 ARP.");

    /** The Ethernet types of a VLAN tag: 802.1Q, and 802.1ad's outer tag of a double-tagged (Q-in-Q) frame. */
    static boolean isVlan(int type) {
        return type == EtherType.VLAN.value() || type == EtherType.QINQ.value();
    }

    private LinkDissector() {
    }

    /** An 802.1Q VLAN tag at {@code start}: returns the Ethernet type it carries, or -1 when decoding stopped. */
    static int vlan(Dissection d, int start) {
        LayerBuilder b = d.builder(start, d.data.length);
        b.bits(VLAN_PRIORITY, 0, 0, 3, 1);
        b.flag(VLAN_DEI, 0, 3);
        b.bits(VLAN_ID, 0, 4, 12, 1);
        long type = b.u16(VLAN_ETYPE, 2);
        d.protocol(b.build(Protocol.VLAN, 4));
        if (b.cut()) {
            d.malformed("802.1Q VLAN tag cut short: " + b.available() + " of 4 bytes captured", b.cutAt());
            return -1;
        }
        return (int) type;
    }

    /** Ethernet II: returns the Ethernet type, or -1 when decoding stopped. */
    static int ethernet(Dissection d) {
        LayerBuilder b = d.builder(0, d.data.length);
        b.mac(ETH_DST, 0);
        b.mac(ETH_SRC, 6);
        long type = b.u16(ETH_TYPE, 12);
        d.protocol(b.build(Protocol.ETH, 14));
        if (b.cut()) {
            d.malformed("Ethernet header cut short: " + b.available() + " of 14 bytes captured", b.cutAt());
            return -1;
        }
        return (int) type;
    }

    /** Linux cooked capture v1 (16-byte header). */
    static int sll(Dissection d) {
        LayerBuilder b = d.builder(0, d.data.length);
        long pkttype = b.u16(SLL_PKTTYPE, 0);
        b.u16(SLL_HATYPE, 2);
        long halen = b.u16(SLL_HALEN, 4);
        address(b, 6, halen);
        long type = b.u16(SLL_ETYPE, 14);
        d.protocol(b.build(Protocol.SLL, 16));
        d.outgoing = pkttype == 4;
        if (b.cut()) {
            d.malformed("Linux cooked header cut short: " + b.available() + " of 16 bytes captured", b.cutAt());
            return -1;
        }
        return (int) type;
    }

    /** Linux cooked capture v2 (20-byte header with the interface index). */
    static int sll2(Dissection d) {
        LayerBuilder b = d.builder(0, d.data.length);
        long type = b.u16(SLL_ETYPE, 0);
        b.u16(SLL_RESERVED, 2);
        b.u32(SLL_IFINDEX, 4);
        b.u16(SLL_HATYPE, 8);
        long pkttype = b.u8(SLL_PKTTYPE, 10);
        long halen = b.u8(SLL_HALEN, 11);
        address(b, 12, halen);
        d.protocol(b.build(Protocol.SLL, 20));
        d.outgoing = pkttype == 4;
        if (b.cut()) {
            d.malformed("Linux cooked v2 header cut short: " + b.available() + " of 20 bytes captured", b.cutAt());
            return -1;
        }
        return (int) type;
    }

    private static void address(LayerBuilder b, int off, long halen) {
        if (halen == 6) {
            b.mac(SLL_SRC, off);
            b.bytes(SLL_ADDR, off + 6, 2);
        } else {
            b.bytes(SLL_ADDR, off, 8);
        }
    }

    /**
     * BSD loopback: returns the Ethernet type its family stands for (0 when unknown), or -1 when cut. NULL writes the
     * family in the capturing machine's byte order, so a value that only makes sense swapped is swapped, as Wireshark
     * does; LOOP always uses network byte order.
     */
    static int bsdLoopback(Dissection d, boolean networkOrder) {
        LayerBuilder b = d.builder(0, d.data.length);
        if (!b.has(0, 4)) {
            b.u32(NULL_FAMILY, 0);
            d.protocol(b.build(Protocol.NULL, 4));
            d.malformed("Loopback header cut short: " + b.available() + " of 4 bytes captured", b.cutAt());
            return -1;
        }
        long be = b.u32(0);
        long family = be;
        if (!networkOrder && (be & 0xffff0000L) != 0) {
            family = Long.reverseBytes(be) >>> 32;
        }
        // The field's bits are the 4 bytes; its value is the family as the capturing machine meant it.
        b.span(NULL_FAMILY, 0, 4, family, null);
        d.protocol(b.build(Protocol.NULL, 4));
        return switch ((int) family) {
            case 2 -> 0x0800;
            case 10, 24, 28, 30 -> 0x86dd;
            default -> 0;
        };
    }

    /** Raw IP: an empty {@code raw} layer (as Wireshark lists it), then IPv4 or IPv6 by the version nibble. */
    static int raw(Dissection d) {
        d.protocol(d.builder(0, 0).build(Protocol.RAW, 0));
        if (d.data.length == 0) {
            d.malformed("Empty frame: no IP header captured", 0);
            return -1;
        }
        int version = (d.data[0] & 0xff) >>> 4;
        return switch (version) {
            case 4 -> 0x0800;
            case 6 -> 0x86dd;
            default -> {
                d.malformed("Raw IP frame with IP version " + version + ": only 4 and 6 exist", 0);
                yield -1;
            }
        };
    }
}
