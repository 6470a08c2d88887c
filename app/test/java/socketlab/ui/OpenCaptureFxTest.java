package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import socketlab.Main;
import socketlab.filter.FilterCaptures;

/** A capture file given to the window (socketlab FILE.pcap, a double-click, a drop) opens in the Capture pane. */
class OpenCaptureFxTest extends LabWindowFixture {
    @TempDir
    Path dir;

    @Test
    void aCaptureFileOpensInTheCapturePane(FxRobot robot) throws Exception {
        Path file = FilterCaptures.write(dir);
        onFx(() -> {
            lab.openCapture(file);
            return null;
        });
        waitUntil(() -> robot.lookup("#nav-capture").queryAs(ToggleButton.class).isSelected());
        int total = FilterCaptures.frames().size() + 1;
        waitUntil(() -> robot.lookup("#packetTable").tryQuery().isPresent()
                && onFx(() -> robot.lookup("#packetTable").queryAs(TableView.class).getItems().size()) == total);
    }

    @Test
    void onlyCaptureFileNamesOpenTheWindow() {
        assertTrue(Main.isCaptureFile("lab.pcap"));
        assertTrue(Main.isCaptureFile("/tmp/Lab.PCAPNG"));
        assertTrue(Main.isCaptureFile("old.cap"));
        assertFalse(Main.isCaptureFile("decode"));
        assertFalse(Main.isCaptureFile("--help"));
        assertFalse(Main.isCaptureFile("notes.txt"));
    }
}
