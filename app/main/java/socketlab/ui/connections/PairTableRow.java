package socketlab.ui.connections;

import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.util.Subscription;

/**
 * A table row that shows how its connection end relates to the selected row: {@code :mirror} for the other end of
 * the selected connection, {@code :same-socket} for the same socket in the other table, and {@code :lab-own} for a
 * machine socket that the lab holds.
 */
final class PairTableRow<T extends PairRow> extends TableRow<T> {
    private static final PseudoClass MIRROR = PseudoClass.getPseudoClass("mirror");
    private static final PseudoClass SAME = PseudoClass.getPseudoClass("same-socket");
    private static final PseudoClass LAB_OWN = PseudoClass.getPseudoClass("lab-own");

    private Subscription watching = Subscription.EMPTY;

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        watching.unsubscribe();
        if (empty || item == null) {
            watching = Subscription.EMPTY;
            pseudoClassStateChanged(MIRROR, false);
            pseudoClassStateChanged(SAME, false);
            pseudoClassStateChanged(LAB_OWN, false);
            return;
        }
        watching = item.highlightProperty().subscribe(h -> {
            pseudoClassStateChanged(MIRROR, h == Highlight.MIRROR);
            pseudoClassStateChanged(SAME, h == Highlight.SAME);
        });
        if (item instanceof MachineRow m) {
            watching = watching.and(m.labOwnerProperty().subscribe(o -> pseudoClassStateChanged(LAB_OWN,
                    !o.isEmpty())));
        } else {
            pseudoClassStateChanged(LAB_OWN, false);
        }
    }

    /** True while the row shows the other end of the selected connection; for tests and accessibility. */
    boolean isMirror() {
        return getPseudoClassStates().contains(MIRROR);
    }
}
