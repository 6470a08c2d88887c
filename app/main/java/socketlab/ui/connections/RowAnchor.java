package socketlab.ui.connections;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps one row where it is on screen while rows above it come and go: the kernel's table changes every second,
 * and the highlighted other end of a connection would otherwise drift out of view. Only a row that is on screen
 * is held, so scrolling away lets it go.
 */
final class RowAnchor<T> {
    private final TableView<T> table;
    private final Supplier<T> anchor;
    // A restore already waits for this pulse's layout; further changes in the same pulse need no other.
    private boolean pending;

    private RowAnchor(TableView<T> table, Supplier<T> anchor) {
        this.table = table;
        this.anchor = anchor;
    }

    /** Holds {@code anchor}'s row (when there is one) in place in {@code table}. */
    static <T> void hold(TableView<T> table, Supplier<T> anchor) {
        RowAnchor<T> a = new RowAnchor<>(table, anchor);
        table.getItems().addListener((ListChangeListener<T>) c -> a.itemsChanged());
    }

    /** Brings {@code row} into view with as little scrolling as needed, after this pulse's layout. */
    static <T> void reveal(TableView<T> table, T row) {
        if (row == null) {
            return;
        }
        // The row may have arrived in this very pulse, before the table knows how many rows it has.
        Platform.runLater(() -> {
            int index = table.getItems().indexOf(row);
            if (index >= 0 && flow(table) instanceof VirtualFlow<?> flow) {
                flow.scrollTo(index);
            }
        });
    }

    private void itemsChanged() {
        T row = anchor.get();
        if (pending || row == null || !(flow(table) instanceof VirtualFlow<?> flow)) {
            return;
        }
        // The cells still show the rows as they were before the change: layout has not run yet.
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            return;
        }
        int offset = -1;
        for (int i = first.getIndex(); i <= last.getIndex(); i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            if (cell != null && cell.getItem() == row) {
                offset = i - first.getIndex();
                break;
            }
        }
        if (offset < 0) {
            return;
        }
        int keep = offset;
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            int index = table.getItems().indexOf(row);
            if (index >= 0) {
                flow.scrollToTop(Math.max(0, index - keep));
            }
        });
    }

    private static VirtualFlow<?> flow(TableView<?> table) {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }
}
