package socketlab.decode;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line per frame in the words of {@code tcpdump -nn}: local time to the microsecond, then the protocols, such as
 * {@code 12:00:00.123456 IP 127.0.0.1.51213 > 127.0.0.1.12345: Flags [S], seq 2449299864, win 65495, options
 * [...], length 0}. It keeps tcpdump's per-connection sequence numbers, so one instance serves one capture, in order.
 */
public final class SummaryLine {
    /** "000" to "999" one after another: the microseconds are written as two such groups. */
    private static final char[] DIGITS3 = new char[3000];

    static {
        for (int i = 0; i < 1000; i++) {
            DIGITS3[3 * i] = (char) ('0' + i / 100);
            DIGITS3[3 * i + 1] = (char) ('0' + i / 10 % 10);
            DIGITS3[3 * i + 2] = (char) ('0' + i % 10);
        }
    }

    private final ZoneRules zone;
    private final TcpdumpTcp tcp = new TcpdumpTcp();
    private final Map<Long, String> interfaceNames = new HashMap<>();
    private long offsetValidFrom = Long.MAX_VALUE;
    private long offsetValidTo = Long.MIN_VALUE;
    private int offsetSeconds;
    /** The last second written and its "HH:MM:SS." text: frames of one second share it. */
    private long prefixSecond = Long.MIN_VALUE;
    private String prefix;

    /** Times in this machine's time zone, as tcpdump writes them. */
    public SummaryLine() {
        this(ZoneId.systemDefault());
    }

    public SummaryLine(ZoneId zone) {
        this.zone = zone.getRules();
    }

    /** The line for one frame, without a line break. */
    public String format(Frame f) {
        StringBuilder s = new StringBuilder(160);
        append(s, f);
        return s.toString();
    }

    /** Appends the line for one frame, without a line break. */
    public void append(StringBuilder s, Frame f) {
        time(s, f.epochMicros());
        s.append(' ');
        Layer[] layers = f.layerArray();
        if (layers.length < 2) {
            s.append(" [|").append(linkWord(f.linkType())).append(']');
            return;
        }
        Layer link = layers[1];
        int next = 2;
        if (link.is(Protocol.SLL) && f.linkType() == LinkType.LINUX_SLL2 && link.has(4, 4)) {
            sll2Prefix(s, link);
        }
        if (link.is(Protocol.RAW)) {
            link = null; // raw IP has no link header to print
        }
        while (next < layers.length - 1 && layers[next].is(Protocol.VLAN)) {
            next++; // tcpdump -nn without -e prints a tagged frame as the packet inside the tag
        }
        Layer network = next < layers.length ? layers[next] : null;
        if (network == null || network.isMalformed() && link != null && network.offset() < link.offset()
                + headerLength(f.linkType())) {
            s.append(" [|").append(linkWord(f.linkType())).append(']');
            return;
        }
        if (network.is(Protocol.IP)) {
            ipv4(s, f, network, layer(layers, next + 1));
        } else if (network.is(Protocol.IPV6)) {
            ipv6(s, f, network, layer(layers, next + 1));
        } else if (network.is(Protocol.ARP)) {
            arp(s, f, network);
        } else {
            unknown(s, f, link, network);
        }
    }

    private static Layer layer(Layer[] layers, int i) {
        return i < layers.length ? layers[i] : null;
    }

    private void time(StringBuilder s, long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        if (seconds != prefixSecond) {
            StringBuilder p = new StringBuilder(9);
            clock(p, seconds);
            prefix = p.toString();
            prefixSecond = seconds;
        }
        s.append(prefix);
        int fraction = (int) Math.floorMod(micros, 1_000_000L);
        s.append(DIGITS3, fraction / 1000 * 3, 3).append(DIGITS3, fraction % 1000 * 3, 3);
    }

