package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import socketlab.dns.DnsServer;
import socketlab.dns.LocalHierarchy;
import socketlab.dns.RecordType;
import socketlab.server.Mode;

/**
 * The network lessons (7, 8, 10, 11, 12) played the learner's way: typing and clicking in the DNS, Servers, Clients
 * and Capture panes over real sockets on loopback, never Show me. DNS questions go to a local hierarchy on 127.53.1.x,
 * so nothing leaves the machine: the lab's own, which it points the DNS pane at by itself when the Internet's roots
 * are out of reach (as in these tests), or another one whose address the learner types, which the lab leaves alone. Each lesson makes a wrong move
 * first (an A lookup where AAAA is asked, a trace of another name, a plain ACK where SYN+ACK is asked, another field
 * than the one asked, a wrong answer) and the check stays ✗ with its why or hint.
 */
class LessonsLearnerNetworkFxTest {
    @RegisterExtension
    final LearnerHands hands = new LearnerHands();

    @Test
    void lessonSevenOfflineTheLabPointsTheDnsPaneAtItsOwnHierarchy() throws Exception {
        // The learner never presses Show me and types no server: the lab, which cannot reach the Internet's roots
        // here, points the DNS pane at its own hierarchy for the steps that need it, and says so.
        hands.begin(7);
        hands.clickOn("#nav-dns");
        awaitDnsNote();
        assertEquals("", hands.text("#serverField"), "localhost is asked of the system resolver (the hosts file)");
        hands.type("#nameField", "localhost");
        hands.clickOn("#lookupButton");
        hands.awaitPassed("localhost's addresses, from the hosts file");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        assertTrue(hands.text("#dnsNote").contains("127.53.1.1"), "the lesson's page says where, in full: "
                + hands.text("#dnsNote"));
        hands.answer("127.0.0.1");
        hands.awaitPassed("the loopback address");
        hands.clickOn("#nextButton");
        hands.answer("/etc/hosts");
        hands.awaitPassed("the hosts file answered");

        hands.clickOn("#nextButton");
        hands.clickOn("#nav-dns");
        LearnerHands.await(() -> "the Server field to point at the lab's example.com. server (it shows \""
                + hands.text("#serverField") + "\")", () -> hands.text("#serverField").startsWith("127.53.1.3:"));
        hands.type("#nameField", LocalHierarchy.EXAMPLE_NAME);
        hands.clickOn("#lookupButton");
        hands.awaitPassed("www.example.com's A record, from the lab's own hierarchy, without Show me");

        hands.clickOn("#stripNext");
        hands.dnsType(RecordType.AAAA);
        hands.clickOn("#lookupButton");
        hands.awaitPassed("www.example.com's AAAA record");

        // 127.0.0.1 is not a name the hierarchy serves: the lab gives the field back to the system resolver.
        hands.clickOn("#stripNext");
        LearnerHands.await("the Server field emptied for the reverse lookup", () -> hands.text("#serverField")
                .isEmpty());
        hands.type("#nameField", "127.0.0.1");
        hands.clickOn("#reverseButton");
        hands.awaitPassed("a reverse (PTR) lookup of 127.0.0.1");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("80.2.0.192.in-addr.arpa");
        hands.awaitPassed("the reverse name, bytes backwards");
        hands.finish();
    }

    @Test
    void lessonEightOfflineTheTraceStartsAtTheLabsOwnRoot() throws Exception {
        hands.begin(8);
        hands.clickOn("#nav-dns");
        awaitDnsNote();
        assertTrue(hands.text("#rootsField").startsWith("127.53.1.1:"), "the Roots field points at the lab's own"
                + " root: " + hands.text("#rootsField"));
        hands.type("#nameField", LocalHierarchy.EXAMPLE_NAME);
        hands.clickOn("#traceButton");
        hands.awaitPassed("a trace of www.example.com from the lab's own root, without Show me");
        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        assertTrue(hands.text("#stepText").contains("the lab's local hierarchy"), "the step names where the trace"
                + " began: " + hands.text("#stepText"));
        hands.answer("root");
        hands.awaitPassed("the trace began at a root server");
        hands.leave();
    }

