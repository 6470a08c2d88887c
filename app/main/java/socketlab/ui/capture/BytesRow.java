package socketlab.ui.capture;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One row of the bytes pane: the offset, sixteen hex bytes in two groups of eight (or eight or four where the pane is
 * narrow), and the same bytes as ASCII. The cells are reused as the list scrolls, so a large frame costs only the rows
 * on screen.
 */
final class BytesRow extends ListCell<Integer> {
    static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");
    static final PseudoClass CARET = PseudoClass.getPseudoClass("caret");
    static final PseudoClass DOT = PseudoClass.getPseudoClass("dot");

    private final BytesView view;
    private final Label offset = new Label();
    private final HBox hexBox = new HBox();
    private final HBox asciiBox = new HBox();
    private final HBox row;
    /** The byte cells of the row, as many as the pane's rows hold now; rebuilt when that changes. */
    private Label[] hex = new Label[0];
    private Label[] ascii = new Label[0];

    BytesRow(BytesView view) {
        this.view = view;
        offset.getStyleClass().add("bytes-offset");
        offset.setMinWidth(Region.USE_PREF_SIZE);
        hexBox.getStyleClass().add("bytes-hex");
        asciiBox.getStyleClass().add("bytes-ascii");
        row = new HBox(offset, hexBox, asciiBox);
        row.getStyleClass().add("bytes-row");
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("bytes-cell");
        setText(null);
        build(view.perRow());
    }

    /** Makes {@code perRow} byte cells in each column, with the gap between groups of eight. */
    private void build(int perRow) {
        hex = new Label[perRow];
        ascii = new Label[perRow];
        hexBox.getChildren().clear();
        asciiBox.getChildren().clear();
        for (int i = 0; i < perRow; i++) {
            hex[i] = cellLabel("hex-byte", i);
            ascii[i] = cellLabel("ascii-byte", i);
            if (HexText.gapBefore(i, perRow)) {
                Region gap = new Region();
                gap.getStyleClass().add("bytes-group-gap");
                hexBox.getChildren().add(gap);
            }
            hexBox.getChildren().add(hex[i]);
            asciiBox.getChildren().add(ascii[i]);
        }
    }

    /** The whole row laid out for {@code perRow} bytes, for the pane to measure how many fit. */
    HBox measure(int perRow) {
        if (hex.length != perRow) {
            build(perRow);
        }
        offset.setText(HexText.offset(0));
        for (int i = 0; i < perRow; i++) {
            hex[i].setText("00");
            ascii[i].setText(".");
        }
        return row;
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
        int perRow = view.perRow();
        if (hex.length != perRow) {
            build(perRow);
        }
        int start = item * perRow;
        byte[] data = view.data();
        offset.setText(HexText.offset(start));
        for (int i = 0; i < perRow; i++) {
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
        for (int i = 0; i < hex.length; i++) {
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
