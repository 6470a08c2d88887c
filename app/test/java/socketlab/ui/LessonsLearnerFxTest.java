package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;

import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import socketlab.server.Mode;

/**
 * Lessons played the learner's way: clicking and typing in the real panes, a terminal's client as a plain socket,
 * never Show me. Each check turns ✓ for the right reason and stays ✗, saying why, after a wrong action first: a
 * threaded server where the step asks for an iterative one, a wrong port in the Addresses pane, a wrong answer (its
 * hint shows beside the field).
 */
class LessonsLearnerFxTest {
    @RegisterExtension
    final LearnerHands hands = new LearnerHands();

    @Test
    void lessonOneFirstServerTheLearnersWay() throws Exception {
        hands.begin(1);
        // A threaded server where the step asks for an iterative one: the check stays ✗ and says why.
        hands.startServer("hello", Mode.THREADED);
        hands.awaitWhy("threaded");
        assertTrue(hands.text("#stripCheck").startsWith("◯"),
                "the strip over the Servers pane shows the step not done yet");
        hands.mode(Mode.ITERATIVE);
        hands.start();
        hands.awaitPassed("an iterative hello server");
        assertTrue(hands.text("#stripCheck").startsWith("✓"), "the strip shows the step done");

        hands.clickOn("#stripNext");
        hands.clickOn("#nav-clients");
        hands.pickServer("iterative");
        hands.connect();
        hands.awaitPassed("a client connected to the hello server");
        LearnerHands.await("the client's port", () -> !hands.text("#localPort").isEmpty());
        String clientPort = hands.text("#localPort");
        String serverPort = hands.text("#remotePort");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer(serverPort);
        hands.awaitHint("client");
        hands.answer(clientPort);
        hands.awaitPassed("the client's ephemeral port, read off the Clients pane");

        hands.clickOn("#nextButton");
        hands.answer("80");
        hands.awaitPassed("HTTP's well-known port");
        hands.finish();
    }

    @Test
    void lessonFourTheBacklogTheLearnersWayWithANcStyleSecondClient() throws Exception {
        hands.begin(4);
        hands.wrongServer("echo", Mode.THREADED, "threaded");
        hands.startServer("echo", Mode.ITERATIVE);
        hands.awaitPassed("an iterative echo server");
        String port = hands.serverPort();

        hands.clickOn("#stripNext");
        hands.clickOn("#nav-clients");
        hands.pickServer("iterative");
        hands.connect();
        hands.sendLine("first");
        hands.awaitPassed("the first client connected");

        // The second client, as nc in a terminal would be: the server is busy with the first.
        hands.clickOn("#stripNext");
        hands.assertNotYet("nobody waits yet");
        hands.terminal(port);
        hands.clickOn("#nav-servers");
        hands.awaitPassed("the second client waits in the listen backlog");

        hands.clickOn("#stripOpen");
        hands.clickOn("#nextButton");
        hands.answer("first");
        hands.awaitHint();
        hands.answer("the second");
        hands.awaitPassed("the second client waits");
        hands.clickOn("#nextButton");
        hands.answer("connect()");
        hands.awaitPassed("connect returned before accept");
        hands.finish();
    }

    @Test
    void lessonNineSockaddrBytesTypedInTheAddressesPane() throws Exception {
        hands.begin(9);
        hands.clickOn("#nav-addresses");
        hands.type("#portField", "443");
        hands.type("#addressField", "198.35.26.96");
        // Port 443 is not the lecture's port 80 (nor is the example the pane opens with a step the learner did).
        hands.awaitWhy("443");
        hands.type("#portField", "80");
        hands.awaitPassed("198.35.26.96 port 80 laid out as sockaddr_in");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("50 00");
        hands.awaitHint("high byte");
        hands.answer("00 50");
        hands.awaitPassed("the port in network byte order");
        hands.clickOn("#nextButton");
        hands.answer("c6 23 1a 60");
        hands.awaitPassed("the address's bytes");
        hands.clickOn("#nextButton");
        hands.answer("02 00");
        hands.awaitPassed("AF_INET little-endian");
        hands.clickOn("#nextButton");
        hands.answer("16");
        hands.awaitPassed("sizeof(struct sockaddr_in)");
        hands.finish();
    }

    @Test
    void theLessonsPageNumbersTheStepItShowsWhenTheLearnerSkipsAhead() throws Exception {
        hands.begin(7);
        for (int i = 0; i < 3; i++) {
            hands.clickOn("#nextButton");
        }
        String title = onFx(() -> hands.lessons().stepProperty().get().title());
        assertEquals("Step 4 of 7 · " + title, hands.text("#stepTitle"), "the title numbers the step shown");
        var current = javafx.css.PseudoClass.getPseudoClass("current");
        assertEquals(List.of("4"), onFx(() -> hands.lookup(".step-dot").queryAllAs(Label.class).stream()
                .filter(d -> d.getPseudoClassStates().contains(current)).map(Label::getText).toList()),
                "the fourth mark is the current one");
        assertEquals("4/7 · " + title, hands.text("#stripStep"), "the strip agrees");
        hands.leave();
    }
}
