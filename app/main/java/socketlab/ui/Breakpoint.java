package socketlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * A width, in em of the current text size, below which a pane changes shape (a column gives way, two columns
 * stack), as a responsive web page does: the same breakpoint holds at every text size because it grows with it.
 */
public final class Breakpoint {
    private Breakpoint() {
    }

    /** True while {@code region} is narrower than {@code em} em of {@code reference}'s font. */
    public static BooleanBinding narrowerThan(Region region, double em, Labeled reference) {
        return Bindings.createBooleanBinding(() -> region.getWidth() > 0
                && region.getWidth() < em * reference.getFont().getSize(), region.widthProperty(),
                reference.fontProperty());
    }
}
