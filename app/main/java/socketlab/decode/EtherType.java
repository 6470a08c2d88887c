package socketlab.decode;

import java.util.HashMap;
import java.util.Map;

/**
 * The Ethernet types the lab names (the protocol a link header says follows), as pcap4j's {@code EtherType}: a number
 * with Wireshark's name for it. Dissectors register under these.
 */
public record EtherType(int value, String name) {
    private static final Map<Integer, EtherType> KNOWN = new HashMap<>();

    public static final EtherType IPV4 = known(0x0800, "IPv4");
    public static final EtherType ARP = known(0x0806, "ARP");
    public static final EtherType IPV6 = known(0x86dd, "IPv6");
    public static final EtherType VLAN = known(0x8100, "802.1Q Virtual LAN");
    public static final EtherType QINQ = known(0x88a8, "802.1ad Provider Bridge (Q-in-Q)");

    static {
        known(0x88cc, "802.1 Link Layer Discovery Protocol (LLDP)");
        known(0x8035, "Reverse ARP");
        known(0x8847, "MPLS label switched packet");
        known(0x8863, "PPPoE Discovery");
        known(0x8864, "PPPoE Session");
    }

    private static EtherType known(int value, String name) {
        EtherType t = new EtherType(value, name);
        KNOWN.put(value, t);
        return t;
    }

    /** The named type, or one named as Wireshark names an unknown type (or a length, at 1500 and below). */
    public static EtherType of(int value) {
        EtherType t = KNOWN.get(value);
        return t != null ? t : new EtherType(value, value <= 1500 ? "Length (IEEE 802.3)" : "Unknown");
    }
}
