package socketlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * A pane's side column (a form, a list) that can give way to the pane's main content, e.g. on a projector at a large
 * text size: when hidden, a narrow bar with a button to bring it back takes its place.
 */
public final class SideColumn {
    private static final PseudoClass SIDE_HIDDEN = PseudoClass.getPseudoClass("side-hidden");

    private SideColumn() {
    }

    /**
     * Folds {@code side} away by itself while {@code pane} is narrower than {@code em} em (of {@code reference}'s
     * font) and {@code busy} holds, e.g. a server runs beside the form: its content then keeps the room it needs
     * instead of being drawn over the form or cut. Every change of width or of {@code busy} decides again; in
     * between, the « and » buttons still fold and unfold it by hand.
     */
    public static void foldWhenNarrow(Region pane, Node side, Node sideBar, double em, Labeled reference,
            ObservableBooleanValue busy) {
        BooleanBinding fold = Breakpoint.narrowerThan(pane, em, reference).and(Bindings.createBooleanBinding(
                busy::get, busy));
        // Kept by the pane: a binding only its own listeners refer to would be collected and stop updating.
        pane.getProperties().put(SideColumn.class, fold);
        fold.subscribe(f -> show(!f, pane, side, sideBar));
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
