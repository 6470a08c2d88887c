package socketlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The line under a form field: its error while the text is not acceptable, otherwise its hint. Both labels share one
 * slot that keeps its room whichever shows, so a message coming or going never moves the fields and buttons below
 * it under the pointer.
 */
public final class FieldMessage {
    /** The style class of the slot, for the layout rules and the tests. */
    public static final String SLOT = "field-message";

    private FieldMessage() {
    }

    /**
     * Shows {@code errorText} in {@code error} while it is not empty, and {@code hintText} in {@code hint} otherwise,
     * in one slot in place of the two labels (they must be siblings); returns whether the error shows. A
     * {@code null} hint text keeps the hint label's own text.
     */
    public static BooleanBinding bind(Label error, ObservableStringValue errorText, Label hint,
            ObservableValue<String> hintText) {
        slot(error, hint);
        error.textProperty().bind(errorText);
        if (hintText != null) { // otherwise the hint keeps the text its view gave it
            hint.textProperty().bind(hintText.orElse(""));
        }
        BooleanBinding erring = Bindings.createBooleanBinding(() -> !errorText.get().isEmpty(), errorText);
        error.managedProperty().unbind();
        error.setManaged(true);
        hint.managedProperty().unbind();
        hint.setManaged(true);
        error.visibleProperty().bind(erring);
        hint.visibleProperty().bind(erring.not());
        return erring;
    }

    /**
     * Adds a warning to the slot of a field bound by {@link #bind}: shown instead of the hint while {@code warningText}
     * is not empty and there is no error, such as "every interface: classmates can connect". The slot keeps the room
     * of {@code reserved}, the longest warning, while none shows: choosing the address that warns moves nothing.
     */
    public static void warn(Label error, Label hint, Label warning, ObservableStringValue warningText,
            String reserved) {
        if (!(error.getParent() instanceof StackPane slot) || !slot.getStyleClass().contains(SLOT)) {
            throw new IllegalStateException("bind the field's error and hint first");
        }
        if (warning.getParent() instanceof Pane p) {
            p.getChildren().remove(warning);
        }
        slot.getChildren().add(1, warning);
        StackPane.setAlignment(warning, Pos.TOP_LEFT);
        warning.textProperty().bind(Bindings.createStringBinding(
                () -> warningText.get().isEmpty() ? reserved : warningText.get(), warningText));
        BooleanBinding warned = Bindings.createBooleanBinding(() -> !warningText.get().isEmpty(), warningText);
        warning.managedProperty().unbind();
        warning.setManaged(true);
        warning.visibleProperty().bind(warned.and(error.visibleProperty().not()));
        hint.visibleProperty().unbind();
        hint.visibleProperty().bind(warned.not().and(error.visibleProperty().not()));
    }

    /** An error text that is empty while {@code enabled} is false: a field that is not used has nothing wrong. */
    public static ObservableStringValue whileEnabled(ObservableStringValue error, ObservableValue<Boolean> enabled) {
        return Bindings.createStringBinding(() -> Boolean.TRUE.equals(enabled.getValue()) ? error.get() : "",
                error, enabled);
    }

    /** Puts the two labels into one stack, where the error label was; the hint keeps the slot's room reserved. */
    private static void slot(Label error, Label hint) {
        Parent parent = error.getParent();
        if (parent instanceof StackPane s && s.getStyleClass().contains(SLOT)) {
            return;
        }
        if (!(parent instanceof Pane pane) || hint.getParent() != parent) {
            throw new IllegalArgumentException("the error and hint labels of a field must be siblings");
        }
        int at = pane.getChildren().indexOf(error);
        pane.getChildren().removeAll(error, hint);
        StackPane stack = new StackPane(hint, error);
        stack.getStyleClass().add(SLOT);
        // A squeezed column (a tall pane at a large text size) never cuts the message short: it keeps its lines.
        stack.setMinHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(hint, Pos.TOP_LEFT);
        StackPane.setAlignment(error, Pos.TOP_LEFT);
        pane.getChildren().add(Math.min(at, pane.getChildren().size()), stack);
    }
}
