package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window from the keyboard: pane shortcuts, the first focus, presentation mode, mnemonics, scroll reset. */
class KeyboardFxTest extends LabWindowFixture {
    /** Each pane in navigation order, and a node only that pane has. */
    private static final List<String[]> PANES = List.of(new String[] {"servers", "#startButton"},
            new String[] {"clients", "#connectButton"}, new String[] {"connections", "#wholeMachineToggle"},
            new String[] {"dns", "#lookupButton"}, new String[] {"capture", "#captureStartButton"},
            new String[] {"addresses", "#addressField"}, new String[] {"lessons", "#lessonList"});
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7};

    KeyboardFxTest() {
        // The headless screen is 1000 × 1000: a window wider than it breaks the headless platform's full screen.
        super(960, 720);
    }

    @Test
    void theFirstFocusIsTheServerFormNotTheThemeButton(FxRobot robot) throws Exception {
        waitUntil(() -> stage.getScene().getFocusOwner() != null);
        Node owner = onFx(() -> stage.getScene().getFocusOwner());
        assertNotEquals("darkToggle", owner.getId());
        assertEquals("kind-hello", owner.getId(), "the chosen option of the form's first field, Kind");
    }

    @Test
    void aPaneIsBuiltWhenItIsFirstShown(FxRobot robot) {
        assertEquals(java.util.Set.of("servers"), onFx(() -> lab.window().builtPanes()), "the start builds one pane");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertEquals(java.util.Set.of("servers", "capture"), onFx(() -> lab.window().builtPanes()));
    }

    @Test
    void controlOneToSevenShowThePanesWithTheirFirstFieldFocused(FxRobot robot) {
        List<String> hints = onFx(() -> robot.lookup(".nav-shortcut").queryAllAs(javafx.scene.text.Text.class).stream()
                .map(javafx.scene.text.Text::getText).toList());
        List<String> expected = java.util.stream.IntStream.rangeClosed(1, PANES.size())
                .mapToObj(i -> new KeyCodeCombination(DIGITS[i - 1], KeyCombination.SHORTCUT_DOWN).getDisplayText())
                .toList();
        assertEquals(expected, hints, "the pane list shows each pane's shortcut");
        for (int i = PANES.size() - 1; i >= 0; i--) { // backwards, so that each press changes the pane
            String[] pane = PANES.get(i);
            robot.press(KeyCode.CONTROL, DIGITS[i]).release(DIGITS[i], KeyCode.CONTROL);
            assertTrue(onFx(() -> robot.lookup("#nav-" + pane[0]).queryAs(ToggleButton.class).isSelected()),
                    pane[0]);
            Parent shown = onFx(() -> (Parent) robot.lookup(".content").queryAs(ScrollPane.class).getContent());
            assertNotNull(onFx(() -> shown.lookup(pane[1])), pane[0] + " shows its own content");
            Node owner = onFx(() -> stage.getScene().getFocusOwner());
            assertNotNull(owner, pane[0]);
            assertTrue(onFx(() -> isInside(owner, shown)), pane[0] + ": the focus is in the pane, on " + owner);
        }
        assertEquals("kind-hello", onFx(() -> stage.getScene().getFocusOwner().getId()),
                "on Servers, the chosen Kind");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        Node addressField = onFx(() -> stage.getScene().getFocusOwner());
        assertTrue(addressField instanceof TextInputControl, "on Addresses the first field is the address");
        assertEquals("addressField", addressField.getId());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertEquals("nameField", onFx(() -> stage.getScene().getFocusOwner().getId()), "on DNS, the name");
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void switchingPanesShowsTheNewPaneFromItsTopLeft(FxRobot robot) {
        ScrollPane content = robot.lookup(".content").queryAs(ScrollPane.class);
        onFx(() -> {
            lab.window().showPane("connections");
            for (int i = 0; i < 5; i++) {
                lab.zoom().bigger(); // 250 %: the pane no longer fits and scrolls both ways
            }
            return null;
        });
        robot.sleep(100);
        onFx(() -> {
            content.setHvalue(content.getHmax());
            content.setVvalue(content.getVmax());
            return null;
        });
        assertTrue(onFx(() -> content.getVvalue() > content.getVmin()), "the pane was scrolled");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertEquals(content.getHmin(), onFx(content::getHvalue), 1e-9);
        assertEquals(content.getVmin(), onFx(content::getVvalue), 1e-9);
    }

    @Test
    void f11EntersPresentationModeAndEscapeLeavesIt(FxRobot robot) {
        Node header = robot.lookup(".header").query();
        Node navigation = robot.lookup(".navigation").query();
        Node strip = robot.lookup(".strip").query();
        ScrollPane content = robot.lookup(".content").queryAs(ScrollPane.class);
        assertFalse(onFx(stage::isFullScreen));
        double normalWidth = onFx(content::getWidth);
        // The headless platform draws past its 1000 × 1000 screen (and fails) when a window, a tooltip left over
        // from an earlier test included, reaches below it in full screen: start from the top-left, alone, with the
        // mouse where no tooltip shows.
        onFx(() -> {
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                    .forEach(javafx.stage.Window::hide);
            stage.setX(0);
            stage.setY(0);
            return null;
        });
        robot.moveTo(".app-title");

        robot.press(KeyCode.F11).release(KeyCode.F11);
        assertTrue(onFx(stage::isFullScreen), "full screen");
        assertFalse(onFx(header::isVisible), "no header");
        assertFalse(onFx(navigation::isVisible), "the pane list is folded away");
        assertTrue(onFx(strip::isVisible), "behind a strip");
        robot.sleep(100);
        double stripWidth = onFx(() -> strip.getLayoutBounds().getWidth());
        double sceneWidth = onFx(() -> stage.getScene().getWidth());
        assertTrue(stripWidth < sceneWidth * 0.06, "the strip is slim: " + stripWidth + " of " + sceneWidth);
        assertEquals(sceneWidth - stripWidth, onFx(content::getWidth), 1.5, "the pane fills the rest");
        assertTrue(onFx(content::getWidth) > normalWidth);

        robot.clickOn("#strip-dns");
        // Away from the button before its tooltip shows: the headless platform cannot draw a popup over a full-
        // screen window (it writes past its frame buffer). The strip's middle is empty.
        robot.moveTo(strip);
        assertTrue(onFx(() -> robot.lookup("#nav-dns").queryAs(ToggleButton.class).isSelected()),
                "the strip still switches panes");
        assertTrue(onFx(() -> robot.lookup("#strip-dns").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("current"))), "and shows which pane is on");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(onFx(stage::isFullScreen), "Escape leaves full screen");
        assertTrue(onFx(header::isVisible));
        assertTrue(onFx(navigation::isVisible));
        assertFalse(onFx(strip::isVisible));

        robot.clickOn("#presentButton");
        robot.moveTo(strip);
        assertTrue(onFx(stage::isFullScreen), "the Present button does what F11 does");
        robot.press(KeyCode.F11).release(KeyCode.F11);
        assertFalse(onFx(stage::isFullScreen), "and F11 leaves it too");
    }

    @Test
    void mnemonicsBelongToTheShownPaneOnly(FxRobot robot) {
        KeyCombination altS = new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN);
        assertEquals(List.of("startButton"), mnemonicTargets(altS), "Alt+S is Start server");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertEquals(List.of("captureStartButton"), mnemonicTargets(altS), "on Capture, Alt+S starts a capture");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertEquals(List.of("lookupButton"),
                mnemonicTargets(new KeyCodeCombination(KeyCode.L, KeyCombination.ALT_DOWN)));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        Button stop = onFx(() -> (Button) stage.getScene().lookup("#stopButton"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(waitFor(() -> stop.isVisible() && !stop.isDisabled()), "Alt+S started a server");
    }

    private List<String> mnemonicTargets(KeyCombination keys) {
        KeyCodeCombination k = (KeyCodeCombination) keys;
        String c = k.getCode().getChar().toLowerCase(java.util.Locale.ROOT);
        KeyEvent press = new KeyEvent(KeyEvent.KEY_PRESSED, c, c, k.getCode(), false, false, true, false);
        return onFx(() -> stage.getScene().getMnemonics().entrySet().stream().filter(e -> e.getKey().match(press))
                .flatMap(e -> e.getValue().stream()).map(m -> m.getNode().getId()).toList());
    }

    private static boolean waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            waitUntil(condition);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static boolean isInside(Node node, Parent ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
