package socketlab.ui.capture;

import java.net.URL;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import socketlab.decode.Frame;
import socketlab.decode.Layer;

/**
 * The bytes pane of a decoded frame: offset, hex and ASCII columns, sixteen bytes a row (eight or four when the pane is
 * too narrow for sixteen, so it never scrolls sideways), each byte tinted by the layer it belongs to, the selected field's bytes lit. Rows are virtual (only those on screen exist), so a 64 KiB frame
 * costs no more than a short one. Clicking a byte or moving over them with the arrow keys reports the byte's offset.
 */
public final class BytesView extends Region {
    private static final byte[] NONE = new byte[0];
    private static final LayerTint[] TINTS = LayerTint.values();

    private final ListView<Integer> list = new ListView<>();
    /** Every row cell the list made: a few screens' worth, restyled in place when the lit bytes or the caret move. */
    private final List<BytesRow> rows = new ArrayList<>();
    private byte[] data = NONE;
    /** The tint of each byte, as an ordinal + 1 (0 for none), filled once per shown frame. */
    private byte[] tints = NONE;
    private int litStart;
    private int litEnd;
    private int caret = -1;
    private IntConsumer onByteSelected = at -> { };
    /** Bytes a row now: the most of {@link HexText#ROWS} whose row fits the pane's width. */
    private int perRow = HexText.ROW;
    /** A row never shown, measured to learn how wide a row of 16, 8 or 4 bytes is in the text size of the moment. */
    private final BytesRow probe;
    /** The widths {@link #probe} measured, by {@link HexText#ROWS}, and the text size they were measured at. */
    private final double[] rowWidths = new double[HexText.ROWS.length];
    private double measuredAt = -1;

    public BytesView() {
        getStyleClass().add("bytes-view");
        URL css = BytesView.class.getResource("/socketlab/ui/css/capture.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        list.getStyleClass().add("bytes-list");
        list.setCellFactory(l -> {
            BytesRow row = new BytesRow(this);
            rows.add(row);
            return row;
        });
        Label empty = new Label("Select a packet to see its bytes.");
        empty.getStyleClass().add("capture-placeholder");
        list.setPlaceholder(empty);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        probe = new BytesRow(this);
        probe.setManaged(false);
        probe.setVisible(false);
        getChildren().addAll(list, probe);
    }

    // Properties

    /** Shows the bytes of {@code frame}, tinted by layer, nothing lit; {@code null} clears the pane. */
    public void show(Frame frame) {
        data = frame == null ? NONE : frame.data();
        tints = new byte[data.length];
        if (frame != null) {
            for (Layer layer : frame.layers()) {
                LayerTint tint = LayerTint.of(layer);
                if (tint == null) {
                    continue;
                }
                int from = Math.max(0, layer.offset());
                int to = Math.min(data.length, layer.offset() + layer.length());
                for (int i = from; i < to; i++) {
                    tints[i] = (byte) (tint.ordinal() + 1); // inner layers come later and win
                }
            }
        }
        litStart = 0;
        litEnd = 0;
        caret = -1;
        list.setItems(rows((data.length + perRow - 1) / perRow));
        list.scrollTo(0);
    }

    /** Bytes a row as the pane shows them now: 16, or 8 or 4 where it is narrow. */
    public int perRow() {
        return perRow;
    }

    /** Lights {@code length} bytes from {@code offset} in both columns and scrolls them into view; 0 bytes clears. */
    public void highlight(int offset, int length) {
        int from = Math.max(0, Math.min(offset, data.length));
        int to = Math.max(from, Math.min(data.length, offset + Math.max(0, length)));
        litStart = from;
        litEnd = to;
        if (to > from && (caret < from || caret >= to)) {
            caret = from;
        }
        restyle();
        if (to > from) {
            reveal((to - 1) / perRow);
            reveal(from / perRow);
        }
    }

    /** Called with a byte's offset in the frame when the user clicks it or moves to it with the keyboard. */
    public void setOnByteSelected(IntConsumer listener) {
        onByteSelected = listener == null ? at -> { } : listener;
    }

    /** The first lit byte; equal to {@link #litEnd()} when nothing is lit. */
    public int litStart() {
        return litStart;
    }

    /** One past the last lit byte. */
    public int litEnd() {
        return litEnd;
    }

    /** The byte the keyboard is on, -1 before the user picked one. */
    public int caret() {
        return caret;
    }

    /** The text of one row as the pane shows it: offset, hex, ASCII, {@link #perRow()} bytes. */
    public String rowText(int row) {
        return HexText.line(data, row, perRow);
    }

    // Commands

    /** The user picked the byte at {@code at}: move the caret there and report it. */
    void pick(int at) {
        if (at < 0 || at >= data.length) {
            return;
        }
        caret = at;
        list.requestFocus();
        restyle();
        reveal(at / perRow);
        onByteSelected.accept(at);
    }

    private void key(KeyEvent e) {
        if (data.length == 0) {
            return;
        }
        int from = caret < 0 ? 0 : caret;
        int page = perRow * Math.max(1, visibleRows() - 1);
        int to = switch (e.getCode()) {
            case LEFT, KP_LEFT -> from - 1;
            case RIGHT, KP_RIGHT -> caret < 0 ? 0 : from + 1;
            case UP, KP_UP -> from - perRow;
            case DOWN, KP_DOWN -> caret < 0 ? 0 : from + perRow;
            case PAGE_UP -> from - page;
            case PAGE_DOWN -> from + page;
            case HOME -> e.isShortcutDown() ? 0 : from - from % perRow;
            case END -> e.isShortcutDown() ? data.length - 1 : from - from % perRow + perRow - 1;
            default -> Integer.MIN_VALUE;
        };
        if (to == Integer.MIN_VALUE) {
            return;
        }
        e.consume();
        pick(Math.max(0, Math.min(data.length - 1, to)));
    }

    // The rows' view of the frame

    byte[] data() {
        return data;
    }

    LayerTint tintAt(int at) {
        int t = tints[at];
        return t == 0 ? null : TINTS[t - 1];
    }

    boolean isLit(int at) {
        return at >= litStart && at < litEnd;
    }

    private void restyle() {
        for (BytesRow row : rows) {
            row.restyle();
        }
    }

    private void reveal(int row) {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            list.scrollTo(row);
        } else {
            flow.scrollTo(row); // only as far as needed, unlike ListView.scrollTo, which puts the row on top
        }
    }

