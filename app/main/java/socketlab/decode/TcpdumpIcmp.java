package socketlab.decode;

/** The ICMP and ICMPv6 parts of a tcpdump -nn line. */
final class TcpdumpIcmp {
    private TcpdumpIcmp() {
    }

    /** "ICMP echo request, id 1, seq 1, length 64" and the other common messages, as tcpdump writes them. */
    static void icmp(StringBuilder s, Frame f, Layer icmp, int length) {
        // The header's values read from the bytes, where the dissector found its fields: a summary needs no fields.
        int type = icmp.u8(0, -1);
        int code = icmp.u8(1, -1);
        if (type < 0 || code < 0 || !icmp.has(2, 2)) {
            s.append(" [|icmp]");
            return;
        }
        byte[] d = f.data();
        int o = icmp.offset();
        int quoted = o + 8; // the IP header of the packet an error message is about
        s.append("ICMP ");
        switch (type) {
            case 0, 8 -> s.append("echo ").append(type == 8 ? "request" : "reply").append(", id ")
                    .append(icmp.u16(4, 0)).append(", seq ").append(icmp.u16(6, 0));
            case 3 -> {
                if (!has(d, quoted, 20)) {
                    s.append(" [|icmp]");
                    return;
                }
                String dst = AddressText.ipv4(d, quoted + 16);
                switch (code) {
                    case 0 -> s.append("net ").append(dst).append(" unreachable");
                    case 1 -> s.append("host ").append(dst).append(" unreachable");
                    case 2 -> s.append(dst).append(" protocol ").append(d[quoted + 9] & 0xff).append(" unreachable");
                    case 3 -> {
                        int hl = (d[quoted] & 0x0f) * 4;
                        if (!has(d, quoted + hl, 4)) {
                            s.append(" [|icmp]");
                            return;
                        }
                        int dport = ((d[quoted + hl + 2] & 0xff) << 8) | (d[quoted + hl + 3] & 0xff);
                        int proto = d[quoted + 9] & 0xff;
                        switch (proto) {
                            case 6 -> s.append(dst).append(" tcp port ").append(dport).append(" unreachable");
                            case 17 -> s.append(dst).append(" udp port ").append(dport).append(" unreachable");
                            default -> s.append(dst).append(" protocol ").append(proto).append(" port ")
                                    .append(dport).append(" unreachable");
                        }
                    }
                    case 4 -> {
                        long mtu = icmp.u16(6, 0);
                        s.append(dst).append(" unreachable - need to frag");
                        if (mtu != 0) {
                            s.append(" (mtu ").append(mtu).append(')');
                        }
                    }
                    case 5 -> s.append(dst).append(" unreachable - source route failed");
                    case 6 -> s.append("net ").append(dst).append(" unreachable - unknown");
                    case 7 -> s.append("host ").append(dst).append(" unreachable - unknown");
                    case 9 -> s.append("net ").append(dst).append(" unreachable - admin prohibited");
                    case 10 -> s.append("host ").append(dst).append(" unreachable - admin prohibited");
                    case 13 -> s.append("host ").append(dst).append(" unreachable - admin prohibited filter");
                    default -> s.append(dst).append(" unreachable - #").append(code);
                }
            }
            case 11 -> s.append(switch (code) {
                case 0 -> "time exceeded in-transit";
                case 1 -> "ip reassembly time exceeded";
                default -> "time exceeded-#" + code;
            });
            case 13 -> s.append("time stamp query id ").append(icmp.u16(4, 0)).append(" seq ")
                    .append(icmp.u16(6, 0));
            default -> s.append(switch (type) {
                case 4 -> "source quench";
                case 5 -> "redirect";
                case 9 -> "router advertisement";
                case 10 -> "router solicitation";
                case 12 -> "parameter problem";
                case 14 -> "time stamp reply";
                case 15 -> "information request";
                case 16 -> "information reply";
                case 17 -> "address mask request";
                case 18 -> "address mask reply";
                default -> "type-#" + type;
            });
        }
        s.append(", length ").append(length);
    }

