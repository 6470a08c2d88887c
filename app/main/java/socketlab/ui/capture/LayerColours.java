package socketlab.ui.capture;

/** Which of the theme's layer colours a protocol layer is painted in, one per level of the lectures' stack. */
public final class LayerColours {
    private LayerColours() {
    }

    /**
     * The colour group of a layer named as Wireshark names it: {@code eth} for link layers, {@code ip} for network
     * layers (ARP too), {@code transport} for TCP, UDP and ICMP, {@code payload}, {@code malformed} or {@code frame}.
     */
    public static String of(String layerName) {
        return switch (layerName) {
            case "eth", "sll", "null", "raw" -> "eth";
            case "ip", "ipv6", "arp" -> "ip";
            case "tcp", "udp", "icmp", "icmpv6" -> "transport";
            case "payload" -> "payload";
            case "frame" -> "frame";
            default -> "malformed";
        };
    }
}
