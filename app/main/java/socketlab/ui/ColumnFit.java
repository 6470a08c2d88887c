package socketlab.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;

import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps a table as wide as it is given, never wider: when its columns' preferred widths do not fit, the columns that
 * matter least are hidden, one after another, so that the ones carrying the lesson (addresses, ports, state) keep
 * their whole text and the table never scrolls sideways. They come back when there is room again.
 */
public final class ColumnFit {
    /** Room kept for the vertical scroll bar and the table's border, in em. */
    private static final double SPARE_EM = 1.4;

    private ColumnFit() {
    }

    /**
     * Fits {@code table}'s columns to its width, hiding the columns of {@code dropFirst} in that order while they do
     * not fit; {@code reference} gives the text size. Decided from the preferred widths only, so that hiding a
     * column never changes the decision.
     */
    public static void fit(TableView<?> table, List<? extends TableColumn<?, ?>> dropFirst, Labeled reference) {
        fit(table, dropFirst, reference, null, 0);
    }

    /**
     * As {@link #fit(TableView, List, Labeled)}, for a table whose {@code flex} column widens to fill what the others
     * leave: it counts as {@code flexMinEm} em, its least width, or as its {@code minWidth} when that is more.
     */
    public static void fit(TableView<?> table, List<? extends TableColumn<?, ?>> dropFirst, Labeled reference,
            TableColumn<?, ?> flex, double flexMinEm) {
        Runnable refit = () -> refit(table, dropFirst, reference.getFont().getSize(), flex, flexMinEm);
        table.widthProperty().subscribe(refit);
        reference.fontProperty().subscribe(refit);
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c != flex) {
                c.prefWidthProperty().subscribe(refit);
            } else {
                c.minWidthProperty().subscribe(refit);
            }
        }
        // A short table's vertical scroll bar can be wider than the room kept for it; it takes that from the columns.
        table.skinProperty().subscribe(skin -> {
            if (skin != null) {
                for (Node n : table.lookupAll(".scroll-bar")) {
                    if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                        bar.visibleProperty().subscribe(refit);
                        bar.widthProperty().subscribe(refit);
                    }
                }
            }
        });
    }

    private static double verticalBarWidth(TableView<?> table) {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()) {
                return bar.getWidth();
            }
        }
        return 0;
    }

    private static void refit(TableView<?> table, List<? extends TableColumn<?, ?>> dropFirst, double fontPx,
            TableColumn<?, ?> flex, double flexMinEm) {
        if (table.getWidth() <= 0) {
            return;
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                - Math.max(SPARE_EM * fontPx, verticalBarWidth(table));
        double flexMin = flex == null ? 0 : Math.max(flexMinEm * fontPx, flex.getMinWidth());
        double needed = 0;
        for (TableColumn<?, ?> c : table.getColumns()) {
            needed += c == flex ? flexMin : c.getPrefWidth();
        }
        for (TableColumn<?, ?> c : dropFirst) {
            boolean fits = needed <= room;
            c.setVisible(fits);
            if (!fits) {
                needed -= c == flex ? flexMin : c.getPrefWidth();
            }
        }
    }
}
