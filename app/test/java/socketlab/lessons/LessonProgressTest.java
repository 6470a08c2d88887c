package socketlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress is kept per user in a small file; a broken file is ignored with one line; a restart forgets it. */
class LessonProgressTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void doneStepsSurviveARestartOfTheLabAndALessonRestartForgetsThem() throws Exception {
        Lesson lesson = LessonFiles.loadBuiltIn().find("bytes-on-the-wire").orElseThrow();
        LessonProgress progress = new LessonProgress(dir, err);
        LabFacts facts = new LabFacts();
        try (LessonRun run = new LessonRun(lesson, facts, progress)) {
            run.go(1);
            assertTrue(run.answer("00 50").passed());
            run.go(2);
            assertTrue(run.answer("c6 23 1a 60").passed());
        }
        assertTrue(Files.readString(dir.resolve("lessons.properties")).contains("bytes-on-the-wire=port-bytes,"
                + "address-bytes"));
        LessonProgress again = new LessonProgress(dir, err);
        assertEquals(Set.of("port-bytes", "address-bytes"), again.done("bytes-on-the-wire"));
        try (LessonRun run = new LessonRun(lesson, new LabFacts(), again)) {
            assertFalse(run.done(0));
            assertTrue(run.done(1));
            assertTrue(run.done(2));
            assertEquals(0, run.index(), "it starts at the first step not done");
            run.restart();
            assertFalse(run.done(1));
        }
        assertEquals(Set.of(), new LessonProgress(dir, err).done("bytes-on-the-wire"));
        assertEquals("", err());
    }

    @Test
    void aBrokenFileIsIgnoredWithOneLine() throws Exception {
        Files.writeString(dir.resolve("lessons.properties"), "first-server=start,\u0000bad\nsemaphore=start\n");
        LessonProgress p = new LessonProgress(dir, err);
        assertEquals(Set.of(), p.done("semaphore"));
        assertEquals(Set.of(), p.done("first-server"));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("socketlab: ignoring the lesson progress in " + dir.resolve("lessons.properties")),
                err());
        p.markDone("semaphore", "fill");
        assertEquals(Set.of("fill"), new LessonProgress(dir, err).done("semaphore"), "a save replaces the file");
    }

    @Test
    void anUnwritableFolderIsOneLineAndTheLessonGoesOn() throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        LessonProgress p = new LessonProgress(file, err);
        p.markDone("semaphore", "fill");
        p.markDone("semaphore", "third");
        assertEquals(Set.of("fill", "third"), p.done("semaphore"));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("socketlab: could not save the lesson progress"), err());
    }
}
