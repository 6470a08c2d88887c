package socketlab.net;

import java.util.function.Function;

/** The result of parsing user text: a value, or a plain-words reason why the text is not acceptable. */
public sealed interface Parsed<T> {

    /** Text that parsed. */
    record Ok<T>(T value) implements Parsed<T> {
    }

    /** Text that did not parse, with a message meant for the person who typed it. */
    record Invalid<T>(String message) implements Parsed<T> {
    }

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> invalid(String message) {
        return new Invalid<>(message);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; only call after {@link #isOk()}. */
    default T value() {
        if (this instanceof Ok<T>(T v)) {
            return v;
        }
        throw new IllegalStateException("not parsed: " + error());
    }

    /** The message, or an empty string when the text parsed. */
    default String error() {
        return this instanceof Invalid<T>(String m) ? m : "";
    }

    default <R> Parsed<R> map(Function<? super T, ? extends R> f) {
        return switch (this) {
            case Ok<T>(T v) -> ok(f.apply(v));
            case Invalid<T>(String m) -> invalid(m);
        };
    }
}
