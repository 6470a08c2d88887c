package socketlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Lessons section stays true: its example is a valid lesson and it names the whole vocabulary. */
class ReadmeLessonsTest {
    private static String section() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Lessons\n");
        assertTrue(start >= 0, "the README has a Lessons section");
        int end = readme.indexOf("\n## ", start + 5);
        return readme.substring(start, end);
    }

    @Test
    void theCompleteExampleIsAValidLesson() throws Exception {
        String s = section();
        int from = s.indexOf("```toml\n");
        String example = s.substring(from + 8, s.indexOf("```\n", from + 8));
        LessonParser.Result r = LessonParser.parse(example, "README example");
        assertEquals(List.of(), r.problems());
        assertNotNull(r.lesson());
        assertEquals(3, r.lesson().steps().size());
    }

    @Test
    void everyActionCheckAndFactIsDocumented() throws Exception {
        String s = section();
        for (String a : Vocabulary.ACTIONS.keySet()) {
            assertTrue(s.contains("| `" + a + "` |"), "action " + a);
        }
        for (String c : Vocabulary.CHECKS_BY_NAME.keySet()) {
            assertTrue(s.contains("| `" + c + "` |"), "check " + c);
        }
        for (String f : FactNames.ALL.keySet()) {
            assertTrue(s.contains("`" + f + "`"), "fact " + f);
        }
        for (Lesson l : LessonFiles.loadBuiltIn().lessons()) {
            assertTrue(s.contains("| " + l.number() + " | `" + l.id() + "` |"), "lesson " + l.id());
        }
    }
}