    @Test
    void lessonSevenNamesToAddressesAskedOfAServerTheLearnerTyped() throws Exception {
        // Another hierarchy than the lab's (another port), as a learner may run one: what they type stays theirs.
        LocalHierarchy own = hands.closeAfter(LocalHierarchy.start());
        String domain = text(own.serverFor(LocalHierarchy.EXAMPLE_NAME).orElseThrow());
        hands.begin(7);
        hands.clickOn("#nav-dns");
        hands.type("#nameField", "localhost");
        hands.dnsType(RecordType.A);
        hands.clickOn("#lookupButton");
        hands.awaitPassed("localhost's A record, from the hosts file");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("127.0.1.1");
        hands.awaitHint();
        hands.answer("127.0.0.1");
        hands.awaitPassed("the loopback address");
        hands.clickOn("#nextButton");
        hands.answer("/etc/resolv.conf");
        hands.awaitHint();
        hands.answer("/etc/hosts");
        hands.awaitPassed("the hosts file answered");

        hands.clickOn("#nextButton");
        hands.assertNotYet("localhost's answer is not www.example.com's");
        hands.clickOn("#nav-dns");
        hands.type("#nameField", LocalHierarchy.EXAMPLE_NAME);
        hands.type("#serverField", domain);
        hands.dnsType(RecordType.A);
        hands.clickOn("#lookupButton");
        hands.awaitPassed("www.example.com's A record from the learner's own domain server");

        // The wrong move: A again where the step asks for AAAA.
        hands.clickOn("#stripNext");
        assertEquals(domain, hands.text("#serverField"), "the server the learner typed stays");
        hands.clickOn("#lookupButton");
        hands.awaitDnsIdle();
        hands.awaitWhy("no AAAA lookup");
        hands.awaitWhy("the last answer was A for www.example.com");
        hands.dnsType(RecordType.AAAA);
        hands.clickOn("#lookupButton");
        hands.awaitPassed("www.example.com's AAAA record");

        hands.clickOn("#stripNext");
        assertEquals(domain, hands.text("#serverField"), "the server the learner typed stays");
        hands.type("#nameField", "127.0.0.1");
        hands.clear("#serverField"); // the system resolver: the hosts file knows 127.0.0.1
        hands.clickOn("#reverseButton");
        hands.awaitPassed("a reverse (PTR) lookup of 127.0.0.1");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("192.0.2.80.in-addr.arpa");
        hands.awaitHint();
        hands.answer("80.2.0.192.in-addr.arpa");
        hands.awaitPassed("the reverse name, bytes backwards");
        hands.finish();
    }

    @Test
    void lessonEightTheHierarchyTracedFromARootTheLearnerTyped() throws Exception {
        LocalHierarchy own = hands.closeAfter(LocalHierarchy.start());
        String roots = own.roots().stream().map(LessonsLearnerNetworkFxTest::text).collect(Collectors.joining(", "));
        // Typed before the lesson begins: the lab, pointing the DNS pane at its own hierarchy, leaves it.
        hands.clickOn("#nav-dns");
        hands.type("#rootsField", roots);
        hands.begin(8);
        awaitDnsNote();
        hands.clickOn("#nav-dns");
        assertEquals(roots, hands.text("#rootsField"), "the roots the learner typed stay");
        // The wrong move: a trace of another name.
        hands.type("#nameField", "example.com");
        hands.clickOn("#traceButton");
        hands.awaitDnsIdle();
        hands.awaitWhy("the last trace followed example.com");
        hands.type("#nameField", LocalHierarchy.EXAMPLE_NAME);
        hands.clickOn("#traceButton");
        hands.awaitPassed("a trace of www.example.com reached its answer");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("com");
        hands.awaitHint();
        hands.answer("root");
        hands.awaitPassed("the trace began at a root server");
        hands.clickOn("#nextButton");
        hands.answer("1");
        hands.awaitHint();
        hands.answer("2");
        hands.awaitPassed("two referrals: the root's to com., com.'s to example.com.");
        hands.clickOn("#nextButton");
        hands.answer("example");
        hands.awaitHint();
        hands.answer("com");
        hands.awaitPassed("the top-level domain");
        hands.clickOn("#nextButton");
        hands.answer("NS");
        hands.awaitHint();
        hands.answer("A");
        hands.awaitPassed("glue is an address record");
        hands.finish();
    }

