package socketlab.ui.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import socketlab.net.FieldOrder;
import socketlab.net.NetworkOrder;
import socketlab.net.SockaddrField;
import socketlab.net.SockaddrLayout;

/**
 * A socket address structure as a row of byte cells, grouped by field: the field's name and byte order above, each
 * byte with its offset, what the bytes mean below, coloured by host order, network order or padding.
 */
final class LayoutStrip {
    private LayoutStrip() {
    }

    /** One group of cells per field, in memory order. */
    static List<Node> fields(SockaddrLayout layout) {
        List<Node> groups = new ArrayList<>();
        for (SockaddrField f : layout.fields()) {
            HBox cells = new HBox();
            cells.getStyleClass().add("layout-cells");
            byte[] b = f.bytes();
            for (int i = 0; i < b.length; i++) {
                VBox cell = new VBox(ByteBoxes.label(String.valueOf(f.offset() + i), "cell-offset"),
                        ByteBoxes.label(NetworkOrder.hex(b[i]), "layout-cell"));
                cell.getStyleClass().add("layout-cell-column");
                cells.getChildren().add(cell);
            }
            Label meaning = ByteBoxes.label(f.meaning(), "field-meaning");
            VBox group = new VBox(ByteBoxes.label(f.name(), "field-name"),
                    ByteBoxes.label(f.size() + (f.size() == 1 ? " byte · " : " bytes · ") + f.order().label(),
                            "field-order"),
                    cells, meaning);
            group.getStyleClass().addAll("field-group", styleClass(f.order()));
            group.setId("field-" + f.name());
            groups.add(group);
        }
        return groups;
    }

    /** The style class that colours a field: order-host, order-network or order-padding. */
    static String styleClass(FieldOrder order) {
        return "order-" + order.name().toLowerCase(Locale.ROOT);
    }
}
