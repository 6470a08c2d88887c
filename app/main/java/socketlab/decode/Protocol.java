package socketlab.decode;

import java.util.HashMap;
import java.util.Map;

/**
 * What each protocol the lab decodes is, in one place: its layer name (Wireshark's protocol name, as in
 * {@code frame.protocols}), the name the packet list's Protocol column shows, the colour family the detail tree,
 * the bytes and the diagrams paint it in, and how many bits wide a row of its header diagram is (RFC 1035 draws the
 * DNS header 16 bits wide, the IP and TCP RFCs 32).
 */
public enum Protocol {
    FRAME("frame", "Frame", Colour.NONE, 32, false),
    ETH("eth", "Ethernet", Colour.LINK, 16, true),
    SLL("sll", "SLL", Colour.LINK, 16, true),
    NULL("null", "NULL", Colour.LINK, 16, true),
    RAW("raw", "Raw", Colour.LINK, 32, true),
    VLAN("vlan", "802.1Q", Colour.LINK, 32, true),
    ARP("arp", "ARP", Colour.NETWORK, 32, true),
    IP("ip", "IPv4", Colour.NETWORK, 32, true),
    IPV6("ipv6", "IPv6", Colour.NETWORK, 32, true),
    TCP("tcp", "TCP", Colour.TRANSPORT, 32, true),
    UDP("udp", "UDP", Colour.TRANSPORT, 32, true),
    ICMP("icmp", "ICMP", Colour.TRANSPORT, 32, true),
    ICMPV6("icmpv6", "ICMPv6", Colour.TRANSPORT, 32, true),
    DNS("dns", "DNS", Colour.APPLICATION, 16, true),
    HTTP("http", "HTTP", Colour.APPLICATION, 32, true),
    TLS("tls", "TLS", Colour.APPLICATION, 32, true),
    /** The text lines of the lab's own hello, echo and time servers: Wireshark has no name for them ({@code data}). */
    LAB("lab", "Lab", Colour.APPLICATION, 32, false),
    PAYLOAD(Layer.PAYLOAD, "Data", Colour.PAYLOAD, 32, false),
    PADDING(Fields.PADDING_LAYER, "Padding", Colour.PADDING, 32, false),
    MALFORMED(Layer.MALFORMED, "Malformed", Colour.MALFORMED, 32, false);

    /** The colour families of the capture pane; the window maps each to a named colour of the theme. */
    public enum Colour { NONE, LINK, NETWORK, TRANSPORT, APPLICATION, PAYLOAD, PADDING, MALFORMED }

    private static final Map<String, Protocol> BY_NAME = new HashMap<>();

    static {
        for (Protocol p : values()) {
            BY_NAME.put(p.layerName, p);
        }
    }

    private final String layerName;
    private final String column;
    private final Colour colour;
    private final int diagramBits;
    private final boolean listed;

    Protocol(String layerName, String column, Colour colour, int diagramBits, boolean listed) {
        this.layerName = layerName;
        this.column = column;
        this.colour = colour;
        this.diagramBits = diagramBits;
        this.listed = listed;
    }

    /** The protocol of a layer name, or {@code null} for a name the lab does not know. */
    public static Protocol of(String layerName) {
        return BY_NAME.get(layerName);
    }

    /** Wireshark's protocol name, the layer's name: {@code dns}. */
    public String layerName() {
        return layerName;
    }

    /** The packet list's Protocol column: {@code DNS}. */
    public String column() {
        return column;
    }

    public Colour colour() {
        return colour;
    }

    /** The width of one row of the header diagram, in bits. */
    public int diagramBits() {
        return diagramBits;
    }

    /** Whether the layer joins {@code frame.protocols} (the frame itself, data, padding and malformed do not). */
    public boolean listed() {
        return listed;
    }
}
