package socketlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;

/** Small layout bindings the panes share: table columns sized in em, messages that take room only when shown. */
public final class Sizes {
    private Sizes() {
    }

    /** Keeps {@code column} {@code em} em wide in {@code reference}'s font, so it grows with the text size. */
    public static void widthInEm(TableColumn<?, ?> column, double em, Labeled reference) {
        reference.fontProperty().subscribe(f -> column.setPrefWidth(em * f.getSize()));
    }

    /**
     * Shows {@code label} only while {@code text} is not empty (and {@code enabled}, when given), and lets it take
     * no room otherwise; returns whether it is shown.
     */
    public static BooleanBinding showWhenSet(Label label, ObservableStringValue text, ObservableBooleanValue enabled) {
        BooleanBinding shown = enabled == null
                ? Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text)
                : Bindings.createBooleanBinding(() -> !text.get().isEmpty() && enabled.get(), text, enabled);
        label.visibleProperty().bind(shown);
        label.managedProperty().bind(shown);
        return shown;
    }
}