    private int visibleRows() {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return 1;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first == null || last == null ? 1 : last.getIndex() - first.getIndex() + 1;
    }

    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    /** Row numbers 0..n-1 without a list of boxed integers behind them. */
    private static ObservableList<Integer> rows(int n) {
        return FXCollections.observableList(new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return index;
            }

            @Override
            public int size() {
                return n;
            }
        });
    }

    /**
     * The most bytes a row whose row fits {@code width}, with room kept for the list's frame and its vertical scroll
     * bar (kept even when the bar is hidden, so a frame that grows a bar does not change the rows).
     */
    private int fit(double width) {
        probe.applyCss();
        double textSize = probe.getFont().getSize();
        if (textSize != measuredAt) {
            for (int i = 0; i < HexText.ROWS.length; i++) {
                Region row = probe.measure(HexText.ROWS[i]);
                probe.setGraphic(row);
                probe.applyCss();
                // The cell's own width is 0 outside a list, so its row and padding are measured instead.
                rowWidths[i] = probe.snappedLeftInset() + row.prefWidth(-1) + probe.snappedRightInset();
            }
            probe.setGraphic(null);
            measuredAt = textSize;
        }
        double bar = textSize;
        for (Node n : list.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL) {
                bar = Math.max(bar, b.prefWidth(-1));
            }
        }
        double room = width - list.snappedLeftInset() - list.snappedRightInset() - bar;
        for (int i = 0; i < HexText.ROWS.length; i++) {
            if (rowWidths[i] <= room) {
                return HexText.ROWS[i];
            }
        }
        return HexText.ROWS[HexText.ROWS.length - 1];
    }

    /** Lays the rows out again for {@code n} bytes a row, keeping the lit bytes and the caret in view. */
    private void rewrap(int n) {
        perRow = n;
        list.setItems(rows((data.length + perRow - 1) / perRow));
        list.refresh();
        int at = caret >= 0 ? caret : litEnd > litStart ? litStart : 0;
        reveal(at / perRow);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        if (width > 0) {
            int n = fit(width);
            if (n != perRow) {
                rewrap(n);
            }
        }
        list.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + list.prefWidth(height) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + list.prefHeight(width) + snappedBottomInset();
    }
}
