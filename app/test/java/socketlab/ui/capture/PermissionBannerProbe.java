package socketlab.ui.capture;

import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import socketlab.ui.Lab;
import socketlab.ui.RecordingErrorReporter;

/**
 * Opens the window in a JVM that may not capture (its test starts it without the capability), shows the Capture
 * pane without pressing Start, and prints what the pane says and what "Copy the command" does, one fact a line.
 */
public final class PermissionBannerProbe {
    private PermissionBannerProbe() {
    }

    public static void main(String[] args) throws Exception {
        RecordingErrorReporter errors = new RecordingErrorReporter();
        Lab[] lab = new Lab[1];
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            lab[0] = Lab.open(s, errors);
            s.setWidth(1280);
            s.setHeight(800);
        });
        FxRobot robot = new FxRobot();
        robot.clickOn("#nav-capture");
        waitUntil(() -> robot.lookup("#problemBox").query().isVisible());
        Button copy = robot.lookup("#copyFixButton").queryAs(Button.class);
        System.out.println("what=" + onFx(() -> robot.lookup("#problemWhat").queryAs(Label.class).getText()));
        System.out.println("fix=" + onFx(() -> robot.lookup("#problemFix").queryAs(Label.class).getText()));
        System.out.println("copyShown=" + onFx(copy::isVisible));
        System.out.println("copyText=" + onFx(copy::getText));
        robot.clickOn(copy);
        System.out.println("copiedText=" + onFx(copy::getText));
        System.out.println("clipboard=" + onFx(() -> Clipboard.getSystemClipboard().getString()));
        waitUntil(() -> !copy.getText().equals(CaptureController.COPIED));
        System.out.println("laterText=" + onFx(copy::getText));
        System.out.println("errors=" + errors.reports());
        onFx(() -> {
            lab[0].close();
            stage.hide();
            return null;
        });
        Platform.exit();
        System.exit(0);
    }
}
