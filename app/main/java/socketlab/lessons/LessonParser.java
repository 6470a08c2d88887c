package socketlab.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import socketlab.filter.DisplayFilter;
import socketlab.filter.FilterResult;

/**
 * Turns one lesson file's text into a {@link Lesson}, or into every problem found in it, each with its line. A TOML
 * syntax error stops at once; the lesson's own mistakes (an unknown action, a missing text) are all listed.
 */
public final class LessonParser {
    private static final Set<String> LESSON_KEYS = Set.of("format", "id", "number", "title", "summary", "concepts",
            "steps");
    private static final Set<String> STEP_KEYS = Set.of("id", "title", "text", "call", "show", "check");

    private final String file;
    private final List<LessonProblem> problems = new ArrayList<>();

    private LessonParser(String file) {
        this.file = file;
    }

    /** What parsing one file gave: the lesson (null when refused) and the problems. */
    public record Result(Lesson lesson, List<LessonProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Parses a lesson file; {@code file} is the name problems and the lesson's source carry. */
    public static Result parse(String text, String file) {
        return new LessonParser(file).run(text);
    }

    private Result run(String text) {
        TomlValue.Table doc;
        try {
            doc = TomlReader.read(text);
        } catch (TomlError e) {
            return new Result(null, List.of(new LessonProblem(file, e.line(), e.reason())));
        }
        TomlValue format = doc.get("format");
        if (format == null) {
            problem(1, "no 'format = 1' line: say which lesson format the file is written in");
            return new Result(null, problems);
        }
        if (!(format instanceof TomlValue.Int f) || f.value() != Vocabulary.FORMAT) {
            problem(format.line(), "format " + show(format) + " is not one this lab reads (it reads format "
                    + Vocabulary.FORMAT + ")");
            return new Result(null, problems);
        }
        unknownKeys(doc, LESSON_KEYS, "a lesson");
        String id = requiredString(doc, "id", doc.line(), "the lesson");
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            problem(doc.get("id").line(), "the id '" + id + "' may hold only lower-case letters, digits and -");
        }
        int number = 0;
        TomlValue n = doc.get("number");
        if (n == null) {
            problem(doc.line(), "the lesson has no 'number' (its place in the teaching order)");
        } else if (!(n instanceof TomlValue.Int i) || i.value() < 1 || i.value() > 999) {
            problem(n.line(), "'number' must be a whole number from 1 to 999");
        } else {
            number = (int) i.value();
        }
        String title = requiredString(doc, "title", doc.line(), "the lesson");
        String summary = optionalString(doc, "summary");
        List<String> concepts = strings(doc.get("concepts"), "concepts");
        List<Step> steps = new ArrayList<>();
        TomlValue st = doc.get("steps");
        if (st == null) {
            problem(doc.line(), "the lesson has no steps: add at least one [[steps]] table");
        } else if (!(st instanceof TomlValue.Arr arr) || arr.values().isEmpty()
                || !arr.values().stream().allMatch(v -> v instanceof TomlValue.Table)) {
            problem(st.line(), "'steps' must be [[steps]] tables");
        } else {
            Set<String> ids = new HashSet<>();
            for (TomlValue v : arr.values()) {
                Step s = step((TomlValue.Table) v);
                if (s != null) {
                    if (!ids.add(s.id())) {
                        problem(v.line(), "two steps have the id '" + s.id() + "'");
                    }
                    steps.add(s);
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new Lesson(id, number, title, summary, concepts, steps, file), problems);
    }

    private Step step(TomlValue.Table t) {
        int before = problems.size();
        unknownKeys(t, STEP_KEYS, "a step");
        String id = requiredString(t, "id", t.line(), "this step");
        String where = id == null ? "this step" : "step '" + id + "'";
        String title = requiredString(t, "title", t.line(), where);
        String text = requiredString(t, "text", t.line(), where);
        if (text != null) {
            facts(text, t.get("text").line());
        }
        String call = optionalString(t, "call");
        List<Action> show = new ArrayList<>();
        TomlValue sv = t.get("show");
        if (sv != null) {
            if (!(sv instanceof TomlValue.Arr arr)) {
                problem(sv.line(), "'show' must be an array of actions, such as [ { action = \"open-pane\","
                        + " pane = \"servers\" } ]");
            } else {
                for (TomlValue a : arr.values()) {
                    Action action = action(a);
                    if (action != null) {
                        show.add(action);
                    }
                }
            }
        }
        Check check = null;
        TomlValue cv = t.get("check");
        if (cv == null) {
            problem(t.line(), where + " has no check: add check = { check = \"...\" }");
        } else {
            check = check(cv);
        }
        if (problems.size() > before || check == null) {
            return null;
        }
        return new Step(id, title, text, call, show, check);
    }

    private Action action(TomlValue v) {
        if (!(v instanceof TomlValue.Table t)) {
            problem(v.line(), "an action must be a table such as { action = \"open-pane\", pane = \"servers\" }");
            return null;
        }
        TomlValue name = t.get("action");
        if (!(name instanceof TomlValue.Str s)) {
            problem(t.line(), "this action has no 'action = \"...\"' naming what it does");
            return null;
        }
        List<Param> spec = Vocabulary.ACTIONS.get(s.value());
        if (spec == null) {
            problem(s.line(), "unknown action '" + s.value() + "' (known: "
                    + String.join(", ", Vocabulary.ACTIONS.keySet()) + ")");
            return null;
        }
        Map<String, String> params = params(t, "action", s.value(), spec);
        return params == null ? null : new Action(s.value(), params);
    }

    private Check check(TomlValue v) {
        if (!(v instanceof TomlValue.Table t)) {
            problem(v.line(), "a check must be a table such as { check = \"server-running\", kind = \"hello\" }");
            return null;
        }
        TomlValue name = t.get("check");
        if (!(name instanceof TomlValue.Str s)) {
            problem(t.line(), "this check has no 'check = \"...\"' naming what it checks");
            return null;
        }
        List<Param> spec = Vocabulary.CHECKS_BY_NAME.get(s.value());
        if (spec == null) {
            problem(s.line(), "unknown check '" + s.value() + "' (known: "
                    + String.join(", ", Vocabulary.CHECKS_BY_NAME.keySet()) + ")");
            return null;
        }
        Map<String, String> params = params(t, "check", s.value(), spec);
        if (params == null) {
            return null;
        }
        List<Check> of = new ArrayList<>();
        if (s.value().equals("all")) {
            TomlValue.Arr arr = (TomlValue.Arr) t.get("of");
            if (arr.values().isEmpty()) {
                problem(arr.line(), "'all' needs at least one check in 'of'");
                return null;
            }
            for (TomlValue c : arr.values()) {
                Check inner = check(c);
                if (inner == null) {
                    return null;
                }
                of.add(inner);
            }
        }
        return new Check(s.value(), params, of);
    }

    // The parameters as text, each validated against the vocabulary; null after reporting a problem.
    private Map<String, String> params(TomlValue.Table t, String nameKey, String name, List<Param> spec) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, TomlValue> e : t.entries().entrySet()) {
            if (e.getKey().equals(nameKey)) {
                continue;
            }
            Param p = spec.stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElse(null);
            if (p == null) {
                problem(e.getValue().line(), nameKey + " '" + name + "' has no parameter '" + e.getKey() + "'"
                        + (spec.isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ",
                        spec.stream().map(Param::name).toList()) + ")"));
                ok = false;
                continue;
            }
            String text = value(p, e.getValue(), nameKey + " '" + name + "'");
            if (text == null) {
                ok = false;
            } else {
                out.put(p.name(), text);
            }
        }
        for (Param p : spec) {
            if (p.required() && !t.entries().containsKey(p.name())) {
                problem(t.line(), nameKey + " '" + name + "' needs '" + p.name() + "' (" + p.describe() + ")");
                ok = false;
            }
        }
        return ok ? out : null;
    }

    private String value(Param p, TomlValue v, String where) {
        String bad = where + ": '" + p.name() + "' must be " + p.describe();
        switch (p.kind()) {
            case CHOICE -> {
                if (v instanceof TomlValue.Str s && p.values().contains(s.value())) {
                    return s.value();
                }
                problem(v.line(), bad + ", not " + show(v));
                return null;
            }
            case NUMBER -> {
                if (v instanceof TomlValue.Int i && i.value() >= p.min() && i.value() <= p.max()) {
                    return Long.toString(i.value());
                }
                problem(v.line(), bad + ", not " + show(v));
                return null;
            }
            case BOOLEAN -> {
                if (v instanceof TomlValue.Bool b) {
                    return Boolean.toString(b.value());
                }
                problem(v.line(), bad + ", not " + show(v));
                return null;
            }
            case TEXT -> {
                String s = v instanceof TomlValue.Str str ? str.value()
                        : v instanceof TomlValue.Int i ? Long.toString(i.value()) : null;
                if (s == null) {
                    problem(v.line(), bad + ", not " + v.kind());
                    return null;
                }
                return facts(s, v.line()) ? s : null;
            }
            case TEXTS -> {
                if (v instanceof TomlValue.Arr a && a.values().stream().allMatch(x -> x instanceof TomlValue.Str
                        || x instanceof TomlValue.Int)) {
                    List<String> parts = new ArrayList<>();
                    for (TomlValue x : a.values()) {
                        String s = x instanceof TomlValue.Str str ? str.value()
                                : Long.toString(((TomlValue.Int) x).value());
                        if (s.contains("\n")) {
                            problem(x.line(), where + ": one element of '" + p.name() + "' holds a line end");
                            return null;
                        }
                        if (!facts(s, x.line())) {
                            return null;
                        }
                        parts.add(s);
                    }
                    return String.join("\n", parts);
                }
                problem(v.line(), bad);
                return null;
            }
            case DISPLAY_FILTER, FIELD -> {
                if (!(v instanceof TomlValue.Str s) || s.value().isBlank()) {
                    problem(v.line(), bad);
                    return null;
                }
                if (p.kind() == Param.Kind.DISPLAY_FILTER && !facts(s.value(), v.line())) {
                    return null;
                }
                // A filter may name facts ({server.port}); it is checked with a number in their place.
                String filter = p.kind() == Param.Kind.FIELD ? s.value()
                        : FactNames.REFERENCE.matcher(s.value()).replaceAll("1");
                if (DisplayFilter.compile(filter) instanceof FilterResult.Invalid inv) {
                    problem(v.line(), where + ": '" + s.value() + "' is not a "
                            + (p.kind() == Param.Kind.FIELD ? "field the lab decodes" : "display filter the lab"
                            + " reads") + ": " + inv.error().message());
                    return null;
                }
                return s.value();
            }
            case CAPTURE_FILTER -> {
                if (v instanceof TomlValue.Str s) {
                    return facts(s.value(), v.line()) ? s.value() : null;
                }
                problem(v.line(), bad);
                return null;
            }
            case TARGET -> {
                if (v instanceof TomlValue.Str s && LessonTargets.NAMES.contains(s.value())) {
                    return s.value();
                }
                problem(v.line(), where + ": there is no control " + show(v) + " to point at (known: "
                        + String.join(", ", LessonTargets.NAMES.stream().sorted().toList()) + ")");
                return null;
            }
            case CHECKS -> {
                if (v instanceof TomlValue.Arr) {
                    return "";
                }
                problem(v.line(), bad + ", such as [ { check = \"server-running\" }, { check = \"burst-finished\""
                        + " } ]");
                return null;
            }
            default -> throw new IllegalStateException(p.kind().toString());
        }
    }

    // Reports an unknown {fact}; false when there was one.
    private boolean facts(String text, int line) {
        String unknown = FactNames.firstUnknown(text);
        if (unknown != null) {
            problem(line, "unknown fact {" + unknown + "} (known: " + String.join(", ", FactNames.ALL.keySet())
                    + ")");
            return false;
        }
        return true;
    }

    private void unknownKeys(TomlValue.Table t, Set<String> known, String what) {
        for (Map.Entry<String, TomlValue> e : t.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                problem(e.getValue().line(), "'" + e.getKey() + "' is not a key of " + what + " (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private String requiredString(TomlValue.Table t, String key, int line, String where) {
        TomlValue v = t.get(key);
        if (v == null) {
            problem(line, where + " has no '" + key + "'");
            return null;
        }
        if (!(v instanceof TomlValue.Str s) || s.value().isBlank()) {
            problem(v.line(), "'" + key + "' must be a text that is not empty");
            return null;
        }
        return s.value().strip();
    }

    private String optionalString(TomlValue.Table t, String key) {
        TomlValue v = t.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof TomlValue.Str s)) {
            problem(v.line(), "'" + key + "' must be a text");
            return null;
        }
        return s.value().strip();
    }

    private List<String> strings(TomlValue v, String key) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof TomlValue.Arr a && a.values().stream().allMatch(x -> x instanceof TomlValue.Str)) {
            return a.values().stream().map(x -> ((TomlValue.Str) x).value()).toList();
        }
        problem(v.line(), "'" + key + "' must be an array of texts");
        return List.of();
    }

    private void problem(int line, String reason) {
        problems.add(new LessonProblem(file, line, reason));
    }

    private static String show(TomlValue v) {
        return switch (v) {
            case TomlValue.Str s -> "\"" + s.value() + "\"";
            case TomlValue.Int i -> Long.toString(i.value());
            case TomlValue.Bool b -> Boolean.toString(b.value());
            default -> v.kind();
        };
    }
}
