package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code socketlab lessons} through {@link Cli#run}: the list, a user folder, and checking files. */
class LessonsCommandTest {
    private static final String GOOD = """
            format = 1
            id = "my-lesson"
            number = 13
            title = "My own lesson"
            [[steps]]
            id = "one"
            title = "Start"
            text = "Start an echo server."
            show = [ { action = "start-server", kind = "echo", mode = "threaded" } ]
            check = { check = "server-running", kind = "echo" }
            """;

    private final LineSink out = new LineSink();
    private final LineSink err = new LineSink();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, out.stream, err.stream);
    }

    @Test
    void listsTheTwelveLessonsInTeachingOrder() {
        assertEquals(0, run("lessons"));
        List<String> lines = out.all();
        assertEquals(13, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches(" +# +id +title +steps"), lines.get(0));
        assertTrue(lines.get(1).matches(" +1 +first-server +Your first server +4"), lines.get(1));
        assertTrue(lines.get(9).contains("bytes-on-the-wire"), lines.get(9));
        assertTrue(lines.get(12).matches(" +12 +never-sniffs +Why the lab never sniffs +\\d+"), lines.get(12));
        assertEquals(List.of(), err.all());
    }

    @Test
    void aUserFolderAddsItsLessonsAndReportsItsBadFiles() throws IOException {
        Files.writeString(dir.resolve("13-mine.lesson.toml"), GOOD);
        Files.writeString(dir.resolve("14-bad.lesson.toml"), GOOD.replace("my-lesson", "bad")
                .replace("check = \"server-running\"", "check = \"server-dancing\""));
        assertEquals(2, run("lessons", "--lessons", dir.toString()));
        assertTrue(out.all().getLast().matches(" +13 +my-lesson +My own lesson +1  "
                + java.util.regex.Pattern.quote(dir.resolve("13-mine.lesson.toml").toString())), out.all().getLast());
        assertEquals(1, err.all().size());
        assertTrue(err.all().getFirst().startsWith(dir.resolve("14-bad.lesson.toml") + ":10: unknown check"
                + " 'server-dancing'"), err.all().getFirst());
    }

    @Test
    void checkAcceptsAGoodFileAndReportsEachProblemOfABadOne() throws IOException {
        Path good = dir.resolve("good.lesson.toml");
        Files.writeString(good, GOOD);
        assertEquals(0, run("lessons", "check", good.toString()));
        assertEquals(List.of(good + ": a valid lesson (format 1)"), out.all());
        Path bad = dir.resolve("bad.lesson.toml");
        Files.writeString(bad, GOOD.replace("text = \"Start an echo server.\"\n", "")
                .replace("\"start-server\"", "\"start-engine\""));
        assertEquals(2, run("lessons", "check", bad.toString()));
        assertEquals(List.of(bad + ":5: step 'one' has no 'text'",
                bad + ":8: unknown action 'start-engine' (known: open-pane, start-server, stop-servers,"
                        + " connect-client, close-client, burst, dns-lookup, dns-trace, address, capture-start,"
                        + " capture-stop, display-filter, select-packet, select-field, show-ladder, point-at)"),
                err.all());
    }

    @Test
    void checkRefusesABrokenTomlFileAndABuiltInId() throws IOException {
        Path syntax = dir.resolve("syntax.lesson.toml");
        Files.writeString(syntax, GOOD.replace("number = 13", "number = 13 14"));
        Path dup = dir.resolve("dup.lesson.toml");
        Files.writeString(dup, GOOD.replace("my-lesson", "semaphore"));
        assertEquals(2, run("lessons", "check", syntax.toString(), dup.toString()));
        assertEquals(List.of(syntax + ":3: unexpected '1' after the value (one key = value per line)",
                dup + ":2: the id 'semaphore' is already the id of the lab's lesson 06-semaphore.lesson.toml; give"
                        + " this lesson another id"), err.all());
    }

    @Test
    void badCommandLinesAreOneLineAndExitTwo() {
        assertEquals(2, run("lessons", "check"));
        assertEquals(List.of("socketlab lessons: say which lesson file to check, e.g. socketlab lessons check"
                + " 20-my-lesson.lesson.toml"), err.all());
        assertEquals(2, run("lessons", "frobnicate"));
        assertTrue(err.all().getLast().startsWith("socketlab lessons: unexpected \"frobnicate\""));
        assertEquals(2, run("lessons", "--lessons"));
        assertEquals("socketlab lessons: --lessons needs a value", err.all().getLast());
        assertEquals(2, run("lessons", "check", dir.resolve("missing.lesson.toml").toString()));
        assertEquals(dir.resolve("missing.lesson.toml") + ":0: no such file", err.all().getLast());
        assertEquals(2, run("lessons", "--lessons", dir.resolve("nowhere").toString()));
        assertEquals(dir.resolve("nowhere") + ":0: no such folder", err.all().getLast());
    }

    @Test
    void helpDescribesTheCommand() {
        assertEquals(0, run("lessons", "--help"));
        assertTrue(out.all().getFirst().startsWith("socketlab lessons [--lessons DIR]"));
        assertEquals(0, run("help", "lessons"));
    }
}
