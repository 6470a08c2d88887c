package socketlab.decode;

/** The heading of each layer in the detail tree, in Wireshark's words. */
final class LayerTitles {
    private LayerTitles() {
    }

    static String of(Layer l) {
        Protocol p = l.protocol();
        return p == null ? l.name() : switch (p) {
            case FRAME -> {
                long len = l.number(Fields.FRAME_LEN, 0);
                long cap = l.number(Fields.FRAME_CAP_LEN, 0);
                yield "Frame " + l.number(Fields.FRAME_NUMBER, 0) + ": " + len + " bytes on wire (" + len * 8
                        + " bits), " + cap + " bytes captured (" + cap * 8 + " bits)";
            }
            case ETH -> "Ethernet II, Src: " + l.text(LinkDissector.ETH_SRC) + ", Dst: "
                    + l.text(LinkDissector.ETH_DST);
            case SLL -> l.field(LinkDissector.SLL_IFINDEX).isPresent() ? "Linux cooked capture v2"
                    : "Linux cooked capture v1";
            case NULL -> "Null/Loopback";
            case VLAN -> "802.1Q Virtual LAN, PRI: " + l.number(LinkDissector.VLAN_PRIORITY, 0) + ", DEI: "
                    + l.number(LinkDissector.VLAN_DEI, 0) + ", ID: " + l.number(LinkDissector.VLAN_ID, 0);
            case RAW -> "Raw packet data (no link-layer header)";
            case ARP -> "Address Resolution Protocol (" + Names.arpOpcode((int) l.number(ArpDissector.OPCODE, 0)) + ")";
            case IP -> "Internet Protocol Version 4, Src: " + l.text(Ipv4Dissector.SRC) + ", Dst: "
                    + l.text(Ipv4Dissector.DST);
            case IPV6 -> "Internet Protocol Version 6, Src: " + l.text(Ipv6Dissector.SRC) + ", Dst: "
                    + l.text(Ipv6Dissector.DST);
            case TCP -> {
                StringBuilder s = new StringBuilder("Transmission Control Protocol, Src Port: ")
                        .append(l.text(TcpDissector.SRCPORT)).append(", Dst Port: ")
                        .append(l.text(TcpDissector.DSTPORT));
                if (l.field(TcpDissector.SEQ).isPresent()) {
                    s.append(", Seq: ").append(l.number(TcpDissector.SEQ, 0));
                    if (l.isSet(TcpDissector.FLAG_ACK)) {
                        s.append(", Ack: ").append(l.number(TcpDissector.ACK, 0));
                    }
                    s.append(", Len: ").append(l.number(TcpDissector.LEN, 0));
                }
                yield s.toString();
            }
            case UDP -> "User Datagram Protocol, Src Port: " + l.text(UdpDissector.SRCPORT) + ", Dst Port: "
                    + l.text(UdpDissector.DSTPORT);
            case ICMP -> "Internet Control Message Protocol";
            case ICMPV6 -> "Internet Control Message Protocol v6";
            case DNS -> "Domain Name System (" + (l.isSet(DnsDissector.RESPONSE) ? "response" : "query") + ")";
            case HTTP -> "Hypertext Transfer Protocol";
            case TLS -> "Transport Layer Security";
            case LAB -> "Socket Lab text (" + l.fields().size() + (l.fields().size() == 1 ? " line)" : " lines)");
            case PAYLOAD -> "Data (" + l.length() + (l.length() == 1 ? " byte)" : " bytes)");
            case PADDING -> "Padding (" + l.length() + (l.length() == 1 ? " byte)" : " bytes)");
            case MALFORMED -> "[Malformed Packet: " + l.text(Fields.MALFORMED) + "]";
            default -> l.name();
        };
    }
}
