package socketlab.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view settings file: a round trip, the platform's folders, and broken files ignored in one line. */
class SettingsFileTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void whatIsSavedIsLoadedBack() {
        SettingsFile file = new SettingsFile(dir.resolve("nested/folder"), err);
        ViewSettings saved = new ViewSettings(175, true, new WindowBounds(-1280, 40.5, 1024, 700), true, false,
                "capture");
        file.save(saved);
        assertEquals(saved, new SettingsFile(dir.resolve("nested/folder"), err).load());
        assertEquals("", err());
        try (var files = Files.list(dir.resolve("nested/folder"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void noFileMeansTheDefaultsWithoutAWord() {
        assertEquals(ViewSettings.DEFAULTS, new SettingsFile(dir, err).load());
        assertEquals("", err());
    }

    @Test
    void aBrokenFileIsIgnoredWithOneLine() throws Exception {
        for (String broken : new String[] {"text.percent=huge\n", "theme.dark=\\u12G4\n", "window.width=-5\n",
                "theme.dark=maybe\n", "pane=../../etc\n"}) {
            errBytes.reset();
            Files.writeString(dir.resolve(SettingsFile.FILE_NAME), broken);
            assertEquals(ViewSettings.DEFAULTS, new SettingsFile(dir, err).load(), broken);
            String line = err();
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.startsWith("socketlab: ignoring the saved view in " + dir.resolve("view.properties")),
                    line);
            assertTrue(line.contains("starting with the defaults"), line);
        }
    }

    @Test
    void anUnreadableFileIsIgnoredWithOneLine() throws Exception {
        Files.createDirectory(dir.resolve(SettingsFile.FILE_NAME)); // a folder where the file should be
        assertEquals(ViewSettings.DEFAULTS, new SettingsFile(dir, err).load());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("cannot be read"), err());
    }

    @Test
    void aFailedSaveIsOneLineAndNoException() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        new SettingsFile(notAFolder, err).save(ViewSettings.DEFAULTS);
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("socketlab: could not save the view to "), err());
    }

    @Test
    void eachPlatformKeepsItInItsUsualPlace() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/home/ada/.config/socketlab"), SettingsFile.directory(null, "Linux", Map.of(), home));
        assertEquals(Path.of("/xdg/socketlab"),
                SettingsFile.directory(null, "Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), home));
        assertEquals(Path.of("/home/ada/.config/socketlab"),
                SettingsFile.directory(null, "Linux", Map.of("XDG_CONFIG_HOME", "relative"), home),
                "a relative XDG_CONFIG_HOME is ignored, as the spec says");
        assertEquals(Path.of("/home/ada/Library/Application Support/socketlab"),
                SettingsFile.directory(null, "Mac OS X", Map.of(), home));
        assertEquals(Path.of("/appdata/socketlab"),
                SettingsFile.directory(null, "Windows 11", Map.of("APPDATA", "/appdata"), home));
        assertEquals(Path.of("/tmp/t"), SettingsFile.directory("/tmp/t", "Linux", Map.of(), home),
                "the system property wins");
    }
}
