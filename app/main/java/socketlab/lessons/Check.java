package socketlab.lessons;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One check from the fixed vocabulary ({@link Vocabulary#CHECKS}) with its parameters as text; {@code of} holds the
 * checks of an {@code all}. An array parameter ({@code accept}) is kept as its elements joined by a newline.
 */
public record Check(String name, Map<String, String> params, List<Check> of) {
    public Check {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        of = List.copyOf(of);
    }

    public Check(String name, Map<String, String> params) {
        this(name, params, List.of());
    }

    /** The parameter's text, or null when the lesson did not give it. */
    public String param(String key) {
        return params.get(key);
    }

    /** An array parameter's elements (empty when not given). */
    public List<String> list(String key) {
        String v = params.get(key);
        return v == null ? List.of() : Arrays.asList(v.split("\n", -1));
    }

    /** True when this check, or one inside it, wants an answer from the learner. */
    public boolean asksForAnswer() {
        return name.equals("answer") || of.stream().anyMatch(Check::asksForAnswer);
    }

    @Override
    public String toString() {
        return name + (params.isEmpty() ? "" : " " + params) + (of.isEmpty() ? "" : " " + of);
    }
}
