package socketlab.ui.client;

import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/**
 * Two parts of a grid side by side, or the second below the first while the grid is too narrow for both, as a
 * responsive web page's columns stack: the grid is marked {@code :stacked} for the style sheet.
 */
final class Stacking {
    private static final PseudoClass STACKED = PseudoClass.getPseudoClass("stacked");

    private Stacking() {
    }

    /**
     * Lays {@code first} and {@code second} out in {@code grid}'s first two columns, or stacks them in its first
     * column while {@code stacked} holds; the part below takes the height to spare when stacked, both do when not.
     */
    static void stackWhen(ObservableBooleanValue stacked, GridPane grid, Node first, Node second) {
        RowConstraints top = new RowConstraints();
        RowConstraints bottom = new RowConstraints();
        top.setFillHeight(true);
        bottom.setFillHeight(true);
        grid.getRowConstraints().setAll(top, bottom);
        // Kept by the grid: a binding only its own listener refers to would be collected and stop updating.
        grid.getProperties().put(Stacking.class, stacked);
        stacked.subscribe(s -> {
            GridPane.setConstraints(first, 0, 0, s ? 2 : 1, 1);
            GridPane.setConstraints(second, s ? 0 : 1, s ? 1 : 0, s ? 2 : 1, 1);
            top.setVgrow(s ? Priority.NEVER : Priority.ALWAYS);
            bottom.setVgrow(s ? Priority.ALWAYS : Priority.NEVER);
            grid.pseudoClassStateChanged(STACKED, s);
        });
    }

    /** Keeps {@code node} at its preferred height or more, never squeezed, while {@code stacked} holds. */
    static void fullHeightWhen(ObservableBooleanValue stacked, Region node) {
        stacked.subscribe(s -> node.setMinHeight(s ? Region.USE_PREF_SIZE : 0));
    }
}
