package socketlab.decode;

import java.util.Locale;

/**
 * The packet list's columns as Wireshark shows them: source, destination, protocol, and the info text such as
 * {@code 51213 → 12345 [SYN] Seq=0 Win=65495 Len=0 MSS=65495 SACK_PERM TSval=1 TSecr=0 WS=1024}.
 */
public final class InfoText {
    private static final String[] FLAG_NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"};

    private InfoText() {
    }

    /** The source address: IP when there is an IP layer, else the link layer's. */
    public static String source(Frame f) {
        return address(f, true);
    }

    public static String destination(Frame f) {
        return address(f, false);
    }

    private static String address(Frame f, boolean source) {
        Layer ip = f.find("ip");
        if (ip != null && ip.find(source ? "ip.src" : "ip.dst") != null) {
            return ip.text(source ? "ip.src" : "ip.dst");
        }
        Layer ip6 = f.find("ipv6");
        if (ip6 != null && ip6.find(source ? "ipv6.src" : "ipv6.dst") != null) {
            return ip6.text(source ? "ipv6.src" : "ipv6.dst");
        }
        Layer eth = f.find("eth");
        if (eth != null && eth.find(source ? "eth.src" : "eth.dst") != null) {
            String mac = eth.text(source ? "eth.src" : "eth.dst");
            return "ff:ff:ff:ff:ff:ff".equals(mac) ? "Broadcast" : mac;
        }
        return "";
    }

    /** The innermost decoded protocol, in Wireshark's words: TCP, UDP, ICMP, ICMPv6, ARP, IPv4, IPv6 ... */
    public static String protocol(Frame f) {
        if (f.find(Protocol.LAB.layerName()) != null) {
            return Protocol.LAB.column();
        }
        String p = f.protocols();
        String last = p.substring(p.lastIndexOf(':') + 1);
        Protocol known = Protocol.of(last.isEmpty() ? Layer.FRAME : last);
        return known != null ? known.column() : last.toUpperCase(Locale.ROOT);
    }

    /** The info text of one frame. */
    public static String of(Frame f) {
        StringBuilder s = new StringBuilder(96);
        Layer tcp = f.find("tcp");
        Layer udp = f.find("udp");
        Layer icmp = f.find("icmp");
        Layer icmpv6 = f.find("icmpv6");
        Layer arp = f.find("arp");
        String app = AppInfo.of(f);
        if (app != null) {
            s.append(app);
        } else if (tcp != null && tcp.find("tcp.flags") != null) {
            tcp(s, tcp);
        } else if (udp != null && udp.find("udp.length") != null) {
            s.append(udp.number("udp.srcport", 0)).append(" → ").append(udp.number("udp.dstport", 0))
                    .append(" Len=").append(Math.max(0, udp.number("udp.length", 8) - 8));
        } else if (icmp != null && icmp.find("icmp.code") != null) {
            icmp(s, f, icmp);
        } else if (icmpv6 != null && icmpv6.find("icmpv6.code") != null) {
            icmpv6(s, f, icmpv6);
        } else if (arp != null && arp.find("arp.dst.proto_ipv4") != null) {
            long op = arp.number("arp.opcode", 0);
            if (op == 1) {
                s.append("Who has ").append(arp.text("arp.dst.proto_ipv4")).append("? Tell ")
                        .append(arp.text("arp.src.proto_ipv4"));
            } else if (op == 2) {
                s.append(arp.text("arp.src.proto_ipv4")).append(" is at ").append(arp.text("arp.src.hw_mac"));
            } else {
                s.append("ARP opcode ").append(op);
            }
        } else {
            Layer payload = f.find(Layer.PAYLOAD);
            s.append(protocol(f)).append(payload == null ? "" : ", " + payload.length() + " bytes of data");
        }
        f.malformed().ifPresent(m -> s.append(" [Malformed Packet: ").append(m.reason()).append(']'));
        return s.toString();
    }

