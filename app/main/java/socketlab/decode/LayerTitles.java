package socketlab.decode;

/** The heading of each layer in the detail tree, in Wireshark's words. */
final class LayerTitles {
    private LayerTitles() {
    }

    static String of(Layer l) {
        return switch (l.name()) {
            case Layer.FRAME -> {
                long len = l.number("frame.len", 0);
                long cap = l.number("frame.cap_len", 0);
                yield "Frame " + l.number("frame.number", 0) + ": " + len + " bytes on wire (" + len * 8 + " bits), "
                        + cap + " bytes captured (" + cap * 8 + " bits)";
            }
            case "eth" -> "Ethernet II, Src: " + l.text("eth.src") + ", Dst: " + l.text("eth.dst");
            case "sll" -> l.field("sll.ifindex").isPresent() ? "Linux cooked capture v2" : "Linux cooked capture v1";
            case "null" -> "Null/Loopback";
            case "vlan" -> "802.1Q Virtual LAN, PRI: " + l.number("vlan.priority", 0) + ", DEI: "
                    + l.number("vlan.dei", 0) + ", ID: " + l.number("vlan.id", 0);
            case "raw" -> "Raw packet data (no link-layer header)";
            case "arp" -> "Address Resolution Protocol (" + Names.arpOpcode((int) l.number("arp.opcode", 0)) + ")";
            case "ip" -> "Internet Protocol Version 4, Src: " + l.text("ip.src") + ", Dst: " + l.text("ip.dst");
            case "ipv6" -> "Internet Protocol Version 6, Src: " + l.text("ipv6.src") + ", Dst: "
                    + l.text("ipv6.dst");
            case "tcp" -> {
                StringBuilder s = new StringBuilder("Transmission Control Protocol, Src Port: ")
                        .append(l.text("tcp.srcport")).append(", Dst Port: ").append(l.text("tcp.dstport"));
                if (l.field("tcp.seq").isPresent()) {
                    s.append(", Seq: ").append(l.number("tcp.seq", 0));
                    if (l.isSet("tcp.flags.ack")) {
                        s.append(", Ack: ").append(l.number("tcp.ack", 0));
                    }
                    s.append(", Len: ").append(l.number("tcp.len", 0));
                }
                yield s.toString();
            }
            case "udp" -> "User Datagram Protocol, Src Port: " + l.text("udp.srcport") + ", Dst Port: "
                    + l.text("udp.dstport");
            case "icmp" -> "Internet Control Message Protocol";
            case "icmpv6" -> "Internet Control Message Protocol v6";
            case "dns" -> "Domain Name System (" + (l.isSet(DnsDissector.RESPONSE.name()) ? "response" : "query") + ")";
            case "http" -> "Hypertext Transfer Protocol";
            case "tls" -> "Transport Layer Security";
            case "lab" -> "Socket Lab text (" + l.fields().size() + (l.fields().size() == 1 ? " line)" : " lines)");
            case Layer.PAYLOAD -> "Data (" + l.length() + (l.length() == 1 ? " byte)" : " bytes)");
            case Fields.PADDING_LAYER -> "Padding (" + l.length() + (l.length() == 1 ? " byte)" : " bytes)");
            case Layer.MALFORMED -> "[Malformed Packet: " + l.text(Layer.MALFORMED) + "]";
            default -> l.name();
        };
    }
}
