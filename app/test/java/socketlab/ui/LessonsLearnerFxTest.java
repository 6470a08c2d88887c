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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
 * Lessons played the learner's way: clicking and typing in the real panes, a terminal's client as a plain socket,
 * never Show me. Each check turns ✓ for the right reason and stays ✗, saying why, after a wrong action first: a
 * threaded server where the step asks for an iterative one, a wrong port in the Addresses pane, a wrong answer (its
 * hint shows beside the field).
 */
@ExtendWith(ApplicationExtension.class)
class LessonsLearnerFxTest {
    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private final List<Socket> terminals = new ArrayList<>();
    private Lab lab;
    private LessonsViewModel vm;

    @Start
    void start(Stage stage) {
        System.setProperty(socketlab.ui.lessons.DnsServers.OFFLINE_PROPERTY, "true");
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
    void lessonOneFirstServerTheLearnersWay(FxRobot robot) throws Exception {
        begin(robot, 1);
        // A threaded server where the step asks for an iterative one: the check stays ✗ and says why.
        robot.clickOn("#nav-servers");
        form(robot);
        robot.clickOn("#kind-hello");
        mode(robot, Mode.THREADED);
        start(robot);
        waitUntil(() -> !vm.whyProperty().get().isEmpty() && vm.whyProperty().get().contains("threaded"));
        assertFalse(onFx(() -> vm.passedProperty().get()), "a threaded hello server is not the iterative one");
        assertTrue(onFx(() -> robot.lookup("#stripCheck").queryAs(Label.class).getText()).startsWith("◯"),
                "the strip over the Servers pane shows the step not done yet");
        mode(robot, Mode.ITERATIVE);
        start(robot);
        awaitPassed("an iterative hello server");
        assertTrue(onFx(() -> robot.lookup("#stripCheck").queryAs(Label.class).getText()).startsWith("✓"));

        robot.clickOn("#stripNext");
        robot.clickOn("#nav-clients");
        pickServer(robot, "iterative");
        robot.clickOn("#connectButton");
        awaitPassed("a client connected to the hello server");
        Label localPort = robot.lookup("#localPort").queryAs(Label.class);
        waitUntil(() -> !localPort.getText().isEmpty());
        String clientPort = onFx(localPort::getText);
        String serverPort = onFx(() -> robot.lookup("#remotePort").queryAs(Label.class).getText());

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, serverPort);
        waitUntil(() -> !vm.hintProperty().get().isEmpty());
        assertFalse(onFx(() -> vm.passedProperty().get()), "the server's port is not the client's");
        assertTrue(onFx(() -> robot.lookup("#answerHint").queryAs(Label.class).isVisible()),
                "the hint shows next to the field");
        answer(robot, clientPort);
        awaitPassed("the client's ephemeral port, read off the Clients pane");

        robot.clickOn("#nextButton");
        answer(robot, "80");
        awaitPassed("HTTP's well-known port");
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())));
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void lessonFourTheBacklogTheLearnersWayWithANcStyleSecondClient(FxRobot robot) throws Exception {
        begin(robot, 4);
        robot.clickOn("#nav-servers");
        form(robot);
        robot.clickOn("#kind-echo");
        mode(robot, Mode.THREADED);
        start(robot);
        waitUntil(() -> vm.whyProperty().get().contains("threaded"));
        assertFalse(onFx(() -> vm.passedProperty().get()));
        robot.clickOn("#stopButton");
        form(robot);
        waitUntil(() -> robot.lookup("#serverList").queryAs(javafx.scene.control.ListView.class).getItems().isEmpty());
        mode(robot, Mode.ITERATIVE);
        start(robot);
        awaitPassed("an iterative echo server");
        int port = Integer.parseInt(onFx(() -> robot.lookup("#listenPort").queryAs(Label.class).getText()));

        robot.clickOn("#stripNext");
        robot.clickOn("#nav-clients");
        pickServer(robot, "iterative");
        robot.clickOn("#connectButton");
        waitUntil(() -> !robot.lookup("#sendButton").queryAs(javafx.scene.control.Button.class).isDisabled());
        robot.clickOn("#lineField").write("first").push(KeyCode.ENTER);
        awaitPassed("the first client connected");

        // The second client, as nc in a terminal would be: the server is busy with the first.
        robot.clickOn("#stripNext");
        assertFalse(onFx(() -> vm.passedProperty().get()), "nobody waits yet");
        terminals.add(new Socket(InetAddress.getLoopbackAddress(), port));
        robot.clickOn("#nav-servers");
        awaitPassed("the second client waits in the listen backlog");

        robot.clickOn("#stripOpen");
        robot.clickOn("#nextButton");
        answer(robot, "first");
        waitUntil(() -> !vm.hintProperty().get().isEmpty());
        answer(robot, "the second");
        awaitPassed("the second client waits");
        robot.clickOn("#nextButton");
        answer(robot, "connect()");
        awaitPassed("connect returned before accept");
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void lessonNineSockaddrBytesTypedInTheAddressesPane(FxRobot robot) throws Exception {
        begin(robot, 9);
        robot.clickOn("#nav-addresses");
        type(robot, "#portField", "443");
        type(robot, "#addressField", "198.35.26.96");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> vm.passedProperty().get()), "port 443 is not the lecture's port 80 (nor is the"
                + " example the pane opens with a step the learner did)");
        assertTrue(onFx(() -> vm.whyProperty().get()).contains("443"), onFx(() -> vm.whyProperty().get()));
        type(robot, "#portField", "80");
        awaitPassed("198.35.26.96 port 80 laid out as sockaddr_in");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "50 00");
        waitUntil(() -> !vm.hintProperty().get().isEmpty());
        assertTrue(onFx(() -> vm.hintProperty().get()).contains("high byte"), "the hint explains network order");
        answer(robot, "00 50");
        awaitPassed("the port in network byte order");
        robot.clickOn("#nextButton");
        answer(robot, "c6 23 1a 60");
        awaitPassed("the address's bytes");
        robot.clickOn("#nextButton");
        answer(robot, "02 00");
        awaitPassed("AF_INET little-endian");
        robot.clickOn("#nextButton");
        answer(robot, "16");
        awaitPassed("sizeof(struct sockaddr_in)");
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
            robot.lookup("#lessonList").queryAs(javafx.scene.control.ListView.class).scrollTo(lesson);
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

    /** Brings back the Servers form, which folds away beside a running server in a narrow window. */
    private static void form(FxRobot robot) {
        if (onFx(() -> robot.lookup("#showSideButton").tryQuery().filter(javafx.scene.Node::isVisible).isPresent())) {
            robot.clickOn("#showSideButton");
        }
    }

    private static void mode(FxRobot robot, Mode mode) {
        form(robot);
        onFx(() -> {
            robot.lookup("#modeChoice").queryAs(ComboBox.class).getSelectionModel().select(mode);
            return null;
        });
    }

    private static void start(FxRobot robot) {
        form(robot);
        robot.clickOn("#startButton");
    }

    /** Picks, from the Clients pane's server menu, the newest lab server whose title has {@code text}. */
    private static void pickServer(FxRobot robot, String text) {
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

    private static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }

    private static void answer(FxRobot robot, String text) {
        type(robot, "#lessonAnswer", text);
        robot.push(KeyCode.ENTER);
    }

    private void awaitPassed(String what) throws Exception {
        LessonsShowMeFxTest.awaitPassed(vm, what);
    }
}