    /** "ICMP6, echo request, id 1, seq 1, length 64" and the other common messages. */
    static void icmpv6(StringBuilder s, Frame f, Layer icmp, int length) {
        int type = icmp.u8(0, -1);
        int code = icmp.u8(1, -1);
        if (type < 0 || code < 0) {
            s.append(" [|icmp6]");
            return;
        }
        byte[] d = f.data();
        int quoted = icmp.offset() + 8;
        s.append("ICMP6, ").append(typeName(type));
        switch (type) {
            case 1 -> {
                s.append(", ").append(switch (code) {
                    case 0 -> "unreachable route";
                    case 1 -> "unreachable prohibited";
                    case 2 -> "beyond scope";
                    case 3 -> "unreachable address";
                    case 4 -> "unreachable port";
                    default -> "unknown unreach code (" + code + ")";
                });
                if (has(d, quoted, 40)) {
                    String dst = AddressText.ipv6(d, quoted + 24);
                    switch (code) {
                        case 0, 1, 3 -> s.append(' ').append(dst);
                        case 2 -> s.append(' ').append(dst).append(", source address ")
                                .append(AddressText.ipv6(d, quoted + 8));
                        case 4 -> {
                            int proto = d[quoted + 6] & 0xff;
                            if (has(d, quoted + 40, 4)) {
                                int dport = ((d[quoted + 42] & 0xff) << 8) | (d[quoted + 43] & 0xff);
                                switch (proto) {
                                    case 6 -> s.append(", ").append(dst).append(" tcp port ").append(dport);
                                    case 17 -> s.append(", ").append(dst).append(" udp port ").append(dport);
                                    default -> s.append(", ").append(dst).append(" protocol ").append(proto)
                                            .append(" port ").append(dport).append(" unreachable");
                                }
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            case 2 -> s.append(", mtu ").append(icmp.u32(4, 0));
            case 128, 129 -> s.append(", id ").append(icmp.u16(4, 0)).append(", seq ").append(icmp.u16(6, 0));
            case 135 -> {
                String t = target(f, icmp);
                if (t != null) {
                    s.append(", who has ").append(t);
                }
            }
            case 136 -> {
                String t = target(f, icmp);
                if (t != null) {
                    s.append(", tgt is ").append(t);
                }
            }
            case 143 -> {
                if (has(d, icmp.offset() + 6, 2)) {
                    int groups = ((d[icmp.offset() + 6] & 0xff) << 8) | (d[icmp.offset() + 7] & 0xff);
                    s.append(", ").append(groups).append(" group record(s)");
                }
            }
            default -> {
            }
        }
        s.append(", length ").append(length);
    }

    /** The target address of a neighbor solicitation or advertisement, or {@code null} when it is not captured. */
    private static String target(Frame f, Layer icmp) {
        return icmp.has(8, 16) ? AddressText.ipv6(f.data(), icmp.offset() + 8) : null;
    }

    private static String typeName(int type) {
        return switch (type) {
            case 1 -> "destination unreachable";
            case 2 -> "packet too big";
            case 3 -> "time exceeded";
            case 4 -> "parameter problem";
            case 128 -> "echo request";
            case 129 -> "echo reply";
            case 130 -> "multicast listener query";
            case 131 -> "multicast listener report";
            case 132 -> "multicast listener done";
            case 133 -> "router solicitation";
            case 134 -> "router advertisement";
            case 135 -> "neighbor solicitation";
            case 136 -> "neighbor advertisement";
            case 137 -> "redirect";
            case 143 -> "multicast listener report v2";
            default -> "unknown icmp6 type (" + type + ")";
        };
    }

    private static boolean has(byte[] d, int off, int len) {
        return off >= 0 && off + len <= d.length;
    }
}
