package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The main window: title, navigation, presentation zoom from the keyboard and the buttons, and the themes. */
class MainWindowFxTest extends LabWindowFixture {
    @Test
    void windowHasTitleAndOnlyRealPanesInItsNavigation(FxRobot robot) {
        assertEquals("Socket Lab", onFx(stage::getTitle));
        assertEquals(7, robot.lookup(".nav-button").queryAll().size(), "no buttons for panes that do not exist");
        assertTrue(onFx(() -> robot.lookup("#nav-clients").tryQuery().isPresent()));
        assertTrue(robot.lookup("#nav-addresses").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-connections").tryQuery().isPresent());
        assertTrue(onFx(() -> robot.lookup("#nav-servers").queryAs(ToggleButton.class).isSelected()));
        assertTrue(onFx(() -> robot.lookup("#startButton").tryQuery().isPresent()), "the Servers pane is shown");
        assertTrue(onFx(() -> stage.getWidth() >= Lab.MIN_WIDTH && stage.getHeight() >= Lab.MIN_HEIGHT));
    }

    @Test
    void controlPlusAndMinusScaleAllTextAndControlZeroResets(FxRobot robot) {
        double base = rootFontSize(robot);
        double label = onFx(() -> robot.lookup("#zoomPercent").queryAs(Label.class).getFont().getSize());

        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        double bigger = rootFontSize(robot);
        assertTrue(bigger > base, bigger + " > " + base);
        assertTrue(onFx(() -> robot.lookup("#zoomPercent").queryAs(Label.class).getFont().getSize()) > label,
                "labels follow the root's font size");
        assertEquals("110 %", onFx(() -> robot.lookup("#zoomPercent").queryAs(Label.class).getText()));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHIFT,
                KeyCode.CONTROL);
        assertTrue(rootFontSize(robot) > bigger, "Ctrl Shift = (the + key on many keyboards) also zooms in");

        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertEquals(bigger, rootFontSize(robot), 0.01);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertEquals(base, rootFontSize(robot), 0.01);
        assertEquals(TextZoom.BASE_PX, base, 0.01);

        robot.clickOn("#zoomIn");
        assertEquals("110 %", onFx(() -> robot.lookup("#zoomPercent").queryAs(Label.class).getText()));
        robot.clickOn("#zoomOut").clickOn("#zoomOut");
        assertEquals("90 %", onFx(() -> robot.lookup("#zoomPercent").queryAs(Label.class).getText()));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void themeButtonSwitchesTheDarkClassAndNamesWhatItWillDo(FxRobot robot) {
        assertFalse(onFx(() -> root(robot).getStyleClass().contains(Theme.DARK_CLASS)));
        assertEquals("☾  Dark theme", onFx(() -> robot.lookup("#darkToggle").queryAs(ToggleButton.class).getText()),
                "while light, the button offers the dark theme");
        robot.clickOn("#darkToggle");
        assertTrue(onFx(() -> root(robot).getStyleClass().contains(Theme.DARK_CLASS)));
        assertEquals("☀  Light theme", onFx(() -> robot.lookup("#darkToggle").queryAs(ToggleButton.class).getText()));
        robot.clickOn("#darkToggle");
        assertFalse(onFx(() -> root(robot).getStyleClass().contains(Theme.DARK_CLASS)));
    }

    private Parent root(FxRobot robot) {
        return stage.getScene().getRoot();
    }

    /** The one font size set on the root, e.g. "-fx-font-size: 16.50px;". */
    private double rootFontSize(FxRobot robot) {
        String style = onFx(() -> root(robot).getStyle());
        return Double.parseDouble(style.replaceAll(".*-fx-font-size:\\s*([0-9.]+)px.*", "$1"));
    }
}
