package socketlab.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import socketlab.net.Parsed;

/**
 * The text of one input field and what it means, re-parsed on every keystroke by a core parser that never throws:
 * the value when the text is acceptable, otherwise the plain-words message to show next to the field.
 *
 * @param <T> the parsed value
 */
public final class ValidatedField<T> {
    private final Function<String, Parsed<T>> parser;

    // Properties
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyObjectWrapper<Parsed<T>> parsed = new ReadOnlyObjectWrapper<>(this, "parsed");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    public ValidatedField(String initial, Function<String, Parsed<T>> parser) {
        this.parser = parser;
        text.subscribe(t -> {
            Parsed<T> p = this.parser.apply(t);
            parsed.set(p);
            error.set(p.error());
            valid.set(p.isOk());
        });
        text.set(initial);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<Parsed<T>> parsedProperty() {
        return parsed.getReadOnlyProperty();
    }

    /** The message for the user, empty while the text is acceptable. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** The parsed value; only while {@link #isValid()}. */
    public T value() {
        return parsed.get().value();
    }
}
