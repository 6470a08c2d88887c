package socketlab.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import socketlab.server.Mode;

/**
 * The server lessons (2, 3, 5 and 6) played the learner's way: clicking and typing in the Servers and Clients panes,
 * a terminal's nc as a plain socket, never Show me. Every check turns ✓ for the right reason, and stays ✗ with its
 * why after a wrong action first: the plain echo where the uppercase one is asked, one line where two are, an
 * iterative server where a threaded one is asked, a threaded server where a semaphore is asked, the wrong number of
 * permits, wrong answers (their hint beside the field).
 */
class LessonsLearnerServersFxTest {
    @RegisterExtension
    final LearnerHands hands = new LearnerHands();

    @Test
    void lessonTwoEchoEofAndTheUppercaseEcho() throws Exception {
        hands.begin(2);
        // The uppercase echo where the step asks for the plain one: ✗, saying why.
        hands.clickOn("#nav-servers");
        hands.form();
        hands.clickOn("#kind-echo");
        hands.mode(Mode.THREADED);
        hands.uppercase(true);
        hands.start();
        hands.awaitWhy("upper case");
        hands.stopServer();
        hands.uppercase(false);
        hands.start();
        hands.awaitPassed("a plain echo server");

        // One line of the two asked for: still ✗; the second line ticks it.
        hands.clickOn("#stripNext");
        hands.clickOn("#nav-clients");
        hands.pickServer("echo · ");
        hands.connect();
        hands.sendLine("hello");
        hands.awaitWhy("1 of the 2");
        hands.sendLine("sockets");
        hands.awaitPassed("two lines echoed");

        hands.clickOn("#stripNext");
        hands.assertNotYet("the client is still open: no EOF yet");
        hands.clickOn("#closeButton");
        hands.awaitPassed("the server's read returned 0 when the client closed");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("-1");
        hands.awaitHint("error");
        hands.answer("0");
        hands.awaitPassed("read returns 0 at EOF");

        // A line sent to the plain echo server does not tick the uppercase step.
        hands.clickOn("#nextButton");
        hands.clickOn("#nav-clients");
        hands.pickServer("echo · ");
        hands.connect();
        hands.sendLine("shout this");
        hands.awaitWhy("uppercase");
        hands.clickOn("#nav-servers");
        hands.stopServer();
        hands.uppercase(true);
        hands.start();
        hands.clickOn("#nav-clients");
        hands.pickServer("uppercase");
        hands.connect();
        hands.sendLine("shout this");
        hands.awaitPassed("a line came back from the uppercase echo");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("shout this");
        hands.awaitHint("received");
        hands.answer("SHOUT THIS");
        hands.awaitPassed("the uppercase line, exactly");
        hands.finish();
    }

    @Test
    void lessonThreeTheTimeServersString() throws Exception {
        hands.begin(3);
        // An echo server where the step asks for a time server: ✗, saying why.
        hands.wrongServer("echo", Mode.ITERATIVE, "time");
        hands.startServer("time", Mode.ITERATIVE);
        hands.awaitPassed("a time server");

        hands.clickOn("#stripNext");
        hands.assertNotYet("no client has asked yet");
        hands.clickOn("#nav-clients");
        hands.pickServer("time");
        hands.connect();
        hands.awaitPassed("a client received the time server's line");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("24");
        hands.awaitHint("newline");
        hands.answer("25");
        hands.awaitPassed("24 characters and the newline");
        hands.clickOn("#nextButton");
        hands.answer("local time");
        hands.awaitHint("Greenwich");
        hands.answer("GMT");
        hands.awaitPassed("gmtime gives UTC");
        hands.clickOn("#nextButton");
        hands.answer("gmtime");
        hands.awaitHint("re-entrant");
        hands.answer("gmtime_r");
        hands.awaitPassed("the re-entrant one");
        hands.finish();
    }

    @Test
    void lessonFiveAThreadPerClientAndABurst() throws Exception {
        hands.begin(5);
        // An iterative server where the step asks for a threaded one: ✗, saying why.
        hands.wrongServer("echo", Mode.ITERATIVE, "iterative");
        hands.startServer("echo", Mode.THREADED);
        hands.awaitPassed("a threaded echo server");
        String port = hands.serverPort();

        hands.clickOn("#stripNext");
        hands.twoClientsAtOnce("thread per connection", port);

        hands.clickOn("#stripNext");
        hands.clickOn("Burst of clients");
        hands.type("#clientsField", "1000");
        hands.type("#concurrencyField", "100");
        hands.clickOn("#startBurstButton");
        hands.awaitPassed("a burst of 1,000 clients finished");

        // The Servers pane polls the server's counters, so the burst's end can reach the lesson before the pane's
        // next reading. Once the pane shows all 1,000 served, no handler of the burst is left to raise the peak
        // (the two held clients are older than it): the peak beside them is final, and the learner reads it then.
        hands.clickOn("#stripNext");
        hands.clickOn("#nav-servers");
        LearnerHands.await(() -> "the Servers pane to show the burst's 1,000 clients served (it shows "
                + hands.text("#servedCount") + ")", () -> hands.text("#servedCount").equals("1,000"));
        String peak = hands.text("#peakCount").replace(",", "");
        hands.clickOn("#stripOpen");
        hands.answer("1");
        hands.awaitHint("peak");
        hands.answer(peak);
        hands.awaitPassed("the peak the Servers pane shows, " + peak);
        hands.clickOn("#nextButton");
        hands.answer("the port numbers");
        hands.awaitHint("port stays the same");
        hands.answer("threads");
        hands.awaitPassed("the threads grow");
        hands.finish();
    }

    @Test
    void lessonSixTheSemaphoreAndTheClientWaitingForAPermit() throws Exception {
        hands.begin(6);
        // A threaded server, then a semaphore with the wrong number of permits: both ✗, each saying why.
        hands.wrongServer("echo", Mode.THREADED, "threaded");
        hands.mode(Mode.SEMAPHORE);
        hands.permits("3");
        hands.start();
        hands.awaitWhy("3 permits");
        hands.stopServer();
        hands.mode(Mode.SEMAPHORE);
        hands.permits("2");
        hands.start();
        hands.awaitPassed("a semaphore echo server with 2 permits");
        String port = hands.serverPort();

        // One client from the Clients pane, one as nc in a terminal: both permits taken.
        hands.clickOn("#stripNext");
        hands.twoClientsAtOnce("semaphore(2)", port);

        hands.clickOn("#stripNext");
        hands.assertNotYet("nobody waits for a permit yet");
        hands.terminal(port);
        hands.clickOn("#nav-servers");
        hands.awaitPassed("the third client waits for a permit");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("in the listen backlog");
        hands.awaitHint("accept()");
        hands.answer("for a permit");
        hands.awaitPassed("it waits for a permit, accepted");
        hands.clickOn("#nextButton");
        hands.answer("3");
        hands.awaitHint("permit");
        hands.answer("2");
        hands.awaitPassed("at most as many as permits");
        hands.finish();
    }
}
