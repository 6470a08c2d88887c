package socketlab.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import socketlab.server.Mode;
import socketlab.ui.LabWindowFixture;

/**
 * The new-server form tells the truth: every field has a hint in the lecture's words, a disabled field says why, a
 * message under a field does not move what is below it, and a refusal goes once the address it was about is fixed.
 */
class ServerFormStatesFxTest extends LabWindowFixture {
    ServerFormStatesFxTest() {
        super(1280, 800);
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).query().isVisible());
    }

    /** Sets a field's text as typing would (the robot types slowly, and the form may scroll a field out of reach). */
    private static void setText(FxRobot robot, String query, String text) {
        onFx(() -> {
            robot.lookup(query).queryAs(TextField.class).setText(text);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static void chooseMode(FxRobot robot, Mode mode) {
        onFx(() -> {
            robot.lookup("#modeChoice").queryAs(ComboBox.class).setValue(mode);
            return null;
        });
    }

    /** Where a node's top edge is in the window. */
    private static double top(FxRobot robot, String query) {
        return onFx(() -> {
            Node n = robot.lookup(query).query();
            return n.localToScene(n.getBoundsInLocal()).getMinY();
        });
    }

    @Test
    void everyFieldHasAHintInTheLecturesWordsAndADisabledOneSaysWhy(FxRobot robot) {
        assertEquals("how many connections the kernel queues before accept() takes them: listen(fd, backlog)",
                text(robot, "#backlogHint"));
        assertTrue(shown(robot, "#backlogHint"));
        assertEquals("platform = one OS thread per client, as pthread_create in the lecture; virtual = the JVM's"
                + " lightweight threads", text(robot, "#threadsHint"));
        assertTrue(text(robot, "#idleHint").contains("read() or write()"), text(robot, "#idleHint"));
        assertTrue(text(robot, "#portHint").startsWith("0 = the kernel picks a free port"), text(robot, "#portHint"));
        assertTrue(text(robot, "#bindNote").contains("this machine only"), text(robot, "#bindNote"));

        // Thread per connection: the row is the cap on clients at once, and its hint says what happens beyond it.
        assertFalse(onFx(() -> robot.lookup("#permitsField").query().isVisible()));
        assertTrue(onFx(() -> robot.lookup("#maxHandlersField").query().isVisible()));
        assertEquals("At most", text(robot, "#permitsLabel"));
        assertTrue(text(robot, "#permitsHint").contains("waits, accepted, until a thread is free"),
                text(robot, "#permitsHint"));
        assertTrue(shown(robot, "#permitsHint"));
        chooseMode(robot, Mode.SEMAPHORE);
        assertFalse(onFx(() -> robot.lookup("#permitsField").query().isDisabled()));
        assertTrue(text(robot, "#permitsHint").contains("counting semaphore"), text(robot, "#permitsHint"));
        // A bad permit count shows its message in the hint's place; leaving the mode takes it away with the field.
        setText(robot, "#permitsField", "0");
        assertTrue(shown(robot, "#permitsError"));
        assertFalse(shown(robot, "#permitsHint"));
        chooseMode(robot, Mode.ITERATIVE);
        assertFalse(shown(robot, "#permitsError"), "a field that is not used has nothing wrong");
        assertTrue(onFx(() -> robot.lookup("#permitsField").query().isDisabled()));
        assertEquals("only the semaphore mode has permits", text(robot, "#permitsHint"));
        assertTrue(shown(robot, "#permitsHint"));
        // Iterative: no threads, and the form says so where Threads is greyed out.
        assertTrue(onFx(() -> robot.lookup("#threadButtons").query().isDisabled()));
        assertTrue(text(robot, "#threadsHint").startsWith("an iterative server starts no threads"),
                text(robot, "#threadsHint"));

        // Uppercase is for echo only.
        assertTrue(onFx(() -> robot.lookup("#uppercaseCheck").query().isDisabled()));
        assertEquals("only the echo server sends lines back, so only it can uppercase them",
                text(robot, "#uppercaseHint"));
        robot.clickOn("#kind-echo");
        assertFalse(onFx(() -> robot.lookup("#uppercaseCheck").query().isDisabled()));
        assertTrue(text(robot, "#uppercaseHint").startsWith("the echo server sends each line back in capitals"));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void aMessageUnderAFieldTakesTheHintsPlaceAndMovesNothingBelowIt(FxRobot robot) {
        double idle = top(robot, "#idleField");
        double start = top(robot, "#startButton");
        setText(robot, "#backlogField", "0");
        assertTrue(shown(robot, "#backlogError"));
        assertFalse(shown(robot, "#backlogHint"), "the message takes the hint's place");
        assertEquals(idle, top(robot, "#idleField"), "the field below stays where it was");
        assertEquals(start, top(robot, "#startButton"));
        setText(robot, "#backlogField", "50");
        assertFalse(shown(robot, "#backlogError"));
        assertTrue(shown(robot, "#backlogHint"));
        assertEquals(idle, top(robot, "#idleField"));

        // Switching to the wildcard address: its warning takes the note's place under the address.
        double port = top(robot, "#portField");
        setText(robot, "#bindChoice .text-field", "0.0.0.0");
        assertTrue(shown(robot, "#bindWarning"), () -> onFx(() -> robot.lookup("#bindChoice .text-field")
                .queryAs(TextField.class).getText()) + " / " + text(robot, "#bindError") + " / "
                + text(robot, "#bindWarning") + " / " + text(robot, "#bindNote"));
        assertTrue(text(robot, "#bindWarning").contains("classmates"), text(robot, "#bindWarning"));
        assertFalse(shown(robot, "#bindNote"));
        assertEquals(port, top(robot, "#portField"), "the port field stays where it was");
    }

    @Test
    void aRefusalGoesOnceTheAddressItWasAboutIsFixed(FxRobot robot) throws Exception {
        // 192.0.2.1 is a documentation address: no interface of this machine has it, so bind() refuses.
        setText(robot, "#bindChoice .text-field", "192.0.2.1");
        robot.clickOn("#startButton");
        waitUntil(() -> robot.lookup("#startError").query().isVisible());
        assertTrue(text(robot, "#startError").contains("192.0.2.1"), text(robot, "#startError"));

        setText(robot, "#bindChoice .text-field", "127.0.0.1");
        assertFalse(shown(robot, "#startError"), "the message about 192.0.2.1 no longer applies");
        assertEquals("", text(robot, "#startError"));
        robot.clickOn("#startButton");
        waitUntil(() -> !robot.lookup("#listenPort").queryAs(Label.class).getText().isEmpty());
        assertFalse(shown(robot, "#startError"));
        assertFalse(onFx(() -> robot.lookup("#startButton").queryAs(Button.class).isDisabled()));
        assertEquals("127.0.0.1", onFx(() -> robot.lookup("#bindChoice .text-field").queryAs(TextField.class)
                .getText()));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }
}
