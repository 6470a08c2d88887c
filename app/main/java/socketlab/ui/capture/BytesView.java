package socketlab.ui.capture;

import java.net.URL;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import socketlab.decode.Frame;
import socketlab.decode.Layer;

/**
 * The bytes pane of a decoded frame: offset, hex and ASCII columns, sixteen bytes a row, each byte tinted by the layer
 * it belongs to, the selected field's bytes lit. Rows are virtual (only those on screen exist), so a 64 KiB frame
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
        getChildren().add(list);
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
        int rows = (data.length + HexText.ROW - 1) / HexText.ROW;
        list.setItems(rows(rows));
        list.scrollTo(0);
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
            reveal((to - 1) / HexText.ROW);
            reveal(from / HexText.ROW);
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

    /** The text of one row as the pane shows it: offset, hex, ASCII. */
    public String rowText(int row) {
        return HexText.line(data, row);
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
        reveal(at / HexText.ROW);
        onByteSelected.accept(at);
    }

    private void key(KeyEvent e) {
        if (data.length == 0) {
            return;
        }
        int from = caret < 0 ? 0 : caret;
        int page = HexText.ROW * Math.max(1, visibleRows() - 1);
        int to = switch (e.getCode()) {
            case LEFT, KP_LEFT -> from - 1;
            case RIGHT, KP_RIGHT -> caret < 0 ? 0 : from + 1;
            case UP, KP_UP -> from - HexText.ROW;
            case DOWN, KP_DOWN -> caret < 0 ? 0 : from + HexText.ROW;
            case PAGE_UP -> from - page;
            case PAGE_DOWN -> from + page;
            case HOME -> e.isShortcutDown() ? 0 : from - from % HexText.ROW;
            case END -> e.isShortcutDown() ? data.length - 1 : from - from % HexText.ROW + HexText.ROW - 1;
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

    @Override
    protected void layoutChildren() {
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
