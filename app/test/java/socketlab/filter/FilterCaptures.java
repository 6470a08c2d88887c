package socketlab.filter;

import static socketlab.decode.Packets.ACK;
import static socketlab.decode.Packets.FIN;
import static socketlab.decode.Packets.PSH;
import static socketlab.decode.Packets.RST;
import static socketlab.decode.Packets.SYN;
import static socketlab.decode.Packets.ip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import socketlab.decode.Packets;
import socketlab.decode.PcapWriter;
import socketlab.decode.SampleFrames;

/**
 * The capture the filter corpus runs on: every kind of frame the decoder reads (Ethernet with IPv4 and IPv6, TCP
 * handshakes on well-known and lab ports, UDP, ICMP and its errors quoting a packet, ICMPv6, ARP, a VLAN tag, a
 * bad checksum, IP options, IPv6 extension headers), one second apart so tshark's per-second statistics give one
 * row per frame.
 */
public final class FilterCaptures {
    public static final long START_MICROS = 1_700_000_000_000_000L;
    private static final byte[] MAC_A = {0x02, 0, 0, 0, 0, 0x0a};
    private static final byte[] MAC_B = {0x02, 0, 0, 0, 0, 0x0b};
    private static final byte[] BROADCAST = {-1, -1, -1, -1, -1, -1};

    private FilterCaptures() {
    }

    /** The frames of the corpus capture. */
    public static List<byte[]> frames() {
        List<byte[]> frames = new ArrayList<>();
        for (byte[] p : SampleFrames.ipPackets()) {
            if (!quotesAPacket(p)) {
                frames.add(ether(p, frames.size() % 3 == 0));
            }
        }
        byte[] a = ip("10.1.2.3");
        byte[] b = ip("10.1.9.9");
        byte[] c = ip("172.16.5.4");
        byte[] hello = "Hello, Socket Lab\n".getBytes(StandardCharsets.US_ASCII);
        // handshakes to well-known and lab ports, without payload so no application dissector claims them
        int[][] ports = {{50001, 80}, {50002, 443}, {50003, 8000}, {50004, 8050}, {50005, 8100}, {50006, 8101}};
        for (int[] pp : ports) {
            frames.add(ether(Packets.ipv4(a, b, 6, pp[0], new byte[0], Packets.tcp(a, b, pp[0], pp[1], 1000, 0, SYN,
                    64240, Packets.synOptions(1460, 77, 7), new byte[0])), true));
            frames.add(ether(Packets.ipv4(b, a, 6, pp[1], new byte[0], Packets.tcp(b, a, pp[1], pp[0], 5000, 1001,
                    SYN | ACK, 65160, Packets.synOptions(1400, 78, 8), new byte[0])), false));
        }
        // a whole short conversation with data both ways, on lab ports
        frames.add(ether(Packets.ipv4(c, a, 6, 900, new byte[0], Packets.tcp(c, a, 41000, 45123, 7, 0, SYN, 1024,
                new byte[0], new byte[0])), true));
        frames.add(ether(Packets.ipv4(a, c, 6, 901, new byte[0], Packets.tcp(a, c, 45123, 41000, 70, 8, SYN | ACK,
                1024, new byte[0], new byte[0])), false));
        frames.add(ether(Packets.ipv4(c, a, 6, 902, new byte[0], Packets.tcp(c, a, 41000, 45123, 8, 71, PSH | ACK,
                1024, new byte[0], hello)), true));
        frames.add(ether(Packets.ipv4(a, c, 6, 903, new byte[0], Packets.tcp(a, c, 45123, 41000, 71, 26,
                PSH | ACK | FIN, 1024, new byte[0], "bye\n".getBytes(StandardCharsets.US_ASCII))), false));
        frames.add(ether(Packets.ipv4(c, a, 6, 904, new byte[0], Packets.tcp(c, a, 41000, 45123, 26, 0, RST, 0,
                new byte[0], new byte[0])), true));
        // UDP both ways with text, and an empty datagram
        frames.add(ether(Packets.ipv4(a, c, 17, 905, new byte[0], Packets.udp(a, c, 45000, 45001,
                "ping-pong UDP".getBytes(StandardCharsets.US_ASCII))), true));
        frames.add(ether(Packets.ipv4(c, a, 17, 906, new byte[0], Packets.udp(c, a, 45001, 45000,
                "PONG".getBytes(StandardCharsets.US_ASCII))), false));
        // ARP: who-has and the answer
        frames.add(Packets.ethernet(BROADCAST, MAC_A, 0x0806, Packets.arp(1, MAC_A, a, new byte[6], b)));
        frames.add(Packets.ethernet(MAC_A, MAC_B, 0x0806, Packets.arp(2, MAC_B, b, MAC_A, a)));
        // an 802.1Q tag on VLAN 42 around a UDP datagram
        byte[] udp = Packets.ipv4(a, b, 17, 907, new byte[0], Packets.udp(a, b, 45010, 45011, hello));
        byte[] tagged = Packets.concat(new byte[] {0x60, 42, 0x08, 0x00}, udp); // priority 3, VLAN 42, then IPv4
        frames.add(Packets.ethernet(MAC_B, MAC_A, 0x8100, tagged));
        return frames;
    }

    /**
     * Whether the packet is an ICMP error quoting the packet it is about: Wireshark decodes the quoted IP and UDP
     * headers as more occurrences of their fields, the lab's decoder shows them as the error's data, so the two
     * cannot agree on them.
     */
    private static boolean quotesAPacket(byte[] p) {
        if ((p[0] >> 4) == 4) {
            int type = p[(p[0] & 0x0f) * 4] & 0xff;
            return p[9] == 1 && (type == 3 || type == 11);
        }
        return p[6] == 58 && p[40] == 1;
    }

    private static byte[] ether(byte[] ipPacket, boolean aToB) {
        int type = (ipPacket[0] >> 4) == 6 ? 0x86dd : 0x0800;
        return aToB ? Packets.ethernet(MAC_B, MAC_A, type, ipPacket) : Packets.ethernet(MAC_A, MAC_B, type, ipPacket);
    }

    /** Writes the corpus capture: Ethernet frames one second apart. */
    public static Path write(Path dir) throws IOException {
        Path file = dir.resolve("corpus.pcap");
        try (PcapWriter w = new PcapWriter(file, 1)) {
            long t = START_MICROS;
            for (byte[] f : frames()) {
                w.frame(t, f);
                t += 1_000_000L;
            }
            // tshark's per-second table leaves out the last second: one more frame, which the test does not count
            w.frame(t, frames().getLast());
        }
        return file;
    }
}