    @Test
    void lessonTenEncapsulationTakenApartInTheCapturePane() throws Exception {
        hands.begin(10);
        hands.startServer("http", Mode.THREADED);
        hands.awaitPassed("the lab's web server");
        String port = hands.serverPort();

        hands.clickOn("#stripNext");
        hands.captureTheServer();
        hands.assertNotYet("an empty capture holds no request");
        hands.clickOn("#nav-clients");
        hands.pickServer(port);
        hands.clickOn("#mode-http");
        hands.connect();
        hands.awaitPassed("the capture holds the client's GET");

        hands.clickOn("#stripNext");
        hands.clickOn("#nav-capture");
        hands.displayFilter("http.request");
        hands.clickRow(0);
        hands.awaitPassed("the request's packet is selected");

        hands.clickOn("#stripNext");
        // The wrong move: the IP header's protocol field where the step asks for Ethernet's type.
        hands.clickField("ip.proto");
        hands.awaitWhy("the selected field is ip.proto; this step asks for"
                + " eth.type");
        hands.clickField("eth.type");
        hands.awaitPassed("the Ethernet type field is selected in the request");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("17");
        hands.awaitHint();
        hands.answer("6");
        hands.awaitPassed("TCP is protocol 6");
        hands.clickOn("#nextButton");
        hands.answer("5");
        hands.awaitHint();
        hands.answer("20");
        hands.awaitPassed("a 20-byte IPv4 header");
        hands.clickOn("#nextButton");
        hands.answer("80");
        hands.awaitHint();
        hands.answer(port);
        hands.awaitPassed("the request goes to the server's port");
        hands.clickOn("#nextButton");
        hands.clickOn("#nav-capture");
        hands.clickField("http.request");
        hands.awaitPassed("the request line is selected");
        hands.finish();
    }

    @Test
    void lessonElevenTheHandshakeTheDataAndTheCloseOnTheLadder() throws Exception {
        hands.begin(11);
        hands.startServer("echo", Mode.THREADED);
        hands.awaitPassed("an echo server");
        String port = hands.serverPort();

        hands.clickOn("#stripNext");
        hands.captureTheServer();
        hands.clickOn("#nav-clients");
        hands.pickServer(port);
        hands.clickOn("#mode-line");
        hands.connect();
        hands.sendLine("hello");
        hands.assertNotYet("nobody has closed yet: no FIN");
        hands.clickOn("#closeButton");
        hands.awaitPassed("the capture holds the close's FIN");

        hands.clickOn("#stripNext");
        hands.clickOn("#nav-capture");
        // The wrong move: the third packet, the client's plain ACK, where the step asks for the SYN+ACK.
        hands.clickRow(2);
        hands.awaitWhy("the selected packet (number 3) does not match");
        hands.clickRow(1);
        hands.awaitPassed("the server's SYN+ACK is selected");

        hands.clickOn("#stripNext");
        hands.clickOn("Ladder");
        hands.awaitPassed("a TCP packet selected, the ladder shown");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("6");
        hands.awaitHint();
        hands.answer("7");
        hands.awaitPassed("1 + 6 bytes of hello");
        hands.clickOn("#nextButton");
        hands.assertNotYet("the SYN+ACK carries no FIN");
        hands.clickOn("#nav-capture");
        hands.displayFilter("tcp.flags.fin == 1");
        hands.clickRow(0);
        hands.awaitPassed("a FIN is selected");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("the server");
        hands.awaitHint();
        hands.answer("client");
        hands.awaitPassed("the client closes first");
        hands.finish();
    }

    @Test
    void lessonTwelveOwnTrafficOnLoopbackAndWhyNeverPromiscuous() throws Exception {
        hands.begin(12);
        hands.startServer("hello", Mode.ITERATIVE);
        String port = hands.serverPort();
        hands.captureTheServer();
        hands.assertNotYet("a capture with no connection holds no SYN");
        hands.clickOn("#nav-clients");
        hands.pickServer(port);
        hands.clickOn("#mode-eof");
        hands.connect();
        hands.awaitPassed("the capture holds the client's own SYN");

        hands.clickOn("#stripNext");
        hands.clickOn("#stripOpen");
        hands.answer("yes");
        hands.awaitHint();
        hands.answer("no");
        hands.awaitPassed("never promiscuous");
        hands.clickOn("#nextButton");
        hands.answer("everybody's");
        hands.awaitHint();
        hands.answer("my own");
        hands.awaitPassed("only one's own traffic");
        hands.clickOn("#nextButton");
        hands.answer("eth0");
        hands.awaitHint();
        hands.answer("lo");
        hands.awaitPassed("the loopback interface");
        hands.finish();
    }

    /** Waits for the lesson strip to say, in a few words, that DNS questions go to the lab's own hierarchy. */
    private void awaitDnsNote() throws Exception {
        LearnerHands.await("the lesson strip to say where DNS questions go", () -> hands.text("#stripDnsNote")
                .contains("No Internet here"));
    }

    private static String text(DnsServer s) {
        return socketlab.net.Addresses.toText(s.address()) + ":" + s.port();
    }
}
