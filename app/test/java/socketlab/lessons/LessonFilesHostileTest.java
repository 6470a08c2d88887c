package socketlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A lesson file may be anything an editor or a download left behind: every cut and every mangled copy of the
 * built-in lessons is either a lesson or a list of problems with lines inside the file, never an exception.
 */
class LessonFilesHostileTest {

    private static String builtIn(String name) throws Exception {
        try (InputStream in = LessonFiles.class.getResourceAsStream("/socketlab/lessons/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void parsesOrExplains(String text, String what) {
        LessonParser.Result r = LessonParser.parse(text, "f");
        long lines = text.lines().count() + 1;
        if (r.lesson() == null) {
            assertTrue(!r.problems().isEmpty(), what + ": refused without a reason");
            for (LessonProblem p : r.problems()) {
                assertTrue(p.line() >= 1 && p.line() <= lines, what + ": line " + p.line() + " of " + lines
                        + ": " + p);
                assertTrue(!p.reason().isBlank(), what);
            }
        }
    }

    @Test
    void everyCutOfEveryLessonIsALessonOrItsProblems() throws Exception {
        for (Lesson l : LessonFiles.loadBuiltIn().lessons()) {
            String text = builtIn(l.source().substring(LessonFiles.BUILT_IN_PREFIX.length()));
            for (int cut = 0; cut < text.length(); cut++) {
                parsesOrExplains(text.substring(0, cut), l.id() + " cut at " + cut);
            }
        }
    }

    @Test
    void mangledCopiesAreLessonsOrProblems() throws Exception {
        Random random = new Random(12);
        String chars = "\"'[]{}=,#\\\n\r .-_0123456789abcxyz\u00e9\u0000\t";
        List<Lesson> lessons = LessonFiles.loadBuiltIn().lessons();
        for (int i = 0; i < 3000; i++) {
            Lesson l = lessons.get(random.nextInt(lessons.size()));
            StringBuilder text = new StringBuilder(builtIn(l.source().substring(
                    LessonFiles.BUILT_IN_PREFIX.length())));
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, chars.charAt(random.nextInt(chars.length())));
                    case 1 -> text.insert(at, chars.charAt(random.nextInt(chars.length())));
                    default -> text.deleteCharAt(at);
                }
            }
            parsesOrExplains(text.toString(), l.id() + " mangled #" + i);
        }
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkReadTheSame() throws Exception {
        String text = builtIn("04-iterative-backlog.lesson.toml");
        LessonParser.Result unix = LessonParser.parse(text, "f");
        LessonParser.Result windows = LessonParser.parse("\uFEFF" + text.replace("\n", "\r\n"), "f");
        assertNotNull(windows.lesson(), windows.problems().toString());
        assertEquals(unix.lesson().steps(), windows.lesson().steps());
        LessonParser.Result broken = LessonParser.parse(text.replace("\n", "\r\n").replace("id = \"second\"",
                "id = second"), "f");
        assertEquals(31, broken.problems().getFirst().line(), broken.problems()
                .toString());
    }
}
