package socketlab.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import socketlab.capture.RawFrame;
import socketlab.net.Addresses;

/**
 * One line per captured frame for {@code socketlab capture}: number, local time of day, source and destination,
 * protocol with TCP's flags, and the frame's length, e.g.
 * {@code 1 14:02:11.123456 127.0.0.1:40512 > 127.0.0.1:5000 TCP [SYN] 74 bytes}. It reads only the few header
 * fields it prints and never fails on a short or unusual frame: what it cannot read, it leaves out.
 */
final class PacketLine {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final String[] TCP_FLAGS = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    private static final int[] TCP_FLAG_ORDER = {1, 0, 2, 3, 4, 5, 6, 7}; // SYN before FIN, as Wireshark lists them

    private final byte[] b;

    private PacketLine(byte[] data) {
        this.b = data;
    }

    static String of(RawFrame frame, ZoneId zone) {
        long micros = frame.timestampMicros();
        LocalTime time = LocalTime.ofInstant(
                Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L), zone);
        return frame.number() + " " + TIME.format(time) + " " + new PacketLine(frame.data()).link(frame.linkType())
                + " " + frame.originalLength() + " bytes";
    }

    private String link(int linkType) {
        return switch (linkType) {
            case 1 -> b.length >= 14 ? ether(u16(12), 14) : "short Ethernet frame";
            case 113 -> b.length >= 16 ? ether(u16(14), 16) : "short Linux cooked frame";
            case 276 -> b.length >= 20 ? ether(u16(0), 20) : "short Linux cooked frame";
            case 0, 108 -> b.length >= 4 ? ipByVersion(4) : "short loopback frame";
            case 101 -> ipByVersion(0);
            default -> "link type " + linkType;
        };
    }

    private String ether(int type, int at) {
        if (type == 0x8100 && b.length >= at + 4) {
            return ether(u16(at + 2), at + 4); // one VLAN tag
        }
        return switch (type) {
            case 0x0800 -> ipv4(at);
            case 0x86dd -> ipv6(at);
            case 0x0806 -> "ARP";
            default -> String.format("ethertype 0x%04x", type);
        };
    }

    private String ipByVersion(int at) {
        if (b.length <= at) {
            return "empty frame";
        }
        return switch ((b[at] & 0xff) >> 4) {
            case 4 -> ipv4(at);
            case 6 -> ipv6(at);
            default -> "not IP";
        };
    }

    private String ipv4(int at) {
        if (b.length < at + 20) {
            return "IPv4, truncated";
        }
        int headerLength = (b[at] & 0x0f) * 4;
        int protocol = b[at + 9] & 0xff;
        boolean laterFragment = (u16(at + 6) & 0x1fff) != 0; // only the first fragment holds the ports
        return transport(address(at + 12, 4), address(at + 16, 4), protocol, laterFragment ? -1 : at + headerLength,
                false);
    }

    private String ipv6(int at) {
        if (b.length < at + 40) {
            return "IPv6, truncated";
        }
        return transport(address(at + 8, 16), address(at + 24, 16), b[at + 6] & 0xff, at + 40, true);
    }

    private String transport(String src, String dst, int protocol, int at, boolean v6) {
        boolean ports = at >= 0 && (protocol == 6 || protocol == 17) && b.length >= at + 4;
        String from = ports ? endpoint(src, u16(at), v6) : src;
        String to = ports ? endpoint(dst, u16(at + 2), v6) : dst;
        String what = switch (protocol) {
            case 6 -> ports && b.length >= at + 14 ? "TCP " + flags(b[at + 13] & 0xff) : "TCP";
            case 17 -> "UDP";
            case 1 -> "ICMP";
            case 58 -> "ICMPv6";
            default -> (v6 ? "IPv6 next header " : "IP protocol ") + protocol;
        };
        return from + " > " + to + " " + what;
    }

    private static String flags(int bits) {
        List<String> set = new ArrayList<>();
        for (int i : TCP_FLAG_ORDER) {
            if ((bits & (1 << i)) != 0) {
                set.add(TCP_FLAGS[i]);
            }
        }
        return "[" + String.join(", ", set) + "]";
    }

    private static String endpoint(String address, int port, boolean v6) {
        return v6 ? "[" + address + "]:" + port : address + ":" + port;
    }

    private String address(int at, int length) {
        try {
            InetAddress a = InetAddress.getByAddress(Arrays.copyOfRange(b, at, at + length));
            return Addresses.toText(a);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e); // only for a length other than 4 or 16
        }
    }

    private int u16(int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }
}
