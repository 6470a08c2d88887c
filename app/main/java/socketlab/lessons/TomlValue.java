package socketlab.lessons;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One value of a lesson file, with the line it starts on so that every complaint can name it. */
public sealed interface TomlValue {

    /** The 1-based line the value starts on. */
    int line();

    /** What the value is, in the words of a message: "a string", "an array", ... */
    String kind();

    /** A string, basic ("..."), literal ('...') or multi-line. */
    record Str(String value, int line) implements TomlValue {
        public String kind() {
            return "a string";
        }
    }

    /** A whole number. */
    record Int(long value, int line) implements TomlValue {
        public String kind() {
            return "a number";
        }
    }

    /** true or false. */
    record Bool(boolean value, int line) implements TomlValue {
        public String kind() {
            return "true or false";
        }
    }

    /** An array of values. */
    record Arr(List<TomlValue> values, int line) implements TomlValue {
        public Arr {
            values = List.copyOf(values);
        }

        public String kind() {
            return "an array";
        }
    }

    /** A table: {@code [name]}, an element of {@code [[name]]}, or an inline table {@code { k = v }}. */
    record Table(Map<String, TomlValue> entries, int line) implements TomlValue {
        public Table {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public String kind() {
            return "a table";
        }

        public TomlValue get(String key) {
            return entries.get(key);
        }
    }
}
