package socketlab.lessons;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Show-me action from the fixed vocabulary ({@link Vocabulary#ACTIONS}), with its parameters as text. An array
 * parameter (the lines a client sends) is kept as its elements joined by a newline; {@link #list} splits it again.
 */
public record Action(String name, Map<String, String> params) {
    public Action {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The parameter's text, or null when the lesson did not give it. */
    public String param(String key) {
        return params.get(key);
    }

    /** The parameter's text, or {@code fallback} when the lesson did not give it. */
    public String param(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }

    /** An array parameter's elements (empty when not given). */
    public List<String> list(String key) {
        String v = params.get(key);
        return v == null ? List.of() : Arrays.asList(v.split("\n", -1));
    }

    @Override
    public String toString() {
        return params.isEmpty() ? name : name + " " + params;
    }
}