    /** "HH:MM:SS." of that second in local time. */
    private void clock(StringBuilder s, long seconds) {
        if (seconds < offsetValidFrom || seconds >= offsetValidTo) {
            Instant at = Instant.ofEpochSecond(seconds);
            offsetSeconds = zone.getOffset(at).getTotalSeconds();
            // The offset holds until the next transition (daylight saving); checking one hour ahead is cheap.
            var nextTransition = zone.nextTransition(at);
            offsetValidFrom = seconds - (seconds % 3600 + 3600) % 3600;
            offsetValidTo = nextTransition == null ? offsetValidFrom + 3600
                    : Math.min(offsetValidFrom + 3600, nextTransition.getInstant().getEpochSecond());
        }
        long local = Math.floorMod(seconds + offsetSeconds, 86_400L);
        two(s, (int) (local / 3600));
        s.append(':');
        two(s, (int) (local / 60 % 60));
        s.append(':');
        two(s, (int) (local % 60));
        s.append('.');
    }

    private static void two(StringBuilder s, int v) {
        if (v < 10) {
            s.append('0');
        }
        s.append(v);
    }

    private void sll2Prefix(StringBuilder s, Layer sll) {
        // Read from the bytes where the dissector found sll.ifindex and sll.pkttype: no fields needed for a summary.
        long index = sll.u32(4, 0);
        String name = interfaceNames.computeIfAbsent(index, SummaryLine::interfaceName);
        pad(s, name, 5);
        s.append(' ');
        int type = sll.u8(10, -1);
        pad(s, switch (type) {
            case 0 -> "In";
            case 1 -> "B";
            case 2 -> "M";
            case 3 -> "P";
            case 4 -> "Out";
            default -> "?";
        }, 3);
        s.append(' ');
    }

    /** The name of this machine's interface with that index, as tcpdump looks it up; "?" when there is none. */
    private static String interfaceName(long index) {
        try {
            NetworkInterface nif = index > 0 && index <= Integer.MAX_VALUE ? NetworkInterface.getByIndex((int) index)
                    : null;
            return nif == null ? "?" : nif.getName();
        } catch (SocketException | RuntimeException e) {
            return "?";
        }
    }

    private static void pad(StringBuilder s, String text, int width) {
        s.append(text);
        for (int i = text.length(); i < width; i++) {
            s.append(' ');
        }
    }

    private void ipv4(StringBuilder s, Frame f, Layer ip, Layer upper) {
        // ip.dst and ip.hdr_len read from the bytes, where the dissector found them.
        if (!ip.has(16, 4) || upper != null && upper.isMalformed() && upper.offset() < ip.offset()
                + Math.max(20, (ip.u8(0, 0) & 0x0f) * 4)) {
            s.append(f.data().length > ip.offset() ? "IP  [|ip]" : " [|ip]");
            return;
        }
        s.append("IP ");
        byte[] d = f.data();
        int o = ip.offset();
        int length = (((d[o + 2] & 0xff) << 8) | (d[o + 3] & 0xff)) - (d[o] & 0x0f) * 4;
        int proto = d[o + 9] & 0xff;
        if ((((d[o + 6] & 0x1f) << 8) | (d[o + 7] & 0xff)) > 0) {
            addresses(s, f, ip);
            s.append(": ip-proto-").append(proto);
            return;
        }
        transport(s, f, ip, upper, proto, length);
    }

    private void ipv6(StringBuilder s, Frame f, Layer ip, Layer upper) {
        if (!ip.has(24, 16)) {
            s.append(f.data().length > ip.offset() ? "IP6  [|ip6]" : " [|ip6]");
            return;
        }
        s.append("IP6 ");
        int proto = ip.u8(6, 0);
        int length = ip.offset() + 40 + ip.u16(4, 0) - ip.offset() - ip.length();
        if (proto != 6 && proto != 17) {
            addresses(s, f, ip);
            s.append(": ");
        }
        // tcpdump names the extension headers it steps over before the upper layer.
        int nh = proto;
        boolean extensions = proto == 0 || proto == 43 || proto == 44 || proto == 60;
        for (Field x : extensions ? ip.fields() : List.<Field>of()) {
            if (x.def() == Ipv6Dissector.EXT_NXT) {
                s.append(switch (nh) {
                    case 0 -> "HBH ";
                    case 60 -> "DSTOPT ";
                    case 43 -> "srcrt ";
                    case 44 -> "frag ";
                    default -> "";
                });
                nh = (int) x.number();
            }
        }
        if ((nh == 6 || nh == 17) && proto != nh) {
            addresses(s, f, ip);
            s.append(": ");
        }
        transport(s, f, ip, upper, nh, length);
    }

