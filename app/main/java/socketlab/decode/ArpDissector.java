package socketlab.decode;

/** ARP (RFC 826): who has this IPv4 address, and the answer with its MAC address. */
final class ArpDissector {
    static final FieldDef HW_TYPE = FieldDef.named("arp.hw.type", "Hardware type", Names::hardwareType,
            "The kind of link: 1 for Ethernet.");
    static final FieldDef PROTO_TYPE = FieldDef.namedHex("arp.proto.type", "Protocol type", Names::etherType,
            "The kind of address being resolved: 0x0800 for IPv4.");
    static final FieldDef HW_SIZE = FieldDef.decimal("arp.hw.size", "Hardware size", "",
            "Length of a hardware address: 6 bytes for a MAC address.");
    static final FieldDef PROTO_SIZE = FieldDef.decimal("arp.proto.size", "Protocol size", "",
            "Length of a protocol address: 4 bytes for IPv4.");
    static final FieldDef OPCODE = FieldDef.named("arp.opcode", "Opcode", Names::arpOpcode,
            "1 request (\"who has this IP address?\", sent to everyone), 2 reply (\"it is at this MAC\").");
    static final FieldDef SRC_MAC = FieldDef.of("arp.src.hw_mac", "Sender MAC address", FieldFormat.MAC,
            "The MAC address of the machine sending this ARP message.");
    static final FieldDef SRC_IP = FieldDef.of("arp.src.proto_ipv4", "Sender IP address", FieldFormat.IPV4,
            "The IPv4 address of the machine sending this ARP message.");
    static final FieldDef DST_MAC = FieldDef.of("arp.dst.hw_mac", "Target MAC address", FieldFormat.MAC,
            "In a request: unknown, so zeros; in a reply: the MAC address of the machine that asked.");
    static final FieldDef DST_IP = FieldDef.of("arp.dst.proto_ipv4", "Target IP address", FieldFormat.IPV4,
            "In a request: the IPv4 address whose MAC address is wanted; in a reply: the asker's address.");
    static final FieldDef ADDRESSES = new FieldDef("arp.addresses", "Addresses", FieldFormat.BYTES, "", null,
            "Sender and target addresses of a kind the lab does not decode (not Ethernet and IPv4).");

    private ArpDissector() {
    }

    static void register() {
        DissectorTables.etherType(EtherType.ARP, (d, start, end) -> dissect(d, start));
    }

    static void dissect(Dissection d, int start) {
        LayerBuilder b = d.builder(start, d.data.length);
        b.u16(HW_TYPE, 0);
        b.u16(PROTO_TYPE, 2);
        long hwSize = b.u8(HW_SIZE, 4);
        long protoSize = b.u8(PROTO_SIZE, 5);
        b.u16(OPCODE, 6);
        int length = 8;
        if (hwSize == 6 && protoSize == 4) {
            b.mac(SRC_MAC, 8);
            b.ipv4(SRC_IP, 14);
            b.mac(DST_MAC, 18);
            b.ipv4(DST_IP, 24);
            length = 28;
        } else if (hwSize >= 0 && protoSize >= 0) {
            length = 8 + 2 * (int) (hwSize + protoSize);
            b.bytes(ADDRESSES, 8, length - 8);
        }
        d.protocol(b.build(Protocol.ARP, length));
        if (b.cut()) {
            d.malformed("ARP message cut short: " + b.available() + " of " + length + " bytes captured", b.cutAt());
        }
    }
}
