package socketlab.ui.connections;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** Who holds a socket; the whole text as a tooltip, for when the column cuts it short. */
final class OwnerCell<S> extends TableCell<S, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null || item.isEmpty();
        setText(blank ? null : item);
        if (blank) {
            setTooltip(null);
        } else if (getTooltip() == null) {
            setTooltip(new Tooltip(item));
        } else {
            getTooltip().setText(item);
        }
    }
}
