package socketlab.ui.address;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import socketlab.net.AddressAnatomy;
import socketlab.net.DottedPart;
import socketlab.net.Ipv6Forms;
import socketlab.net.NetworkOrder;

/** Big boxes for an address's bytes: each dotted part or IPv6 group above its bytes, in hex and binary. */
final class ByteBoxes {
    private ByteBoxes() {
    }

    /** IPv4: per byte, its decimal part above, the hex byte, its 8 bits below; dots between. */
    static List<Node> ipv4(AddressAnatomy a) {
        List<Node> nodes = new ArrayList<>();
        byte[] b = a.bytes();
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                nodes.add(label(".", "byte-separator"));
            }
            nodes.add(column(label(String.valueOf(b[i] & 0xff), "part-label"),
                    label(NetworkOrder.hex(b[i]), "byte-box"),
                    label(NetworkOrder.binary(b[i]), "bits-label"),
                    label("byte " + i, "offset-label")));
        }
        return nodes;
    }

    /** IPv6: per group, its 4 hex digits above its two bytes; colons between. */
    static List<Node> ipv6(AddressAnatomy a) {
        List<Node> nodes = new ArrayList<>();
        byte[] b = a.bytes();
        int[] groups = Ipv6Forms.groups(b);
        for (int i = 0; i < groups.length; i++) {
            if (i > 0) {
                nodes.add(label(":", "byte-separator"));
            }
            HBox pair = new HBox(label(NetworkOrder.hex(b[2 * i]), "byte-box"),
                    label(NetworkOrder.hex(b[2 * i + 1]), "byte-box"));
            pair.getStyleClass().add("byte-pair");
            nodes.add(column(label("%04x".formatted(groups[i]), "part-label"), pair,
                    label("bytes " + 2 * i + "–" + (2 * i + 1), "offset-label")));
        }
        return nodes;
    }

    /** The parts of an invalid dotted quad: the ones that are not one byte stand out with the reason. */
    static List<Node> parts(List<DottedPart> parts) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            DottedPart p = parts.get(i);
            if (i > 0) {
                nodes.add(label(".", "byte-separator"));
            }
            Label box = label(p.text().isEmpty() ? " " : p.text(), "part-box");
            Label note = label(p.note(), "part-note");
            if (!p.fits()) {
                box.getStyleClass().add("bad");
                note.getStyleClass().add("bad");
            }
            nodes.add(column(label("part " + (i + 1), "offset-label"), box, note));
        }
        return nodes;
    }

    private static VBox column(Node... children) {
        VBox v = new VBox(children);
        v.getStyleClass().add("byte-column");
        return v;
    }

    static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
