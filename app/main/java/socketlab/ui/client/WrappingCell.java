package socketlab.ui.client;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A transcript cell whose text wraps onto more lines, and the row grows with it, instead of losing its end with
 * "…" in a narrow column: a step ("socket(AF_INET, SOCK_STREAM)") or a chunk's bytes are read whole.
 */
final class WrappingCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    WrappingCell() {
        getStyleClass().add("wrapping-cell");
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty());
        // The column's width less the cell's padding: the text wraps where the cell ends.
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(1, getWidth()
                - snappedLeftInset() - snappedRightInset() - 1), widthProperty(), paddingProperty()));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            text.setText(item);
            setGraphic(text);
        }
    }
}