    /** "src > dst" of the IP layer, written straight from the frame's bytes. */
    static void addresses(StringBuilder s, Frame f, Layer ip) {
        address(s, f, ip, true);
        s.append(" > ");
        address(s, f, ip, false);
    }

    static void address(StringBuilder s, Frame f, Layer ip, boolean source) {
        if (ip.is(Protocol.IPV6)) {
            s.append(AddressText.ipv6(f.data(), ip.offset() + (source ? 8 : 24)));
        } else {
            s.append(Ipv4Texts.of(f.data(), ip.offset() + (source ? 12 : 16)));
        }
    }

    private void transport(StringBuilder s, Frame f, Layer ip, Layer upper, int proto, int length) {
        boolean v6 = ip.is(Protocol.IPV6);
        switch (proto) {
            case 6 -> {
                if (upper != null && upper.is(Protocol.TCP)) {
                    tcp.append(s, f, ip, upper);
                } else {
                    addresses(s, f, ip);
                    s.append(": [|tcp]");
                }
            }
            case 17 -> udp(s, f, ip, upper != null && upper.is(Protocol.UDP) ? upper : null, length);
            case 1 -> {
                addresses(s, f, ip);
                s.append(": ");
                if (upper != null && upper.is(Protocol.ICMP)) {
                    TcpdumpIcmp.icmp(s, f, upper, length);
                } else {
                    s.append(" [|icmp]");
                }
            }
            case 58 -> {
                if (!v6) {
                    addresses(s, f, ip);
                    s.append(": ");
                }
                if (upper != null && upper.is(Protocol.ICMPV6)) {
                    TcpdumpIcmp.icmpv6(s, f, upper, length);
                } else {
                    s.append(" [|icmp6]");
                }
            }
            default -> {
                if (!v6) {
                    addresses(s, f, ip);
                    s.append(": ");
                }
                if (proto == 59) {
                    s.append("no next header");
                } else {
                    s.append(" ip-proto-").append(proto).append(' ').append(length);
                }
            }
        }
    }

    private static void udp(StringBuilder s, Frame f, Layer ip, Layer udp, int ipPayload) {
        byte[] d = f.data();
        int o = udp == null ? -1 : udp.offset();
        if (udp == null || o + 4 > d.length) {
            addresses(s, f, ip);
            s.append(":  [|udp]");
            return;
        }
        address(s, f, ip, true);
        s.append('.').append(((d[o] & 0xff) << 8) | (d[o + 1] & 0xff)).append(" > ");
        address(s, f, ip, false);
        s.append('.').append(((d[o + 2] & 0xff) << 8) | (d[o + 3] & 0xff)).append(": ");
        if (o + 8 > d.length) {
            s.append(" [|udp]");
            return;
        }
        int length = ((d[o + 4] & 0xff) << 8) | (d[o + 5] & 0xff);
        int sport = ((d[o] & 0xff) << 8) | (d[o + 1] & 0xff);
        int dport = ((d[o + 2] & 0xff) << 8) | (d[o + 3] & 0xff);
        if (length < 8) {
            s.append("truncated-udplength ").append(length);
        } else if (sport == 53 || dport == 53) {
            // tcpdump reads no further than the IP packet's end, and as much of the datagram as both lengths allow
            TcpdumpDns.print(s, d, o + 8, Math.min(length - 8, ipPayload - 8), o + ipPayload, false);
        } else {
            s.append("UDP, length ").append(length - 8);
        }
    }

