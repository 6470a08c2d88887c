package socketlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading lesson files: good ones load, each bad one is refused with its file, line and reason. */
class LessonFilesTest {
    static final String GOOD = """
            format = 1
            id = "my-lesson"
            number = 20
            title = "My lesson"
            [[steps]]
            id = "one"
            title = "Start"
            text = "Start an echo server."
            show = [ { action = "start-server", kind = "echo", mode = "threaded" } ]
            check = { check = "server-running", kind = "echo" }
            """;

    @TempDir
    Path dir;

    @Test
    void aUserLessonLoadsAfterTheBuiltInOnes() throws IOException {
        Files.writeString(dir.resolve("20-mine.lesson.toml"), GOOD);
        LessonLoad builtIn = LessonFiles.loadBuiltIn();
        assertEquals(List.of(), builtIn.problems());
        LessonLoad all = LessonFiles.load(dir, builtIn);
        assertEquals(List.of(), all.problems());
        assertEquals("my-lesson", all.lessons().getLast().id());
        assertEquals(dir.resolve("20-mine.lesson.toml").toString(), all.lessons().getLast().source());
        assertTrue(all.lessons().getFirst().builtIn());
    }

    @Test
    void badFilesAreRefusedWithFileLineAndReasonAndTheOthersStillLoad() throws IOException {
        Files.writeString(dir.resolve("20-mine.lesson.toml"), GOOD);
        Files.writeString(dir.resolve("21-action.lesson.toml"), GOOD.replace("my-lesson", "a2")
                .replace("\"start-server\"", "\"start-rocket\""));
        Files.writeString(dir.resolve("22-check.lesson.toml"), GOOD.replace("my-lesson", "a3")
                .replace("\"server-running\"", "\"server-flying\""));
        Files.writeString(dir.resolve("23-text.lesson.toml"), GOOD.replace("my-lesson", "a4")
                .replace("text = \"Start an echo server.\"\n", ""));
        Files.writeString(dir.resolve("24-syntax.lesson.toml"), GOOD.replace("my-lesson", "a5")
                .replace("title = \"Start\"", "title = Start"));
        Files.writeString(dir.resolve("25-dup.lesson.toml"), GOOD.replace("my-lesson", "first-server"));
        LessonLoad all = LessonFiles.load(dir, LessonFiles.loadBuiltIn());
        List<String> problems = all.problems().stream().map(LessonProblem::toString).toList();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(dir.resolve("21-action.lesson.toml") + ":9: unknown action"
                + " 'start-rocket'"), problems.get(0));
        assertTrue(problems.get(1).startsWith(dir.resolve("22-check.lesson.toml") + ":10: unknown check"
                + " 'server-flying'"), problems.get(1));
        assertEquals(dir.resolve("23-text.lesson.toml") + ":5: step 'one' has no 'text'", problems.get(2));
        assertTrue(problems.get(3).startsWith(dir.resolve("24-syntax.lesson.toml") + ":7: "), problems.get(3));
        assertTrue(problems.get(4).startsWith(dir.resolve("25-dup.lesson.toml") + ":2: the id 'first-server' is"
                + " already the id of the lab's lesson 01-first-server.lesson.toml"), problems.get(4));
        assertTrue(all.find("my-lesson").isPresent());
        assertEquals("Your first server", all.find("first-server").orElseThrow().title(),
                "the built-in lesson stays");
    }

    @Test
    void checkReportsEveryProblemOfOneFile() throws IOException {
        Path f = dir.resolve("x.lesson.toml");
        Files.writeString(f, GOOD.replace("kind = \"echo\", mode = \"threaded\"", "kind = \"ftp\", mode = 3")
                .replace("check = \"server-running\", kind = \"echo\"", "check = \"answer\""));
        List<String> problems = LessonFiles.check(f).stream().map(LessonProblem::toString).toList();
        assertEquals(List.of(f + ":9: action 'start-server': 'kind' must be hello / echo / time / http, not \"ftp\"",
                f + ":9: action 'start-server': 'mode' must be iterative / threaded / semaphore, not 3",
                f + ":10: check 'answer' needs 'equals' (text)"), problems);
        assertEquals(List.of(f.resolveSibling("none.lesson.toml") + ":0: no such file"),
                LessonFiles.check(f.resolveSibling("none.lesson.toml")).stream().map(Object::toString).toList());
    }
}
