package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import socketlab.settings.SettingsFile;

/**
 * The real application, started and stopped as a double-click would, with its settings in a temporary folder: the
 * room is remembered across a restart, a broken settings file costs one line on stderr, and a first start opens a
 * usable Servers pane.
 */
class RememberedViewFxTest {
    @TempDir
    Path settings;
    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;
    private Thread.UncaughtExceptionHandler handler;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void useTemporarySettings() {
        handler = Thread.getDefaultUncaughtExceptionHandler();
        System.setProperty(SettingsFile.DIR_PROPERTY, settings.toString());
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            quit();
        }
        System.clearProperty(SettingsFile.DIR_PROPERTY);
        Thread.setDefaultUncaughtExceptionHandler(handler); // the app installs its own
    }

    private void launch() throws Exception {
        app = FxToolkit.setupApplication(LabApp.class);
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        waitUntil(() -> stage.isShowing() && stage.getScene().lookup("#nav-servers") != null);
    }

    /** Closes the window and ends the application, as the window's close button does. */
    private void quit() throws Exception {
        onFx(() -> {
            stage.hide();
            return null;
        });
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    @Test
    void theRoomIsRestoredAfterARestart() throws Exception {
        launch();
        robot.clickOn("#zoomIn").clickOn("#zoomIn").clickOn("#zoomIn");
        robot.clickOn("#darkToggle");
        robot.moveTo(".app-title"); // no tooltip: the headless platform cannot draw one over a full-screen window
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        onFx(() -> {
            stage.setX(20);
            stage.setY(30);
            stage.setWidth(970);
            stage.setHeight(700);
            return null;
        });
        robot.sleep(100);
        quit();
        String saved = Files.readString(settings.resolve("view.properties"));
        assertTrue(saved.contains("text.percent=150"), saved);

        launch();
        assertEquals("150 %", onFx(() -> robot.lookup("#zoomPercent").queryAs(Label.class).getText()));
        assertTrue(onFx(() -> stage.getScene().getRoot().getStyleClass().contains(Theme.DARK_CLASS)), "dark");
        assertTrue(onFx(() -> robot.lookup("#nav-connections").queryAs(ToggleButton.class).isSelected()),
                "the last pane");
        assertEquals(20, onFx(stage::getX), 0.5);
        assertEquals(30, onFx(stage::getY), 0.5);
        assertEquals(970, onFx(stage::getWidth), 0.5);
        assertEquals(700, onFx(stage::getHeight), 0.5);

        // Presentation mode is remembered too, and Reset view forgets it all. (At 0, 0: the headless platform
        // opens a full-screen window where its normal bounds are and then draws past its 1000 × 1000 screen.)
        onFx(() -> {
            stage.setX(0);
            stage.setY(0);
            return null;
        });
        robot.press(KeyCode.F11).release(KeyCode.F11);
        assertTrue(onFx(stage::isFullScreen));
        quit();
        launch();
        assertTrue(onFx(stage::isFullScreen), "presentation mode again");
        assertFalse(onFx(() -> robot.lookup(".header").query().isVisible()));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.clickOn("#resetViewButton");
        robot.moveTo(".app-title");
        assertEquals("100 %", onFx(() -> robot.lookup("#zoomPercent").queryAs(Label.class).getText()));
        assertFalse(onFx(() -> stage.getScene().getRoot().getStyleClass().contains(Theme.DARK_CLASS)));
        assertFalse(Files.exists(settings.resolve("view.properties")), "the saved view is forgotten");
    }

    @Test
    void aWindowSavedOnAScreenThatIsGoneComesBackOnThisOne() throws Exception {
        Files.writeString(settings.resolve("view.properties"),
                "window.x=3000\nwindow.y=-900\nwindow.width=1200\nwindow.height=700\n");
        launch();
        var screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        assertTrue(onFx(() -> screen.contains(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())),
                "the window lies on the screen: " + onFx(() -> stage.getX() + "," + stage.getY()));
    }

    @Test
    void aCorruptSettingsFileIsIgnoredWithOneLineOnStderr() throws Exception {
        Files.writeString(settings.resolve("view.properties"), "text.percent=\\u12G4\ntheme.dark=true\n");
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            launch();
        } finally {
            System.setErr(stderr);
        }
        String err = captured.toString(StandardCharsets.UTF_8);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("socketlab: ignoring the saved view in " + settings.resolve("view.properties")),
                err);
        assertEquals("100 %", onFx(() -> robot.lookup("#zoomPercent").queryAs(Label.class).getText()));
        assertFalse(onFx(() -> stage.getScene().getRoot().getStyleClass().contains(Theme.DARK_CLASS)));
        assertUsableServerForm();
    }

    @Test
    void aFirstStartOpensAUsableServerForm() throws Exception {
        assertFalse(Files.exists(settings.resolve("view.properties")));
        launch();
        assertUsableServerForm();
        quit();
        assertTrue(Files.exists(settings.resolve("view.properties")), "the view is saved at the end");
    }

    private void assertUsableServerForm() throws Exception {
        assertTrue(onFx(() -> robot.lookup("#nav-servers").queryAs(ToggleButton.class).isSelected()));
        Bounds window = onFx(() -> stage.getScene().getRoot().localToScreen(
                stage.getScene().getRoot().getBoundsInLocal()));
        for (String id : new String[] {"#startButton", "#portField", "#kind-echo"}) {
            Node n = robot.lookup(id).query();
            assertTrue(onFx(() -> n.isVisible() && !n.isDisabled()), id);
            Bounds b = onFx(() -> n.localToScreen(n.getBoundsInLocal()));
            assertTrue(window.contains(b), id + " " + b + " lies inside the window " + window);
        }
        waitUntil(() -> stage.getScene().getFocusOwner() != null
                && "kind-hello".equals(stage.getScene().getFocusOwner().getId()));
        robot.clickOn("#portField").eraseText(8).write("0");
        assertEquals("0", onFx(() -> robot.lookup("#portField").queryAs(TextField.class).getText()));
        assertTrue(onFx(() -> !robot.lookup("#startButton").queryAs(Button.class).isDisabled()));
    }
}
