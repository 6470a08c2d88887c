package socketlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the window and which run the command line. */
class MainArgsTest {
    @TempDir
    Path dir;

    @Test
    void noArgumentsOrOneCaptureFileOpenTheWindow() {
        assertTrue(Main.opensWindow(new String[0]));
        assertTrue(Main.opensWindow(new String[] {"lab.pcap"}));
        assertTrue(Main.opensWindow(new String[] {"/tmp/not-there.pcapng"}), "the window says what is wrong with it");
    }

    @Test
    void aFileManagersAbsolutePathOpensTheWindowWhateverItsName() throws Exception {
        // A file manager sniffs a capture's type from its first bytes and passes the full path (%f): a capture
        // saved as "trace.dmp" or without an extension is still opened in the window, not taken for a command.
        byte[] pcapMagic = {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1};
        Path sniffed = Files.write(dir.resolve("trace"), pcapMagic);
        assertTrue(Main.opensWindow(new String[] {sniffed.toString()}));
        assertTrue(Main.opensWindow(new String[] {Files.write(dir.resolve("old.dmp"), new byte[4]).toString()}));
    }

    @Test
    void commandsAndOtherArgumentsRunTheCommandLine() throws Exception {
        assertFalse(Main.opensWindow(new String[] {"decode"}));
        assertFalse(Main.opensWindow(new String[] {"--help"}));
        assertFalse(Main.opensWindow(new String[] {"decode", "lab.pcap"}));
        assertFalse(Main.opensWindow(new String[] {dir.toString()}), "a folder is not a capture");
        assertFalse(Main.opensWindow(new String[] {dir.resolve("missing").toString()}), "nor a file that is not there");
        Files.writeString(dir.resolve("serve"), "a file named like a command");
        assertFalse(Main.opensWindow(new String[] {"serve"}), "a relative name is a command even when a file has it");
    }

    @Test
    void withoutADisplayTheWindowIsRefusedInOneLineInsteadOfJavaFxsStackTrace() {
        Optional<String> why = Main.noDisplay("Linux", Map.of(), null);
        assertEquals(Optional.of("socketlab: there is no display to open the window on (DISPLAY is not"
                + " set): start it in a desktop session, or use the command line: socketlab --help"), why);
        assertTrue(Main.noDisplay("Linux", Map.of("DISPLAY", ":0"), null).isEmpty());
        assertTrue(Main.noDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null).isEmpty());
        assertTrue(Main.noDisplay("Linux", Map.of(), "Headless").isEmpty(), "the tests' platform");
        assertTrue(Main.noDisplay("Mac OS X", Map.of(), null).isEmpty());
        assertTrue(Main.noDisplay("Windows 11", Map.of(), null).isEmpty());
    }
}
