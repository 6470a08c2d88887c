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
        Layer ip = f.find(Protocol.IP);
        if (ip != null && ip.find(source ? Ipv4Dissector.SRC : Ipv4Dissector.DST) != null) {
            return ip.text(source ? Ipv4Dissector.SRC : Ipv4Dissector.DST);
        }
        Layer ip6 = f.find(Protocol.IPV6);
        if (ip6 != null && ip6.find(source ? Ipv6Dissector.SRC : Ipv6Dissector.DST) != null) {
            return ip6.text(source ? Ipv6Dissector.SRC : Ipv6Dissector.DST);
        }
        Layer eth = f.find(Protocol.ETH);
        if (eth != null && eth.find(source ? LinkDissector.ETH_SRC : LinkDissector.ETH_DST) != null) {
            String mac = eth.text(source ? LinkDissector.ETH_SRC : LinkDissector.ETH_DST);
            return "ff:ff:ff:ff:ff:ff".equals(mac) ? "Broadcast" : mac;
        }
        return "";
    }

    /**
     * The innermost decoded protocol, in Wireshark's words: TCP, UDP, ICMP, ICMPv6, ARP, IPv4, IPv6, DNS, HTTP, and
     * for TLS the version as Wireshark 4.0 names it (TLSv1.2, TLSv1.3).
     */
    public static String protocol(Frame f) {
        if (f.find(Protocol.LAB) != null) {
            return Protocol.LAB.column();
        }
        String p = f.protocols();
        String last = p.substring(p.lastIndexOf(':') + 1);
        Protocol known = Protocol.of(last.isEmpty() ? Layer.FRAME : last);
        if (known == Protocol.TLS) {
            return AppInfo.tlsVersion(f, f.find(Protocol.TLS));
        }
        return known != null ? known.column() : last.toUpperCase(Locale.ROOT);
    }

    /** The info text of one frame. */
    public static String of(Frame f) {
        StringBuilder s = new StringBuilder(96);
        Layer tcp = f.find(Protocol.TCP);
        Layer udp = f.find(Protocol.UDP);
        Layer icmp = f.find(Protocol.ICMP);
        Layer icmpv6 = f.find(Protocol.ICMPV6);
        Layer arp = f.find(Protocol.ARP);
        String app = AppInfo.of(f);
        if (app != null) {
            s.append(app);
        } else if (tcp != null && tcp.find(TcpDissector.FLAGS) != null) {
            tcp(s, tcp);
        } else if (udp != null && udp.find(UdpDissector.LENGTH) != null) {
            s.append(udp.number(UdpDissector.SRCPORT, 0)).append(" → ").append(udp.number(UdpDissector.DSTPORT, 0))
                    .append(" Len=").append(Math.max(0, udp.number(UdpDissector.LENGTH, 8) - 8));
        } else if (icmp != null && icmp.find(IcmpDissector.CODE) != null) {
            icmp(s, f, icmp);
        } else if (icmpv6 != null && icmpv6.find(Icmpv6Dissector.CODE) != null) {
            icmpv6(s, f, icmpv6);
        } else if (arp != null && arp.find(ArpDissector.DST_IP) != null) {
            long op = arp.number(ArpDissector.OPCODE, 0);
            if (op == 1) {
                s.append("Who has ").append(arp.text(ArpDissector.DST_IP)).append("? Tell ")
                        .append(arp.text(ArpDissector.SRC_IP));
            } else if (op == 2) {
                s.append(arp.text(ArpDissector.SRC_IP)).append(" is at ").append(arp.text(ArpDissector.SRC_MAC));
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
        s.append(tcp.number(TcpDissector.SRCPORT, 0)).append(" → ").append(tcp.number(TcpDissector.DSTPORT, 0))
                .append(" [");
        long flags = tcp.number(TcpDissector.FLAGS, 0);
        boolean first = true;
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & (1L << i)) != 0) {
                s.append(first ? "" : ", ").append(FLAG_NAMES[i]);
                first = false;
            }
        }
        s.append(first ? "<None>]" : "]");
        if (tcp.find(TcpDissector.SEQ) != null) {
            s.append(" Seq=").append(tcp.number(TcpDissector.SEQ, 0));
            if ((flags & 0x10) != 0) {
                s.append(" Ack=").append(tcp.number(TcpDissector.ACK, 0));
            }
        }
        s.append(" Win=").append(tcp.number(TcpDissector.WINDOW_SIZE, tcp.number(TcpDissector.WINDOW, 0)));
        s.append(" Len=").append(tcp.number(TcpDissector.LEN, 0));
        if ((flags & 0x20) != 0) {
            s.append(" Urg=").append(tcp.number(TcpDissector.URGENT, 0));
        }
        for (Field o : tcp.fields()) {
            FieldDef d = o.def();
            if (d == TcpOptions.MSS_VAL) {
                s.append(" MSS=").append(o.number());
            } else if (d == TcpOptions.SACK_PERM) {
                s.append(" SACK_PERM");
            } else if (d == TcpOptions.TSVAL) {
                s.append(" TSval=").append(o.number());
            } else if (d == TcpOptions.TSECR) {
                s.append(" TSecr=").append(o.number());
            } else if (d == TcpOptions.WSCALE_MULTIPLIER) {
                s.append(" WS=").append(o.number());
            } else if (d == TcpOptions.SACK_LE) {
                s.append(" SLE=").append(o.number());
            } else if (d == TcpOptions.SACK_RE) {
                s.append(" SRE=").append(o.number());
            }
        }
    }

    private static void icmp(StringBuilder s, Frame f, Layer icmp) {
        int type = (int) icmp.number(IcmpDissector.TYPE, 0);
        int code = (int) icmp.number(IcmpDissector.CODE, 0);
        if ((type == 0 || type == 8) && icmp.find(IcmpDissector.SEQ) != null) {
            String name = Names.icmpType(type);
            s.append(name).append(" ".repeat(Math.max(1, 21 - name.length())));
            long seq = icmp.number(IcmpDissector.SEQ, 0);
            s.append("id=").append(String.format(Locale.ROOT, "0x%04x", icmp.number(IcmpDissector.IDENT, 0)))
                    .append(", seq=").append(seq).append('/').append(Short.reverseBytes((short) seq) & 0xffff);
            Layer ip = f.find(Protocol.IP);
            if (ip != null) {
                s.append(", ttl=").append(ip.number(Ipv4Dissector.TTL, 0));
            }
        } else if (type == 3) {
            s.append("Destination unreachable (").append(Names.icmpUnreachableCode(code)).append(')');
        } else {
            s.append(Names.icmpType(type)).append(type == 11 && code == 0 ? " (Time to live exceeded in transit)"
                    : "");
        }
    }

    private static void icmpv6(StringBuilder s, Frame f, Layer icmp) {
        int type = (int) icmp.number(Icmpv6Dissector.TYPE, 0);
        int code = (int) icmp.number(Icmpv6Dissector.CODE, 0);
        switch (type) {
            case 128, 129 -> {
                s.append(Names.icmpv6Type(type)).append(" id=").append(String.format(Locale.ROOT, "0x%04x",
                        icmp.number(Icmpv6Dissector.ECHO_ID, 0))).append(", seq=")
                        .append(icmp.number(Icmpv6Dissector.ECHO_SEQ, 0));
                Layer ip = f.find(Protocol.IPV6);
                if (ip != null) {
                    s.append(", hop limit=").append(ip.number(Ipv6Dissector.HLIM, 0));
                }
            }
            case 135 -> s.append("Neighbor Solicitation for ").append(icmp.text(Icmpv6Dissector.TARGET));
            case 136 -> s.append("Neighbor Advertisement ").append(icmp.text(Icmpv6Dissector.NA_TARGET));
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