    private static void arp(StringBuilder s, Frame f, Layer arp) {
        s.append("ARP, ");
        long op = arp.number(ArpDissector.OPCODE, -1);
        String spa = arp.text(ArpDissector.SRC_IP);
        String tpa = arp.text(ArpDissector.DST_IP);
        int length = f.originalLength() - arp.offset();
        if (op < 0) {
            s.append(" [|arp]");
            return;
        }
        if (spa == null || tpa == null) {
            long hw = arp.number(ArpDissector.HW_SIZE, 0);
            long pr = arp.number(ArpDissector.PROTO_SIZE, 0);
            if (arp.field(ArpDissector.ADDRESSES).isPresent()) {
                s.append(Names.hardwareType((int) arp.number(ArpDissector.HW_TYPE, 0))).append(" (len ").append(hw)
                        .append("), ").append(Names.etherType((int) arp.number(ArpDissector.PROTO_TYPE, 0)))
                        .append(" (len ").append(pr).append("), length ").append(length);
            } else {
                s.append(" [|arp]");
            }
            return;
        }
        switch ((int) op) {
            case 1 -> {
                s.append("Request who-has ").append(tpa);
                String tha = arp.text(ArpDissector.DST_MAC);
                if (tha != null && !tha.equals("00:00:00:00:00:00")) {
                    s.append(" (").append(tha).append(')');
                }
                s.append(" tell ").append(spa);
            }
            case 2 -> s.append("Reply ").append(spa).append(" is-at ").append(arp.text(ArpDissector.SRC_MAC));
            case 3 -> s.append("Reverse Request who-is ").append(arp.text(ArpDissector.DST_MAC)).append(" tell ")
                    .append(arp.text(ArpDissector.SRC_MAC));
            case 4 -> s.append("Reverse Reply ").append(arp.text(ArpDissector.DST_MAC)).append(" at ").append(tpa);
            default -> s.append("Unknown (").append(op).append(')');
        }
        s.append(", length ").append(length);
    }

    /** A frame whose network protocol the lab does not decode: the link header in tcpdump's -e words, then hex. */
    private static void unknown(StringBuilder s, Frame f, Layer link, Layer rest) {
        if (link != null && link.is(Protocol.ETH)) {
            int type = (int) link.number(LinkDissector.ETH_TYPE, 0);
            s.append(link.text(LinkDissector.ETH_SRC)).append(" > ").append(link.text(LinkDissector.ETH_DST));
            if (type <= 1500) {
                s.append(", 802.3, length ").append(f.originalLength()).append(": ");
            } else {
                s.append(", ethertype ").append(Names.etherType(type).equals("Unknown") ? "Unknown"
                        : Names.etherType(type)).append(String.format(" (0x%04x)", type)).append(", length ")
                        .append(f.originalLength()).append(": ");
            }
        } else if (link != null && link.is(Protocol.NULL)) {
            s.append("AF ").append(link.number(LinkDissector.NULL_FAMILY, 0)).append(", length ")
                    .append(f.originalLength())
                    .append(": ");
        }
        hex(s, f.data(), rest.offset(), f.data().length);
    }

    /**
     * tcpdump's dump of data it cannot decode: per line the offset, 16 bytes in pairs, then those bytes as text
     * (only visible ASCII; everything else, spaces included, as '.').
     */
    private static void hex(StringBuilder s, byte[] d, int from, int to) {
        for (int line = from; line < to; line += 16) {
            int end = Math.min(to, line + 16);
            s.append("\n\t0x").append(String.format("%04x", line - from)).append(": ");
            int width = 0;
            for (int p = line; p < end; p += 2) {
                s.append(' ').append(Character.forDigit((d[p] >> 4) & 15, 16)).append(Character.forDigit(d[p] & 15,
                        16));
                width += 3;
                if (p + 1 < end) {
                    s.append(Character.forDigit((d[p + 1] >> 4) & 15, 16)).append(Character.forDigit(d[p + 1] & 15,
                            16));
                    width += 2;
                }
            }
            for (; width < 40; width++) {
                s.append(' ');
            }
            s.append("  ");
            for (int p = line; p < end; p++) {
                int c = d[p] & 0xff;
                s.append(c > 0x20 && c < 0x7f ? (char) c : '.');
            }
        }
    }

    private static int headerLength(LinkType t) {
        return switch (t) {
            case ETHERNET -> 14;
            case LINUX_SLL -> 16;
            case LINUX_SLL2 -> 20;
            case NULL, LOOP -> 4;
            case RAW, IPV4, IPV6 -> 0;
        };
    }

    private static String linkWord(LinkType t) {
        return switch (t) {
            case ETHERNET -> "ether";
            case LINUX_SLL -> "sll";
            case LINUX_SLL2 -> "sll2";
            case NULL, LOOP -> "null";
            case RAW, IPV4, IPV6 -> "ip";
        };
    }
}
