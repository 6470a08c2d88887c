package socketlab.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * A pane's side column (a form, a list) that can give way to the pane's main content, e.g. on a projector at a large
 * text size: when hidden, a narrow bar with a button to bring it back takes its place.
 */
public final class SideColumn {
    private static final PseudoClass SIDE_HIDDEN = PseudoClass.getPseudoClass("side-hidden");

    private SideColumn() {
    }

    /** Shows {@code side} and hides {@code sideBar}, or the other way round, and marks {@code pane}. */
    public static void show(boolean shown, Node pane, Node side, Node sideBar) {
        side.setVisible(shown);
        side.setManaged(shown);
        sideBar.setVisible(!shown);
        sideBar.setManaged(!shown);
        pane.pseudoClassStateChanged(SIDE_HIDDEN, !shown);
    }
}