    private static void tcp(StringBuilder s, Layer tcp) {
        s.append(tcp.number("tcp.srcport", 0)).append(" → ").append(tcp.number("tcp.dstport", 0)).append(" [");
        long flags = tcp.number("tcp.flags", 0);
        boolean first = true;
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & (1L << i)) != 0) {
                s.append(first ? "" : ", ").append(FLAG_NAMES[i]);
                first = false;
            }
        }
        s.append(first ? "<None>]" : "]");
        if (tcp.find("tcp.seq") != null) {
            s.append(" Seq=").append(tcp.number("tcp.seq", 0));
            if ((flags & 0x10) != 0) {
                s.append(" Ack=").append(tcp.number("tcp.ack", 0));
            }
        }
        s.append(" Win=").append(tcp.number("tcp.window_size", tcp.number("tcp.window_size_value", 0)));
        s.append(" Len=").append(tcp.number("tcp.len", 0));
        if ((flags & 0x20) != 0) {
            s.append(" Urg=").append(tcp.number("tcp.urgent_pointer", 0));
        }
        for (Field o : tcp.fields()) {
            switch (o.name()) {
                case "tcp.options.mss_val" -> s.append(" MSS=").append(o.number());
                case "tcp.options.sack_perm" -> s.append(" SACK_PERM");
                case "tcp.options.timestamp.tsval" -> s.append(" TSval=").append(o.number());
                case "tcp.options.timestamp.tsecr" -> s.append(" TSecr=").append(o.number());
                case "tcp.options.wscale.multiplier" -> s.append(" WS=").append(o.number());
                case "tcp.options.sack_le" -> s.append(" SLE=").append(o.number());
                case "tcp.options.sack_re" -> s.append(" SRE=").append(o.number());
                default -> {
                }
            }
        }
    }

    private static void icmp(StringBuilder s, Frame f, Layer icmp) {
        int type = (int) icmp.number("icmp.type", 0);
        int code = (int) icmp.number("icmp.code", 0);
        if ((type == 0 || type == 8) && icmp.find("icmp.seq") != null) {
            String name = Names.icmpType(type);
            s.append(name).append(" ".repeat(Math.max(1, 21 - name.length())));
            long seq = icmp.number("icmp.seq", 0);
            s.append("id=").append(String.format(Locale.ROOT, "0x%04x", icmp.number("icmp.ident", 0)))
                    .append(", seq=").append(seq).append('/').append(Short.reverseBytes((short) seq) & 0xffff);
            Layer ip = f.find("ip");
            if (ip != null) {
                s.append(", ttl=").append(ip.number("ip.ttl", 0));
            }
        } else if (type == 3) {
            s.append("Destination unreachable (").append(Names.icmpUnreachableCode(code)).append(')');
        } else {
            s.append(Names.icmpType(type)).append(type == 11 && code == 0 ? " (Time to live exceeded in transit)"
                    : "");
        }
    }

    private static void icmpv6(StringBuilder s, Frame f, Layer icmp) {
        int type = (int) icmp.number("icmpv6.type", 0);
        int code = (int) icmp.number("icmpv6.code", 0);
        switch (type) {
            case 128, 129 -> {
                s.append(Names.icmpv6Type(type)).append(" id=").append(String.format(Locale.ROOT, "0x%04x",
                        icmp.number("icmpv6.echo.identifier", 0))).append(", seq=")
                        .append(icmp.number("icmpv6.echo.sequence_number", 0));
                Layer ip = f.find("ipv6");
                if (ip != null) {
                    s.append(", hop limit=").append(ip.number("ipv6.hlim", 0));
                }
            }
            case 135 -> s.append("Neighbor Solicitation for ").append(icmp.text("icmpv6.nd.ns.target_address"));
            case 136 -> s.append("Neighbor Advertisement ").append(icmp.text("icmpv6.nd.na.target_address"));
            case 1 -> s.append("Destination Unreachable (").append(switch (code) {
                case 4 -> "Port unreachable";
                case 3 -> "Address unreachable";
                case 1 -> "Administratively prohibited";
                default -> Names.icmpv6UnreachableCode(code);
            }).append(')');
            default -> s.append(Names.icmpv6Type(type));
        }
    }
}
