package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import socketlab.capture.NetInterface;
import socketlab.ui.LabWindowFixture;

/**
 * The Capture pane says what it is doing: whether a capture can open is checked as soon as the pane shows, the empty
 * list says it is capturing and waiting, and after Stop the source line says the capture stopped, with its count.
 */
class CaptureStatesFxTest extends LabWindowFixture {
    CaptureStatesFxTest() {
        super(1280, 800);
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).query().isVisible());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<NetInterface> interfaces(FxRobot robot) {
        return robot.lookup("#interfaceChoice").queryAs(ComboBox.class);
    }

    private static void choose(FxRobot robot, NetInterface nif) {
        onFx(() -> {
            interfaces(robot).setValue(nif);
            return null;
        });
    }

    @Test
    void theInterfaceIsCheckedWhenThePaneOpensAndAgainWhenAnotherIsChosen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-capture");
        waitUntil(() -> interfaces(robot).getValue() != null);
        assertEquals("lo", onFx(() -> interfaces(robot).getValue().name()));
        // Root may capture on lo: the check passes and no banner shows.
        assertFalse(shown(robot, "#problemBox"));

        // An interface that does not exist (the kernel has no nosuch0): the real check says so before any Start.
        choose(robot, new NetInterface("nosuch0", "", List.of(), true, true, false));
        waitUntil(() -> robot.lookup("#problemBox").query().isVisible());
        assertEquals("There is no interface named 'nosuch0'.", text(robot, "#problemWhat"));
        assertTrue(text(robot, "#problemFix").startsWith("Fix: choose one of "), text(robot, "#problemFix"));
        assertTrue(text(robot, "#problemFix").contains("lo"), text(robot, "#problemFix"));
        assertFalse(shown(robot, "#copyFixButton"), "no command to copy for this one");

        // Back to lo: the check passes and takes the banner back.
        NetInterface lo = onFx(() -> interfaces(robot).getItems().stream().filter(NetInterface::loopback)
                .findFirst().orElseThrow());
        choose(robot, lo);
        waitUntil(() -> !robot.lookup("#problemBox").query().isVisible());
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void whileCapturingTheEmptyListWaitsForPacketsAndAfterStopTheSourceSaysItStopped(FxRobot robot)
            throws Exception {
        robot.clickOn("#nav-capture");
        waitUntil(() -> interfaces(robot).getValue() != null);
        assertTrue(text(robot, "#emptyLabel").startsWith("No packets yet."), text(robot, "#emptyLabel"));
        assertEquals("a capture (BPF) filter as tcpdump takes it; the kernel keeps only the packets it matches",
                text(robot, "#filterHint"));

        // A port nobody uses: the capture runs, and no packet comes.
        int quiet;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            quiet = s.getLocalPort();
        }
        String filter = "tcp port " + quiet;
        onFx(() -> {
            robot.lookup("#filterField").queryAs(TextField.class).setText(filter);
            return null;
        });
        robot.clickOn("#captureStartButton");
        waitUntil(() -> !robot.lookup("#captureStopButton").queryAs(Button.class).isDisabled());

        assertTrue(text(robot, "#emptyLabel").startsWith("Capturing on lo (loopback), filter " + filter
                + " — waiting for packets."), text(robot, "#emptyLabel"));
        assertTrue(shown(robot, "#emptyLabel"), "the empty list shows the text");
        assertTrue(text(robot, "#sourceLabel").startsWith("Live capture on lo (loopback), filter " + filter),
                text(robot, "#sourceLabel"));
        assertEquals("capturing: stop the capture to change the interface or the filter", text(robot, "#filterHint"));
        assertTrue(onFx(() -> robot.lookup("#filterField").query().isDisabled()));

        robot.clickOn("#captureStopButton");
        waitUntil(() -> !robot.lookup("#captureStartButton").queryAs(Button.class).isDisabled());
        assertEquals("Stopped: the capture on lo, filter " + filter, text(robot, "#sourceLabel"));
        assertTrue(text(robot, "#emptyLabel").startsWith("The capture on lo, filter " + filter
                + " stopped before any packet came."), text(robot, "#emptyLabel"));
        assertTrue(text(robot, "#statusLabel").startsWith("0 packets captured"), "and beside it the counts: "
                + text(robot, "#statusLabel"));
        assertTrue(onFx(() -> robot.lookup("#packetTable").queryAs(TableView.class).getItems().isEmpty()));
        assertFalse(onFx(() -> robot.lookup("#filterField").query().isDisabled()));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }
}
