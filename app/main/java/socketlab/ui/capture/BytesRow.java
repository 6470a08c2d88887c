package socketlab.ui.capture;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One row of the bytes pane: the offset, sixteen hex bytes in two groups of eight, and the same bytes as ASCII. The
 * cells are reused as the list scrolls, so a large frame costs only the rows on screen.
 */
final class BytesRow extends ListCell<Integer> {
    static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");
    static final PseudoClass CARET = PseudoClass.getPseudoClass("caret");
    static final PseudoClass DOT = PseudoClass.getPseudoClass("dot");

    private final BytesView view;
    private final Label offset = new Label();
    private final Label[] hex = new Label[HexText.ROW];
    private final Label[] ascii = new Label[HexText.ROW];
    private final HBox row;

    BytesRow(BytesView view) {
        this.view = view;
        offset.getStyleClass().add("bytes-offset");
        offset.setMinWidth(Region.USE_PREF_SIZE);
        HBox hexBox = new HBox();
        hexBox.getStyleClass().add("bytes-hex");
        HBox asciiBox = new HBox();
        asciiBox.getStyleClass().add("bytes-ascii");
        for (int i = 0; i < HexText.ROW; i++) {
            hex[i] = cellLabel("hex-byte", i);
            ascii[i] = cellLabel("ascii-byte", i);
            if (i == HexText.ROW / 2) {
                Region gap = new Region();
                gap.getStyleClass().add("bytes-group-gap");
                hexBox.getChildren().add(gap);
            }
            hexBox.getChildren().add(hex[i]);
            asciiBox.getChildren().add(ascii[i]);
        }
        row = new HBox(offset, hexBox, asciiBox);
        row.getStyleClass().add("bytes-row");
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("bytes-cell");
        setText(null);
    }

    private Label cellLabel(String styleClass, int column) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            Integer at = (Integer) l.getUserData();
            if (at != null) {
                view.pick(at);
                e.consume();
            }
        });
        return l;
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        int start = item * HexText.ROW;
        byte[] data = view.data();
        offset.setText(HexText.offset(start));
        for (int i = 0; i < HexText.ROW; i++) {
            int at = start + i;
            boolean there = at < data.length;
            fill(hex[i], there, at, there ? HexText.hex(data[at]) : "  ");
            fill(ascii[i], there, at, there ? HexText.ascii(data[at]) : " ");
            ascii[i].pseudoClassStateChanged(DOT, there && !HexText.printable(data[at]));
        }
        setGraphic(row);
    }

    private void fill(Label l, boolean there, int at, String text) {
        l.setText(text);
        l.setUserData(there ? at : null);
        l.setVisible(there); // keeps its width, so a short last row leaves the ASCII column where it is
        LayerTint tint = there ? view.tintAt(at) : null;
        for (LayerTint t : LayerTint.values()) {
            l.pseudoClassStateChanged(t.pseudoClass(), t == tint);
        }
        mark(l, there, at);
    }

    /** Re-applies the lit and caret marks of the row it shows, without rebuilding the row. */
    void restyle() {
        if (isEmpty() || getItem() == null) {
            return;
        }
        for (int i = 0; i < HexText.ROW; i++) {
            for (Label l : new Label[] {hex[i], ascii[i]}) {
                Integer at = (Integer) l.getUserData();
                mark(l, at != null, at == null ? -1 : at);
            }
        }
    }

    private void mark(Label l, boolean there, int at) {
        l.pseudoClassStateChanged(LIT, there && view.isLit(at));
        l.pseudoClassStateChanged(CARET, there && view.caret() == at);
    }
}
