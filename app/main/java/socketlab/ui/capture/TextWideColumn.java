package socketlab.ui.capture;

import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps a column of short texts (addresses) as wide as the widest text its cells have shown, never narrower than its
 * header nor wider than a cap, so that on a projector the room goes to the Info column instead of empty space. It only
 * grows while a capture is shown (a column that shrank back as rows scroll would make the list jump), and starts again
 * from its header when the list is emptied. Widths are kept in em, so a new text step scales them at once.
 */
final class TextWideColumn {
    /** Room for the cell's padding and the column's border, in em. */
    private static final double PADDING_EM = 1.2;

    private final TableColumn<?, ?> column;
    private final Labeled reference;
    private final double maxEm;
    private final Text probe = new Text();
    /** The widest text shown, or the header, in em of the reference's text size. */
    private double widestEm;
    private boolean pending;

    TextWideColumn(TableColumn<?, ?> column, Labeled reference, double maxEm) {
        this.column = column;
        this.reference = reference;
        this.maxEm = maxEm;
        reset();
        reference.fontProperty().subscribe(f -> apply());
    }

    /** Forgets the texts shown so far: the column is as wide as its header. */
    void reset() {
        Font font = reference.getFont();
        widestEm = width(column.getText(), Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()))
                / font.getSize();
        apply();
    }

    /**
     * A cell shows {@code text}: the column widens if it needs to. Measured in the reference's font, which the cells
     * share, since a cell not yet styled still has the default one.
     */
    void shown(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Font font = reference.getFont();
        double em = width(text, font) / font.getSize();
        if (em > widestEm) {
            widestEm = em;
            if (!pending) {
                // Cells are filled while the table is laid out; a width changed then would leave the headers where
                // they were, so the column widens after this pass, once for all the rows it showed.
                pending = true;
                Platform.runLater(() -> {
                    pending = false;
                    apply();
                });
            }
        }
    }

    private double width(String text, Font font) {
        probe.setText(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private void apply() {
        double em = reference.getFont().getSize();
        column.setPrefWidth(Math.ceil(Math.min(maxEm, widestEm + PADDING_EM) * em));
    }
}
