package socketlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import socketlab.filter.DisplayFilter;
import socketlab.filter.FilterResult;

/**
 * Every built-in lesson obeys format 1 on its own terms, checked here independently of the parser: every action and
 * check is in the vocabulary with valid parameters, every point-at target is a known control, every fact is known.
 */
class BuiltInLessonsSchemaTest {

    @Test
    void allTwelveLessonsLoadInTeachingOrder() {
        LessonLoad load = LessonFiles.loadBuiltIn();
        assertEquals(List.of(), load.problems());
        assertEquals(List.of("first-server", "echo-and-eof", "time-server", "iterative-backlog", "thread-per-client",
                "semaphore", "names-to-addresses", "dns-hierarchy", "bytes-on-the-wire", "encapsulation",
                "tcp-ladder", "never-sniffs"), load.lessons().stream().map(Lesson::id).toList());
        for (int i = 0; i < 12; i++) {
            assertEquals(i + 1, load.lessons().get(i).number());
        }
    }

    @Test
    void everyActionCheckParameterTargetAndFactIsKnown() {
        int questions = 0;
        int showMe = 0;
        for (Lesson lesson : LessonFiles.loadBuiltIn().lessons()) {
            assertTrue(lesson.steps().size() >= 3, lesson.id() + " has a few steps");
            assertFalse(lesson.summary().isBlank(), lesson.id());
            Set<String> ids = new HashSet<>();
            for (Step step : lesson.steps()) {
                String where = lesson.id() + "/" + step.id();
                assertTrue(ids.add(step.id()), where + " is unique");
                assertFalse(step.title().isBlank(), where);
                assertFalse(step.text().isBlank(), where);
                facts(step.text(), where);
                for (Action a : step.show()) {
                    List<Param> spec = Vocabulary.ACTIONS.get(a.name());
                    assertNotNull(spec, where + ": action " + a.name());
                    params(a.params().keySet(), spec, where + " " + a);
                    a.params().forEach((k, v) -> value(spec, k, v, where + " " + a));
                    if (a.name().equals("point-at")) {
                        assertTrue(LessonTargets.NAMES.contains(a.param("target")), where + ": " + a);
                    }
                }
                showMe += step.show().isEmpty() ? 0 : 1;
                questions += step.isQuestion() ? 1 : 0;
                check(step.check(), where);
                if (step.show().isEmpty()) {
                    assertTrue(step.isQuestion(), where + ": a step without Show me is a question");
                }
                if (step.check().name().equals("answer")) {
                    assertNotNull(step.check().param("hint"), where + ": a question has a hint");
                }
            }
        }
        assertTrue(questions >= 24, "questions: " + questions);
        assertTrue(showMe >= 36, "steps with Show me: " + showMe);
    }

    private static void check(Check c, String where) {
        List<Param> spec = Vocabulary.CHECKS_BY_NAME.get(c.name());
        assertNotNull(spec, where + ": check " + c.name());
        params(c.params().keySet(), spec, where + " " + c);
        c.params().forEach((k, v) -> value(spec, k, v, where + " " + c));
        c.of().forEach(inner -> check(inner, where));
        assertEquals(c.name().equals("all"), !c.of().isEmpty(), where);
    }

    private static void params(Set<String> given, List<Param> spec, String where) {
        for (Param p : spec) {
            if (p.required()) {
                assertTrue(given.contains(p.name()), where + " needs " + p.name());
            }
        }
        for (String k : given) {
            assertTrue(spec.stream().anyMatch(p -> p.name().equals(k)), where + ": unknown parameter " + k);
        }
    }

    private static void value(List<Param> spec, String key, String value, String where) {
        Param p = spec.stream().filter(x -> x.name().equals(key)).findFirst().orElseThrow();
        switch (p.kind()) {
            case CHOICE -> assertTrue(p.values().contains(value), where);
            case NUMBER -> {
                long n = Long.parseLong(value);
                assertTrue(n >= p.min() && n <= p.max(), where);
            }
            case BOOLEAN -> assertTrue(value.equals("true") || value.equals("false"), where);
            case TEXT, TEXTS, CAPTURE_FILTER -> facts(value, where);
            case DISPLAY_FILTER -> {
                facts(value, where);
                assertTrue(DisplayFilter.compile(FactNames.REFERENCE.matcher(value).replaceAll("1"))
                        instanceof FilterResult.Valid, where);
            }
            case FIELD -> assertTrue(DisplayFilter.compile(value) instanceof FilterResult.Valid, where);
            case TARGET -> assertTrue(LessonTargets.NAMES.contains(value), where);
            case CHECKS -> assertEquals("", value, where);
        }
    }

    private static void facts(String text, String where) {
        Matcher m = FactNames.REFERENCE.matcher(text);
        List<String> unknown = new ArrayList<>();
        while (m.find()) {
            if (!FactNames.isKnown(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        assertEquals(List.of(), unknown, where + ": unknown facts");
    }
}
