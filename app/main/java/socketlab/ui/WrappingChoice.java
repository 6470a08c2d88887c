package socketlab.ui;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** A drop-down whose chosen value wraps onto a second line in a narrow form rather than losing its end. */
public final class WrappingChoice {
    private WrappingChoice() {
    }

    /** Shows every value of {@code box} as {@code label} words it, in the list and in the box itself. */
    public static <T> void show(ComboBox<T> box, Function<T, String> label) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return box.getValue();
            }
        });
        // A ComboBox asks its button cell for its height without a width, which gives one line; the cell answers
        // for the width it was last given instead, and the box is laid out again when that width changes.
        box.setButtonCell(new ListCell<>() {
            {
                widthProperty().subscribe(box::requestLayout);
            }

            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
            }

            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setWrapText(true);
                setText(empty || value == null ? null : label.apply(value));
            }
        });
    }
}
