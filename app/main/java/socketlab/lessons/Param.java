package socketlab.lessons;

import java.util.List;

/**
 * One parameter of an action or a check in the fixed vocabulary: its name, what kind of value it takes and whether
 * a lesson must give it.
 */
public record Param(String name, Kind kind, boolean required, List<String> values, long min, long max) {

    /** What a parameter's value may be. */
    public enum Kind {
        /** One of {@link Param#values()}. */
        CHOICE,
        /** A whole number from min to max. */
        NUMBER,
        /** true or false. */
        BOOLEAN,
        /** Any text; may name facts in braces, such as {client.port}. */
        TEXT,
        /** An array of texts. */
        TEXTS,
        /** A Wireshark-style display filter the lab's filter language accepts. */
        DISPLAY_FILTER,
        /** A field name of the lab's decoder, such as tcp.flags.syn. */
        FIELD,
        /** A capture (BPF) filter. */
        CAPTURE_FILTER,
        /** A control name from {@link LessonTargets#NAMES}. */
        TARGET,
        /** An array of checks (only {@code all}'s {@code of}). */
        CHECKS
    }

    public Param {
        values = List.copyOf(values);
    }

    static Param choice(String name, boolean required, String... values) {
        return new Param(name, Kind.CHOICE, required, List.of(values), 0, 0);
    }

    static Param number(String name, boolean required, long min, long max) {
        return new Param(name, Kind.NUMBER, required, List.of(), min, max);
    }

    static Param of(String name, Kind kind, boolean required) {
        return new Param(name, kind, required, List.of(), 0, 0);
    }

    /** How the README and error messages describe the value this parameter takes. */
    public String describe() {
        return switch (kind) {
            case CHOICE -> String.join(" / ", values);
            case NUMBER -> "a number from " + min + " to " + max;
            case BOOLEAN -> "true or false";
            case TEXT -> "text";
            case TEXTS -> "an array of texts";
            case DISPLAY_FILTER -> "a display filter";
            case FIELD -> "a field name such as tcp.flags.syn";
            case CAPTURE_FILTER -> "a capture filter";
            case TARGET -> "a control name";
            case CHECKS -> "an array of checks";
        };
    }
}
