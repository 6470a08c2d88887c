package socketlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Parent;

/**
 * Presentation zoom: every size in the style sheets is in em, so one {@code -fx-font-size} on the root scales all
 * text and the spacing around it.
 */
public final class TextZoom {
    /** The base size at 100 %: large enough to read from the back of a lecture hall. */
    public static final double BASE_PX = 15;
    private static final int[] STEPS = {80, 90, 100, 110, 125, 150, 175, 200, 250};
    private static final int DEFAULT = 100;

    // Properties
    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(DEFAULT);

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public int percent() {
        return percent.get();
    }

    public double fontPx() {
        return BASE_PX * percent.get() / 100.0;
    }

    /** Keeps {@code root}'s font size in step with the zoom. */
    public void applyTo(Parent root) {
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", fontPx()), percent));
    }

    // Commands

    public void bigger() {
        for (int step : STEPS) {
            if (step > percent.get()) {
                percent.set(step);
                return;
            }
        }
    }

    public void smaller() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < percent.get()) {
                percent.set(STEPS[i]);
                return;
            }
        }
    }

    public void reset() {
        percent.set(DEFAULT);
    }

    /** Sets the size saved earlier, moved to the nearest step this version offers. */
    public void restore(int savedPercent) {
        int best = DEFAULT;
        for (int step : STEPS) {
            if (Math.abs(step - savedPercent) < Math.abs(best - savedPercent)) {
                best = step;
            }
        }
        percent.set(best);
    }

    public boolean canGrow() {
        return percent.get() < STEPS[STEPS.length - 1];
    }

    public boolean canShrink() {
        return percent.get() > STEPS[0];
    }
}
