package socketlab.ui.server;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A semaphore's permits as a row of cells, one per permit, filled while taken; a bar when there are too many
 * permits for cells to stay readable.
 */
public final class PermitGauge extends HBox {
    /** Up to this many permits are drawn one cell each. */
    public static final int MAX_CELLS = 32;
    private static final PseudoClass TAKEN = PseudoClass.getPseudoClass("taken");

    private final List<Region> cells = new ArrayList<>();
    private final ProgressBar bar = new ProgressBar(0);
    private int limit = -1;

    public PermitGauge() {
        getStyleClass().add("permit-gauge");
        bar.getStyleClass().add("permit-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
    }

    /** Shows {@code inUse} of {@code permits} taken. */
    public void show(int inUse, int permits) {
        if (permits != limit) {
            limit = permits;
            cells.clear();
            if (permits <= MAX_CELLS) {
                for (int i = 0; i < permits; i++) {
                    Region cell = new Region();
                    cell.getStyleClass().add("permit-cell");
                    cells.add(cell);
                }
                getChildren().setAll(cells);
            } else {
                getChildren().setAll(bar);
            }
        }
        if (permits <= MAX_CELLS) {
            for (int i = 0; i < cells.size(); i++) {
                cells.get(i).pseudoClassStateChanged(TAKEN, i < inUse);
            }
        } else {
            bar.setProgress(permits == 0 ? 0 : (double) inUse / permits);
        }
    }
}
