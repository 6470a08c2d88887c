package socketlab.ui.connections;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** The ports in brief ("listening ↔ ephemeral"), with the full explanation of both as the tooltip. */
final class PortsCell<S extends PairRow> extends TableCell<S, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        S row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || item == null || row == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(item);
        setTooltip(new Tooltip(row.portsDetailProperty().get()));
    }
}
