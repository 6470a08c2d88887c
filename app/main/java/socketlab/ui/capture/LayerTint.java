package socketlab.ui.capture;

import javafx.css.PseudoClass;
import socketlab.decode.Layer;
import socketlab.decode.Protocol;

/**
 * The colour family of a decoded layer, shared by the bytes pane and the header diagrams: link, network, transport,
 * application data, padding, or the undecodable rest of a malformed frame.
 */
enum LayerTint {
    ETH("eth"), IP("ip"), TCP("tcp"), APP("app"), PAYLOAD("payload"), PADDING("pad"), MALFORMED("bad");

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
        Protocol p = layer.protocol();
        return switch (p == null ? Protocol.Colour.PADDING : p.colour()) {
            case NONE -> null;
            case LINK -> ETH;
            case NETWORK -> IP;
            case TRANSPORT -> TCP;
            case APPLICATION -> APP;
            case PAYLOAD -> PAYLOAD;
            case MALFORMED -> MALFORMED;
            case PADDING -> PADDING;
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
