package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import socketlab.server.Mode;
import socketlab.ui.lessons.LessonsViewModel;

/**
 * The server lessons (2, 3, 5 and 6) played the learner's way: clicking and typing in the Servers and Clients panes,
 * a terminal's nc as a plain socket, never Show me. Every check turns ✓ for the right reason, and stays ✗ with its
 * why after a wrong action first: the plain echo where the uppercase one is asked, one line where two are, a
 * threaded server where a semaphore is asked, the wrong number of permits, wrong answers (their hint beside the
 * field).
 */
@ExtendWith(ApplicationExtension.class)
class LessonsLearnerServersFxTest {
    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private final List<Socket> terminals = new ArrayList<>();
    private Lab lab;
    private LessonsViewModel vm;

    @Start
    void start(Stage stage) {
        lab = Lab.open(stage, errors);
        vm = lab.lessons();
    }

    @Stop
    void stop() throws IOException {
        for (Socket s : terminals) {
            s.close();
        }
        lab.close();
    }

    @Test
    void lessonTwoEchoEofAndTheUppercaseEcho(FxRobot robot) throws Exception {
        begin(robot, 2);
        // The uppercase echo where the step asks for the plain one: ✗, saying why.
        robot.clickOn("#nav-servers");
        form(robot);
        robot.clickOn("#kind-echo");
        mode(robot, Mode.THREADED);
        uppercase(robot, true);
        start(robot);
        awaitWhy("upper case");
        assertFalse(onFx(() -> vm.passedProperty().get()), "the uppercase echo is not the plain one");
        stopServer(robot);
        uppercase(robot, false);
        start(robot);
        awaitPassed("a plain echo server");

        // One line of the two asked for: still ✗; the second line ticks it.
        robot.clickOn("#stripNext");
        robot.clickOn("#nav-clients");
        pickServer(robot, "echo · ");
        connect(robot);
        sendLine(robot, "hello");
        awaitWhy("1 of the 2");
        assertFalse(onFx(() -> vm.passedProperty().get()), "one line echoed of two");
        sendLine(robot, "sockets");
        awaitPassed("two lines echoed");

        robot.clickOn("#stripNext");
        assertFalse(onFx(() -> vm.passedProperty().get()), "the client is still open: no EOF yet");
        robot.clickOn("#closeButton");
        awaitPassed("the server's read returned 0 when the client closed");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "-1");
        awaitHint("error");
        answer(robot, "0");
        awaitPassed("read returns 0 at EOF");

