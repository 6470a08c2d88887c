package socketlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's entry sends log records to the per-user log file, never to the terminal. */
class LogFileTest {
    @TempDir
    Path state;

    @Test
    void theProgramLogsToItsFileInTheUsersStateFolder() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "socketlab.Main",
                "addr", "127.0.0.1");
        pb.environment().put("XDG_STATE_HOME", state.toString());
        Process p = pb.redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertTrue(out.contains("127.0.0.1"), out);
        assertEquals("", err);
        assertTrue(Files.exists(state.resolve("socketlab").resolve("socketlab.log")), "the log file is made");
    }

    @Test
    void thePointerNamesTheFolderOfThisSystem() {
        assertTrue(LogFile.folder().toString().endsWith("socketlab") || LogFile.folder().toString().endsWith("logs")
                || LogFile.folder().toString().contains("Socket Lab"), LogFile.folder().toString());
    }
}
