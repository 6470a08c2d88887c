package socketlab.ui.connections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column widths in em of a label's font, so that columns grow with the text size instead of cutting text short;
 * a column also grows to the widest text its cells have shown (an IPv6 endpoint, a bold row of the lab's own, a
 * long owner), so that nothing is cut with "…": where the table has no room for it, {@link socketlab.ui.ColumnFit}
 * drops a less important column instead. One column may take whatever width the table has to spare.
 */
final class ColumnWidths {
    /** Room left free so that rounding never brings up the horizontal scroll bar, in em. */
    private static final double SLACK_EM = 0.6;
    /** Room kept for the vertical scroll bar, in em, while it is not there. */
    private static final double BAR_EM = 1.2;
    /** Around a header's name: its padding and the room a sort arrow would take. */
    private static final double HEADER_PADDING_EM = 1.2;
    /** Added to a measured text: a cell's border and rounding. */
    private static final double MEASURE_SLACK_PX = 1;

    private final TableView<?> table;
    private final Label reference;
    private final List<TableColumn<?, ?>> fixed = new ArrayList<>();
    /**
     * The widest cell each column has shown, in em of the reference font: text grows with the text size, so one
     * measurement holds at every size, and a column is right at a new size before its cells are measured again.
     */
    private final Map<TableColumn<?, ?>, Double> widest = new HashMap<>();
    private final Map<TableColumn<?, ?>, Runnable> resize = new HashMap<>();
    private final Text measurer = new Text();
    /** Columns whose widest text grew since they were last resized. */
    private final Set<TableColumn<?, ?>> grown = new LinkedHashSet<>();

    ColumnWidths(TableView<?> table, Label reference) {
        this.table = table;
        this.reference = reference;
        table.needsLayoutProperty().subscribe(needs -> {
            if (!needs && !grown.isEmpty()) {
                resizeGrown();
            }
        });
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (TableColumn<?, ?> c : table.getColumns()) {
            c.setReorderable(false);
        }
    }

    /** A column of at least {@code em} em, wider when a cell's text needs it. */
    void set(TableColumn<?, ?> column, double em) {
        fixed.add(column);
        Runnable size = () -> column.setPrefWidth(Math.max(em * reference.getFont().getSize(), widest(column)));
        measure(column, size);
        reference.fontProperty().subscribe(f -> size.run());
    }

    /**
     * A column of at least {@code minEm} em, and at least as wide as its widest text, that widens to fill the
     * table; call after the fixed columns. Its least width is its {@code minWidth}, which ColumnFit counts.
     */
    void flex(TableColumn<?, ?> column, double minEm) {
        Runnable fit = () -> {
            double font = reference.getFont().getSize();
            double others = 0;
            for (TableColumn<?, ?> c : fixed) {
                // Its preferred width, which it takes at the next layout: its width may still be the old one.
                others += c.isVisible() ? Math.max(c.getWidth(), c.getPrefWidth()) : 0;
            }
            // Room for a vertical scroll bar even before it shows: rows come in between two of its layouts.
            double inner = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                    - Math.max(verticalBarWidth(), BAR_EM * font) - SLACK_EM * font;
            double least = Math.max(minEm * font, widest(column));
            column.setMinWidth(least);
            column.setPrefWidth(Math.max(least, inner - others));
        };
        measure(column, fit);
        table.widthProperty().subscribe(w -> fit.run());
        reference.fontProperty().subscribe(f -> fit.run());
        for (TableColumn<?, ?> c : fixed) {
            c.widthProperty().subscribe(w -> fit.run());
            c.prefWidthProperty().subscribe(w -> fit.run());
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

    /** The widest text of {@code column} at the current text size, in px. */
    private double widest(TableColumn<?, ?> column) {
        return widest.getOrDefault(column, 0.0) * reference.getFont().getSize();
    }

    /**
     * Has each of {@code column}'s cells report the width its text needs, in its own font (bold in a row of the
     * lab's own), whenever its text or font changes; {@code resize} runs when the column's widest text grows.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void measure(TableColumn<?, ?> column, Runnable size) {
        resize.put(column, size);
        // The header's name, bold as the headers are, is the least a column's text needs.
        reference.fontProperty().subscribe(f -> {
            measurer.setFont(Font.font(f.getFamily(), FontWeight.BOLD, f.getSize()));
            measurer.setText(column.getText());
            double need = (measurer.getLayoutBounds().getWidth() + HEADER_PADDING_EM * f.getSize()) / f.getSize();
            widest.merge(column, need, Math::max);
        });
        TableColumn raw = column;
        var factory = raw.getCellFactory();
        raw.setCellFactory(c -> {
            TableCell<?, ?> cell = (TableCell<?, ?>) factory.call(c);
            Runnable report = () -> report(column, cell);
            cell.textProperty().subscribe(report);
            cell.fontProperty().subscribe(report);
            cell.skinProperty().subscribe(report);
            return cell;
        });
    }

    private void report(TableColumn<?, ?> column, TableCell<?, ?> cell) {
        if (cell.getSkin() == null || cell.isEmpty() || cell.getText() == null || cell.getText().isEmpty()) {
            return;
        }
        // A cell's own preferred width is its column's: measure its text in its font instead.
        measurer.setFont(cell.getFont());
        measurer.setText(cell.getText());
        double need = Math.ceil(measurer.getLayoutBounds().getWidth() + cell.snappedLeftInset()
                + cell.snappedRightInset()) + MEASURE_SLACK_PX;
        if (need > widest(column) + 0.5) {
            widest.put(column, need / cell.getFont().getSize());
            grown.add(column);
            if (grown.size() == 1) {
                // Cells report while the table lays its rows out: a column that changes width or hides then would
                // pull the cells from under the row being laid out. Once for all that grew in this pass, when the
                // table's layout is over (or at the latest after this pulse).
                Platform.runLater(this::resizeGrown);
            }
        }
    }

    private void resizeGrown() {
        List<TableColumn<?, ?>> now = List.copyOf(grown);
        grown.clear();
        now.forEach(c -> resize.get(c).run());
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
