package socketlab.ui.connections;

import java.util.Locale;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A state cell, coloured by state: the state's first word becomes a pseudo-class ({@code :active},
 * {@code :waiting}, {@code :established}, {@code :listen}, {@code :time-wait}) that the style sheet colours.
 */
final class StateCell<S, T> extends TableCell<S, T> {
    private final Function<T, String> text;
    private final Function<T, String> explanation;
    private PseudoClass current;

    /**
     * @param text        the state as shown
     * @param explanation what it means, for the tooltip; null for none
     */
    StateCell(Function<T, String> text, Function<T, String> explanation) {
        this.text = text;
        this.explanation = explanation;
        getStyleClass().add("state-cell");
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (current != null) {
            pseudoClassStateChanged(current, false);
            current = null;
        }
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        String shown = text.apply(item);
        setText(shown);
        String meaning = explanation.apply(item);
        setTooltip(meaning == null ? null : new Tooltip(shown + ": " + meaning));
        current = PseudoClass.getPseudoClass(pseudoClass(shown));
        pseudoClassStateChanged(current, true);
    }

    /** "waiting for a permit" → "waiting", "TIME_WAIT" → "time-wait". */
    static String pseudoClass(String state) {
        String first = state.strip().split("[\\s,]+", 2)[0];
        return first.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