        // A line sent to the plain echo server does not tick the uppercase step.
        robot.clickOn("#nextButton");
        robot.clickOn("#nav-clients");
        pickServer(robot, "echo · ");
        connect(robot);
        sendLine(robot, "shout this");
        awaitWhy("uppercase");
        assertFalse(onFx(() -> vm.passedProperty().get()), "the plain echo sent the line back as it came");
        robot.clickOn("#nav-servers");
        stopServer(robot);
        uppercase(robot, true);
        start(robot);
        robot.clickOn("#nav-clients");
        pickServer(robot, "uppercase");
        connect(robot);
        sendLine(robot, "shout this");
        awaitPassed("a line came back from the uppercase echo");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "shout this");
        awaitHint("received");
        answer(robot, "SHOUT THIS");
        awaitPassed("the uppercase line, exactly");
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())));
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void lessonThreeTheTimeServersString(FxRobot robot) throws Exception {
        begin(robot, 3);
        // An echo server where the step asks for a time server: ✗, saying why.
        robot.clickOn("#nav-servers");
        form(robot);
        robot.clickOn("#kind-echo");
        mode(robot, Mode.ITERATIVE);
        start(robot);
        awaitWhy("time");
        assertFalse(onFx(() -> vm.passedProperty().get()), "an echo server is not a time server");
        stopServer(robot);
        form(robot);
        robot.clickOn("#kind-time");
        start(robot);
        awaitPassed("a time server");

        robot.clickOn("#stripNext");
        assertFalse(onFx(() -> vm.passedProperty().get()), "no client has asked yet");
        robot.clickOn("#nav-clients");
        pickServer(robot, "time");
        connect(robot);
        awaitPassed("a client received the time server's line");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "24");
        awaitHint("newline");
        answer(robot, "25");
        awaitPassed("24 characters and the newline");
        robot.clickOn("#nextButton");
        answer(robot, "local time");
        awaitHint("Greenwich");
        answer(robot, "GMT");
        awaitPassed("gmtime gives UTC");
        robot.clickOn("#nextButton");
        answer(robot, "gmtime");
        awaitHint("re-entrant");
        answer(robot, "gmtime_r");
        awaitPassed("the re-entrant one");
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())));
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void lessonSixTheSemaphoreAndTheClientWaitingForAPermit(FxRobot robot) throws Exception {
        begin(robot, 6);
        // A threaded server, then a semaphore with the wrong number of permits: both ✗, each saying why.
        robot.clickOn("#nav-servers");
        form(robot);
        robot.clickOn("#kind-echo");
        mode(robot, Mode.THREADED);
        start(robot);
        awaitWhy("threaded");
        assertFalse(onFx(() -> vm.passedProperty().get()), "a threaded server has no semaphore");
        stopServer(robot);
        mode(robot, Mode.SEMAPHORE);
        permits(robot, "3");
        start(robot);
        awaitWhy("3 permits");
        assertFalse(onFx(() -> vm.passedProperty().get()), "3 permits where the step asks for 2");
        stopServer(robot);
        mode(robot, Mode.SEMAPHORE);
        permits(robot, "2");
        start(robot);
        awaitPassed("a semaphore echo server with 2 permits");
        int port = Integer.parseInt(onFx(() -> robot.lookup("#listenPort").queryAs(Label.class).getText()));

        // One client from the Clients pane, one as nc in a terminal: both permits taken.
        robot.clickOn("#stripNext");
        robot.clickOn("#nav-clients");
        pickServer(robot, "semaphore(2)");
        connect(robot);
        sendLine(robot, "one");
        awaitWhy("at most 1 client");
        assertFalse(onFx(() -> vm.passedProperty().get()), "one client holds one permit of two");
        terminals.add(new Socket(InetAddress.getLoopbackAddress(), port));
        awaitPassed("two clients served at once");

        robot.clickOn("#stripNext");
        assertFalse(onFx(() -> vm.passedProperty().get()), "nobody waits for a permit yet");
        terminals.add(new Socket(InetAddress.getLoopbackAddress(), port));
        robot.clickOn("#nav-servers");
        awaitPassed("the third client waits for a permit");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "in the listen backlog");
        awaitHint("accept()");
        answer(robot, "for a permit");
        awaitPassed("it waits for a permit, accepted");
        robot.clickOn("#nextButton");
        answer(robot, "3");
        awaitHint("permit");
        answer(robot, "2");
        awaitPassed("at most as many as permits");
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())));
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void lessonFiveAThreadPerClientAndABurst(FxRobot robot) throws Exception {
        begin(robot, 5);
        // An iterative server where the step asks for a threaded one: ✗, saying why.
        robot.clickOn("#nav-servers");
        form(robot);
        robot.clickOn("#kind-echo");
        mode(robot, Mode.ITERATIVE);
        start(robot);
        awaitWhy("iterative");
        assertFalse(onFx(() -> vm.passedProperty().get()), "an iterative server is not threaded");
        stopServer(robot);
        mode(robot, Mode.THREADED);
        start(robot);
        awaitPassed("a threaded echo server");
        int port = Integer.parseInt(onFx(() -> robot.lookup("#listenPort").queryAs(Label.class).getText()));

        robot.clickOn("#stripNext");
        robot.clickOn("#nav-clients");
        pickServer(robot, "thread per connection");
        connect(robot);
        sendLine(robot, "one");
        awaitWhy("at most 1 client");
        assertFalse(onFx(() -> vm.passedProperty().get()), "one client is not two at once");
        terminals.add(new Socket(InetAddress.getLoopbackAddress(), port));
        awaitPassed("two clients served at once");

        robot.clickOn("#stripNext");
        robot.clickOn("Burst of clients");
        type(robot, "#clientsField", "1000");
        type(robot, "#concurrencyField", "100");
        robot.clickOn("#startBurstButton");
        awaitPassed("a burst of 1,000 clients finished");

        robot.clickOn("#stripNext");
        robot.clickOn("#nav-servers");
        Label peakLabel = robot.lookup("#peakCount").queryAs(Label.class);
        waitUntil(() -> !peakLabel.getText().isEmpty());
        robot.clickOn("#stripOpen");
        answer(robot, "1");
        awaitHint("peak");
        // The peak as the Servers pane shows it; its statistics refresh on their own, so read it again if the
        // pane had not caught up with the server's own count yet.
        waitUntil(() -> vm.passedProperty().get() || !vm.hintProperty().get().isEmpty());
        for (int tries = 0; tries < 20 && !onFx(() -> vm.passedProperty().get()); tries++) {
            robot.clickOn("#nav-servers");
            String peak = onFx(() -> robot.lookup("#peakCount").queryAs(Label.class).getText()).replaceAll("\\D", "");
            robot.clickOn("#stripOpen");
            answer(robot, peak);
            WaitForAsyncUtils.waitForFxEvents();
        }
        awaitPassed("the peak the Servers pane shows");
        robot.clickOn("#nextButton");
        answer(robot, "the port numbers");
        awaitHint("port stays the same");
        answer(robot, "threads");
        awaitPassed("the threads grow");
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())));
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    // ---- the learner's hands

    /** Opens the Lessons pane and clicks the lesson in the list, starting it afresh. */
    private void begin(FxRobot robot, int number) throws Exception {
        waitUntil(() -> !vm.lessons().isEmpty());
        robot.clickOn("#nav-lessons");
        var lesson = onFx(() -> vm.lessons().stream().filter(l -> l.number() == number).findFirst().orElseThrow());
        onFx(() -> {
            robot.lookup("#lessonList").queryAs(ListView.class).scrollTo(lesson);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(lesson.number() + "  " + lesson.title());
        waitUntil(() -> vm.lessonProperty().get() == lesson);
        robot.clickOn("#restartButton");
        waitUntil(() -> vm.stepIndexProperty().get() == 0);
    }

    private void leave(FxRobot robot) throws Exception {
        robot.clickOn("#nav-lessons");
        robot.clickOn("#leaveButton");
        waitUntil(() -> vm.lessonProperty().get() == null);
    }

    /**
     * Brings back the pane's form (Servers, Clients), which folds away beside a running server or a client in a
     * narrow window, as the learner does with its » button; its controls are not on screen until then.
     */
    private static boolean form(FxRobot robot) {
        var button = onFx(() -> robot.lookup("#showSideButton").queryAll().stream().filter(
                LessonsLearnerServersFxTest::shown).findFirst());
        if (button.isPresent()) {
            robot.clickOn(button.get());
            waitUntilShown(robot, "#formScroll");
            return true;
        }
        return false;
    }

    /** Whether the node and every parent of it are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static void waitUntilShown(FxRobot robot, String query) {
        try {
            waitUntil(() -> robot.lookup(query).queryAll().stream().anyMatch(LessonsLearnerServersFxTest::shown));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " never showed", e);
        }
    }

    /**
     * Clicks Connect in the Clients pane, its form brought back first (in a narrow window the form then sits above
     * the client, and the pane scrolls as a whole).
     */
    private static void connect(FxRobot robot) {
        form(robot);
        reveal(robot, robot.lookup("#connectButton").query());
        robot.clickOn("#connectButton");
    }

    private static void mode(FxRobot robot, Mode mode) {
        form(robot);
        onFx(() -> {
            robot.lookup("#modeChoice").queryAs(ComboBox.class).getSelectionModel().select(mode);
            return null;
        });
    }

    private static void uppercase(FxRobot robot, boolean on) {
        form(robot);
        CheckBox box = robot.lookup("#uppercaseCheck").queryAs(CheckBox.class);
        if (onFx(box::isSelected) != on) {
            reveal(robot, box);
            robot.clickOn(box);
        }
        assertTrue(onFx(box::isSelected) == on);
    }

    /** Scrolls the form, as the learner would, until {@code node} is in view. */
    private static void reveal(FxRobot robot, javafx.scene.Node node) {
        onFx(() -> {
            javafx.scene.Node up = node.getParent();
            while (up != null && !(up instanceof javafx.scene.control.ScrollPane)) {
                up = up.getParent();
            }
            if (up == null) {
                return null;
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) up;
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) {
                scroll.setVvalue(Math.min(1, Math.max(0, y / room)));
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void permits(FxRobot robot, String n) {
        form(robot);
        // The form may still be unfolding after a server stopped, and a click then lands beside the field: type
        // again until the field shows what was typed, as a learner would.
        TextField field = robot.lookup("#permitsField").queryAs(TextField.class);
        for (int attempt = 0; attempt < 5 && !n.equals(onFx(field::getText)); attempt++) {
            form(robot);
            reveal(robot, field);
            WaitForAsyncUtils.waitForFxEvents();
            type(robot, "#permitsField", n);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(n, onFx(field::getText), "the permits field shows what was typed");
    }

    private static void start(FxRobot robot) {
        form(robot);
        robot.clickOn("#startButton");
    }

    /** Stops the server shown in the Servers pane and waits until no lab server is listed. */
    private static void stopServer(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#serverList").queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn("#stopButton");
        waitUntil(() -> robot.lookup("#serverList").queryAs(ListView.class).getItems().isEmpty());
    }

    /** Picks, from the Clients pane's server menu, the newest lab server whose title has {@code text}. */
    private static void pickServer(FxRobot robot, String text) throws Exception {
        form(robot);
        waitUntil(() -> robot.lookup("#serverMenu").queryAs(MenuButton.class).getItems().stream()
                .anyMatch(i -> i.getText().contains(text)));
        robot.clickOn("#serverMenu");
        onFx(() -> {
            MenuButton menu = robot.lookup("#serverMenu").queryAs(MenuButton.class);
            var item = menu.getItems().stream().filter(i -> i.getText().contains(text)).reduce((a, b) -> b)
                    .orElseThrow();
            menu.hide();
            item.fire();
            return null;
        });
    }

    /** Types a line in the connected client's field and sends it, once the client can send. */
    private static void sendLine(FxRobot robot, String text) throws Exception {
        try {
            waitUntil(() -> !robot.lookup("#sendButton").queryAs(Button.class).isDisabled());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the client never opened: " + onFx(() -> robot.lookup("#sessionStatus")
                    .queryAs(Label.class).getText() + " / connect disabled: "
                    + robot.lookup("#connectButton").queryAs(Button.class).isDisabled() + " / port "
                    + robot.lookup("#portField").queryAs(javafx.scene.control.TextField.class).getText()), e);
        }
        reveal(robot, robot.lookup("#lineField").query());
        robot.clickOn("#lineField").write(text).push(KeyCode.ENTER);
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }

    private static void answer(FxRobot robot, String text) {
        type(robot, "#lessonAnswer", text);
        robot.push(KeyCode.ENTER);
    }

    private void awaitWhy(String words) throws Exception {
        try {
            waitUntil(() -> vm.whyProperty().get().contains(words));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the check never said \"" + words + "\": " + onFx(() -> vm.whyProperty().get()),
                    e);
        }
    }

    private void awaitHint(String words) throws Exception {
        waitUntil(() -> vm.hintProperty().get().contains(words));
        assertFalse(onFx(() -> vm.passedProperty().get()), "a wrong answer stays ✗");
        assertTrue(onFx(() -> robot().lookup("#answerHint").queryAs(Label.class).isVisible()),
                "the hint shows next to the field");
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private void awaitPassed(String what) throws Exception {
        LessonsShowMeFxTest.awaitPassed(vm, what);
    }
}
