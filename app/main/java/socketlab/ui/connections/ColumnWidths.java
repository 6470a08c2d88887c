package socketlab.ui.connections;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import socketlab.ui.Sizes;

/**
 * Column widths in em of a label's font, so that columns grow with the text size instead of cutting text short;
 * one column may take whatever width the table has to spare.
 */
final class ColumnWidths {
    /** Room left free so that rounding never brings up the horizontal scroll bar, in em. */
    private static final double SLACK_EM = 0.2;

    private final TableView<?> table;
    private final Label reference;
    private final List<TableColumn<?, ?>> fixed = new ArrayList<>();

    ColumnWidths(TableView<?> table, Label reference) {
        this.table = table;
        this.reference = reference;
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (TableColumn<?, ?> c : table.getColumns()) {
            c.setReorderable(false);
        }
    }

    /** A column of {@code em} em. */
    void set(TableColumn<?, ?> column, double em) {
        fixed.add(column);
        Sizes.widthInEm(column, em, reference);
    }

    /** A column of at least {@code minEm} em that widens to fill the table; call after the fixed columns. */
    void flex(TableColumn<?, ?> column, double minEm) {
        Runnable fit = () -> {
            double font = reference.getFont().getSize();
            double others = 0;
            for (TableColumn<?, ?> c : fixed) {
                others += c.isVisible() ? c.getWidth() : 0;
            }
            double inner = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                    - verticalBarWidth() - SLACK_EM * font;
            column.setPrefWidth(Math.max(minEm * font, inner - others));
        };
        table.widthProperty().subscribe(w -> fit.run());
        reference.fontProperty().subscribe(f -> fit.run());
        for (TableColumn<?, ?> c : fixed) {
            c.widthProperty().subscribe(w -> fit.run());
            c.visibleProperty().subscribe(v -> fit.run());
        }
        // The vertical scroll bar comes and goes with the number of rows, and takes its width from the columns.
        table.skinProperty().subscribe(skin -> {
            if (skin != null) {
                for (Node n : table.lookupAll(".scroll-bar")) {
                    if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                        bar.visibleProperty().subscribe(v -> fit.run());
                        bar.widthProperty().subscribe(w -> fit.run());
                    }
                }
            }
        });
    }

    private double verticalBarWidth() {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()) {
                return bar.getWidth();
            }
        }
        return 0;
    }
}
