package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.capture.HostileFiles;

/**
 * Hostile capture files through the real {@code socketlab decode} in its own JVM with a 256 MB heap: each run ends
 * within 10 s with exit code 0 or 2 and at most one line on standard error. (The in-process tests cover the whole
 * set and the fuzz fast; this proves the command itself, heap limit and all.)
 */
class HostileDecodeProcessTest {
    @TempDir
    Path dir;

    private record Run(int exit, List<String> err, long lines) {
    }

    private Run decode(Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "socketlab.Main", "decode", file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("socketlab decode " + file.getFileName() + " still running after 10 s");
        }
        List<String> errLines = Files.readAllLines(err, StandardCharsets.UTF_8);
        long lines;
        try (var l = Files.lines(out, StandardCharsets.UTF_8)) {
            lines = l.count();
        }
        return new Run(p.exitValue(), errLines, lines);
    }

    @Test
    void hostileFilesEndWithinTenSecondsInExitCodeZeroOrTwoAndOneLine() throws Exception {
        List<HostileFiles.Case> chosen = new ArrayList<>();
        for (HostileFiles.Case c : HostileFiles.cases()) {
            if (c.name().startsWith("snaplen") || c.name().contains("past") || c.name().contains("truncated")
                    || c.name().contains("GiB") || c.name().equals("random bytes 0")) {
                chosen.add(c);
            }
        }
        assertTrue(chosen.size() >= 8, chosen.size() + " cases");
        for (HostileFiles.Case c : chosen) {
            Path file = dir.resolve(c.name().replace(' ', '-') + ".cap");
            Files.write(file, c.bytes());
            Run r = decode(file);
            assertEquals(c.problem() == null ? 0 : 2, r.exit(), c.name() + ": " + r.err());
            assertEquals(c.frames(), r.lines(), c.name() + ": a line per frame before the damage");
            if (c.problem() == null) {
                assertEquals(List.of(), r.err(), c.name());
            } else {
                assertEquals(1, r.err().size(), c.name() + ": " + r.err());
                assertTrue(r.err().getFirst().startsWith("socketlab decode: " + file + ": ")
                        && r.err().getFirst().contains(c.problem()), c.name() + ": " + r.err());
            }
        }
    }

    @Test
    void fuzzedVariantsOfRealCapturesEndTheSameWay() throws Exception {
        Random random = new Random(99);
        Map<String, byte[]> bases = HostileFiles.bases();
        for (int i = 0; i < 4; i++) {
            Path file = dir.resolve("fuzzed" + i + ".cap");
            Files.write(file, HostileFiles.fuzz(bases.get(i % 2 == 0 ? "pcap" : "pcapng"), random));
            Run r = decode(file);
            assertTrue(r.exit() == 0 && r.err().isEmpty() || r.exit() == 2 && r.err().size() == 1,
                    "variant " + i + ": exit " + r.exit() + ", " + r.err());
        }
    }
}
