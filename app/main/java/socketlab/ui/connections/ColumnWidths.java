package socketlab.ui.connections;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Column widths in em of a label's font, so that columns grow with the text size instead of cutting text short;
 * one column may take whatever width the table has to spare.
 */
final class ColumnWidths {
    /** Room for the vertical scroll bar and the borders, in em. */
    private static final double CHROME_EM = 1.6;

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
        reference.fontProperty().subscribe(f -> column.setPrefWidth(em * f.getSize()));
    }

    /** A column of at least {@code minEm} em that widens to fill the table; call after the fixed columns. */
    void flex(TableColumn<?, ?> column, double minEm) {
        Runnable fit = () -> {
            double font = reference.getFont().getSize();
            double others = 0;
            for (TableColumn<?, ?> c : fixed) {
                others += c.getWidth();
            }
            column.setPrefWidth(Math.max(minEm * font, table.getWidth() - others - CHROME_EM * font));
        };
        table.widthProperty().subscribe(w -> fit.run());
        reference.fontProperty().subscribe(f -> fit.run());
        for (TableColumn<?, ?> c : fixed) {
            c.widthProperty().subscribe(w -> fit.run());
        }
    }
}
