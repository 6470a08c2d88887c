package socketlab.ui.capture;

import javafx.css.PseudoClass;
import socketlab.decode.Layer;

/**
 * The colour family of a decoded layer, shared by the bytes pane and the header diagrams: link, network, transport,
 * application data, padding, or the undecodable rest of a malformed frame.
 */
enum LayerTint {
    ETH("eth"), IP("ip"), TCP("tcp"), PAYLOAD("payload"), PADDING("pad"), MALFORMED("bad");

    private final String id;
    private final PseudoClass pseudoClass;

    LayerTint(String id) {
        this.id = id;
        this.pseudoClass = PseudoClass.getPseudoClass(id);
    }

    /** The style class of a layer's lines in the detail tree: its tint's, or {@code layer-frame} for the frame. */
    static String treeClass(Layer layer) {
        LayerTint tint = of(layer);
        return tint == null ? "layer-frame" : tint.styleClass();
    }

    /** The tint of a layer, or {@code null} for the {@code frame} pseudo-layer, which covers no bytes of its own. */
    static LayerTint of(Layer layer) {
        return switch (layer.name()) {
            case Layer.FRAME -> null;
            case "eth", "vlan", "sll", "null", "raw" -> ETH;
            case "ip", "ipv6", "arp" -> IP;
            case "tcp", "udp", "icmp", "icmpv6" -> TCP;
            case Layer.PAYLOAD -> PAYLOAD;
            case Layer.MALFORMED -> MALFORMED;
            default -> PADDING;
        };
    }

    /** The style class of a diagram section, a box or a detail-tree line of this tint: {@code layer-ip}. */
    String styleClass() {
        return "layer-" + id;
    }

    /** The pseudo-class a byte of this tint carries in the bytes pane: {@code :ip}. */
    PseudoClass pseudoClass() {
        return pseudoClass;
    }
}
