package socketlab.ui.capture;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import socketlab.capture.NetInterface;

/** An interface in the chooser: its name when chosen; name, marks and addresses in the list. */
final class InterfaceCell extends ListCell<NetInterface> {
    private final Function<NetInterface, String> text;

    InterfaceCell(Function<NetInterface, String> text) {
        this.text = text;
    }

    @Override
    protected void updateItem(NetInterface nif, boolean empty) {
        super.updateItem(nif, empty);
        setText(empty || nif == null ? null : text.apply(nif));
    }
}
