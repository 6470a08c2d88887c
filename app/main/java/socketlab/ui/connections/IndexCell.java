package socketlab.ui.connections;

import javafx.scene.control.TableCell;

/** The row number, from 1, as the line under the tables names rows ("lab row 3"). */
final class IndexCell<S> extends TableCell<S, S> {
    @Override
    protected void updateItem(S item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : String.valueOf(getIndex() + 1));
    }
}
