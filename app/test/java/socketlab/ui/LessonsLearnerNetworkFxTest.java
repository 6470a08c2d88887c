package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import socketlab.dns.DnsServer;
import socketlab.dns.LocalHierarchy;
import socketlab.dns.RecordType;
import socketlab.server.Mode;
import socketlab.ui.capture.TreeFields;
import socketlab.ui.dns.TypeChoice;
import socketlab.ui.lessons.LessonsViewModel;

/**
 * The network lessons (7, 8, 10, 11, 12) played the learner's way: typing and clicking in the DNS, Servers, Clients
 * and Capture panes over real sockets on loopback, never Show me. DNS questions go to a local hierarchy on 127.53.1.x
 * whose address the learner types into the DNS pane, so nothing leaves the machine. Each lesson makes a wrong move
 * first (an A lookup where AAAA is asked, a trace of another name, a plain ACK where SYN+ACK is asked, another field
 * than the one asked, a wrong answer) and the check stays ✗ with its why or hint.
 */
@ExtendWith(ApplicationExtension.class)
class LessonsLearnerNetworkFxTest {
    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private Lab lab;
    private LessonsViewModel vm;
    private LocalHierarchy hierarchy;

    @Start
    void start(Stage stage) {
        System.setProperty(socketlab.ui.lessons.DnsServers.OFFLINE_PROPERTY, "true");
        lab = Lab.open(stage, errors);
        vm = lab.lessons();
    }

    @Stop
    void stop() {
        if (hierarchy != null) {
            hierarchy.close();
        }
        lab.close();
    }

    @Test
    void lessonSevenNamesToAddressesTypedInTheDnsPane(FxRobot robot) throws Exception {
        hierarchy = LocalHierarchy.start();
        String domain = text(hierarchy.serverFor(LocalHierarchy.EXAMPLE_NAME).orElseThrow());
        begin(robot, 7);
        robot.clickOn("#nav-dns");
        type(robot, "#nameField", "localhost");
        dnsType(robot, RecordType.A);
        robot.clickOn("#lookupButton");
        awaitPassed("localhost's A record, from the hosts file");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "127.0.1.1");
        awaitHint();
        answer(robot, "127.0.0.1");
        awaitPassed("the loopback address");
        robot.clickOn("#nextButton");
        answer(robot, "/etc/resolv.conf");
        awaitHint();
        answer(robot, "/etc/hosts");
        awaitPassed("the hosts file answered");

        robot.clickOn("#nextButton");
        assertFalse(onFx(() -> vm.passedProperty().get()), "localhost's answer is not www.example.com's");
        robot.clickOn("#nav-dns");
        type(robot, "#nameField", LocalHierarchy.EXAMPLE_NAME);
        type(robot, "#serverField", domain);
        dnsType(robot, RecordType.A);
        robot.clickOn("#lookupButton");
        awaitPassed("www.example.com's A record from the local hierarchy's domain server");

        // The wrong move: A again where the step asks for AAAA.
        robot.clickOn("#stripNext");
        robot.clickOn("#lookupButton");
        awaitIdle(robot);
        waitUntil(() -> vm.whyProperty().get().contains("no AAAA lookup")
                && vm.whyProperty().get().contains("the last answer was A for www.example.com"));
        assertFalse(onFx(() -> vm.passedProperty().get()), "an A lookup is not the AAAA the step asks for: "
                + onFx(() -> vm.whyProperty().get()));
        dnsType(robot, RecordType.AAAA);
        robot.clickOn("#lookupButton");
        awaitPassed("www.example.com's AAAA record");

        robot.clickOn("#stripNext");
        type(robot, "#nameField", "127.0.0.1");
        clear(robot, "#serverField"); // the system resolver: the hosts file knows 127.0.0.1
        robot.clickOn("#reverseButton");
        awaitPassed("a reverse (PTR) lookup of 127.0.0.1");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "192.0.2.80.in-addr.arpa");
        awaitHint();
        answer(robot, "80.2.0.192.in-addr.arpa");
        awaitPassed("the reverse name, bytes backwards");
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())));
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void lessonEightTheHierarchyTracedFromTheLocalRoot(FxRobot robot) throws Exception {
        hierarchy = LocalHierarchy.start();
        String roots = hierarchy.roots().stream().map(LessonsLearnerNetworkFxTest::text)
                .collect(Collectors.joining(", "));
        begin(robot, 8);
        robot.clickOn("#nav-dns");
        type(robot, "#rootsField", roots);
        // The wrong move: a trace of another name.
        type(robot, "#nameField", "example.com");
        robot.clickOn("#traceButton");
        awaitIdle(robot);
        waitUntil(() -> vm.whyProperty().get().contains("the last trace followed example.com"));
        assertFalse(onFx(() -> vm.passedProperty().get()), "a trace of example.com is not one of www.example.com: "
                + onFx(() -> vm.whyProperty().get()));
        type(robot, "#nameField", LocalHierarchy.EXAMPLE_NAME);
        robot.clickOn("#traceButton");
        awaitPassed("a trace of www.example.com reached its answer");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "com");
        awaitHint();
        answer(robot, "root");
        awaitPassed("the trace began at a root server");
        robot.clickOn("#nextButton");
        answer(robot, "1");
        awaitHint();
        answer(robot, "2");
        awaitPassed("two referrals: the root's to com., com.'s to example.com.");
        robot.clickOn("#nextButton");
        answer(robot, "example");
        awaitHint();
        answer(robot, "com");
        awaitPassed("the top-level domain");
        robot.clickOn("#nextButton");
        answer(robot, "NS");
        awaitHint();
        answer(robot, "A");
        awaitPassed("glue is an address record");
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())));
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void lessonTenEncapsulationTakenApartInTheCapturePane(FxRobot robot) throws Exception {
        begin(robot, 10);
        robot.clickOn("#nav-servers");
        form(robot);
        robot.clickOn("#kind-http");
        mode(robot, Mode.THREADED);
        start(robot);
        awaitPassed("the lab's web server");
        String port = serverPort(robot);

        robot.clickOn("#stripNext");
        captureTheServer(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> vm.passedProperty().get()), "an empty capture holds no request");
        robot.clickOn("#nav-clients");
        pickServer(robot, port);
        robot.clickOn("#mode-http");
        robot.clickOn("#connectButton");
        awaitPassed("the capture holds the client's GET");

        robot.clickOn("#stripNext");
        robot.clickOn("#nav-capture");
        displayFilter(robot, "http.request");
        clickRow(robot, 0);
        awaitPassed("the request's packet is selected");

        robot.clickOn("#stripNext");
        // The wrong move: the IP header's protocol field where the step asks for Ethernet's type.
        clickField(robot, "ip.proto");
        waitUntil(() -> vm.whyProperty().get().contains("the selected field is ip.proto; this step asks for"
                + " eth.type"));
        assertFalse(onFx(() -> vm.passedProperty().get()), "ip.proto is not eth.type: "
                + onFx(() -> vm.whyProperty().get()));
        clickField(robot, "eth.type");
        awaitPassed("the Ethernet type field is selected in the request");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "17");
        awaitHint();
        answer(robot, "6");
        awaitPassed("TCP is protocol 6");
        robot.clickOn("#nextButton");
        answer(robot, "5");
        awaitHint();
        answer(robot, "20");
        awaitPassed("a 20-byte IPv4 header");
        robot.clickOn("#nextButton");
        answer(robot, "80");
        awaitHint();
        answer(robot, port);
        awaitPassed("the request goes to the server's port");
        robot.clickOn("#nextButton");
        robot.clickOn("#nav-capture");
        clickField(robot, "http.request");
        awaitPassed("the request line is selected");
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())));
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void lessonElevenTheHandshakeTheDataAndTheCloseOnTheLadder(FxRobot robot) throws Exception {
        begin(robot, 11);
        robot.clickOn("#nav-servers");
        form(robot);
        robot.clickOn("#kind-echo");
        mode(robot, Mode.THREADED);
        start(robot);
        awaitPassed("an echo server");
        String port = serverPort(robot);

        robot.clickOn("#stripNext");
        captureTheServer(robot);
        robot.clickOn("#nav-clients");
        pickServer(robot, port);
        robot.clickOn("#mode-line");
        robot.clickOn("#connectButton");
        waitUntil(() -> !robot.lookup("#sendButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#lineField").write("hello").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> vm.passedProperty().get()), "nobody has closed yet: no FIN");
        robot.clickOn("#closeButton");
        awaitPassed("the capture holds the close's FIN");

        robot.clickOn("#stripNext");
        robot.clickOn("#nav-capture");
        // The wrong move: the third packet, the client's plain ACK, where the step asks for the SYN+ACK.
        clickRow(robot, 2);
        waitUntil(() -> vm.whyProperty().get().contains("the selected packet (number 3) does not match"));
        assertFalse(onFx(() -> vm.passedProperty().get()), "a plain ACK is not the SYN+ACK: "
                + onFx(() -> vm.whyProperty().get()));
        clickRow(robot, 1);
        awaitPassed("the server's SYN+ACK is selected");

        robot.clickOn("#stripNext");
        robot.clickOn("Ladder");
        awaitPassed("a TCP packet selected, the ladder shown");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "6");
        awaitHint();
        answer(robot, "7");
        awaitPassed("1 + 6 bytes of hello");
        robot.clickOn("#nextButton");
        assertFalse(onFx(() -> vm.passedProperty().get()), "the SYN+ACK carries no FIN");
        robot.clickOn("#nav-capture");
        displayFilter(robot, "tcp.flags.fin == 1");
        clickRow(robot, 0);
        awaitPassed("a FIN is selected");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "the server");
        awaitHint();
        answer(robot, "client");
        awaitPassed("the client closes first");
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())));
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void lessonTwelveOwnTrafficOnLoopbackAndWhyNeverPromiscuous(FxRobot robot) throws Exception {
        begin(robot, 12);
        robot.clickOn("#nav-servers");
        form(robot);
        robot.clickOn("#kind-hello");
        mode(robot, Mode.ITERATIVE);
        start(robot);
        String port = serverPort(robot);
        captureTheServer(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> vm.passedProperty().get()), "a capture with no connection holds no SYN");
        robot.clickOn("#nav-clients");
        pickServer(robot, port);
        robot.clickOn("#mode-eof");
        robot.clickOn("#connectButton");
        awaitPassed("the capture holds the client's own SYN");

        robot.clickOn("#stripNext");
        robot.clickOn("#stripOpen");
        answer(robot, "yes");
        awaitHint();
        answer(robot, "no");
        awaitPassed("never promiscuous");
        robot.clickOn("#nextButton");
        answer(robot, "everybody's");
        awaitHint();
        answer(robot, "my own");
        awaitPassed("only one's own traffic");
        robot.clickOn("#nextButton");
        answer(robot, "eth0");
        awaitHint();
        answer(robot, "lo");
        awaitPassed("the loopback interface");
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())));
        leave(robot);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    // ---- the learner's hands

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

    private static String text(DnsServer s) {
        return socketlab.net.Addresses.toText(s.address()) + ":" + s.port();
    }

    private static void dnsType(FxRobot robot, RecordType t) {
        onFx(() -> {
            robot.lookup("#typeChoice").queryAs(ComboBox.class).getSelectionModel().select(TypeChoice.of(t));
            return null;
        });
    }

    /** Waits for the DNS pane to finish its question (the lookup button is enabled again). */
    private static void awaitIdle(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#lookupButton").queryAs(Button.class).isDisabled()
                && !robot.lookup("#traceButton").queryAs(Button.class).isDisabled());
    }

    private static void form(FxRobot robot) {
        if (onFx(() -> robot.lookup("#showSideButton").tryQuery().filter(Node::isVisible).isPresent())) {
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

    private static String serverPort(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#listenPort").queryAs(Label.class).getText().isEmpty());
        return onFx(() -> robot.lookup("#listenPort").queryAs(Label.class).getText());
    }

    /** The Servers pane's Capture button: a capture on lo filtered to the server's port, running. */
    private static void captureTheServer(FxRobot robot) throws Exception {
        robot.clickOn("#nav-servers");
        robot.clickOn("#captureButton");
        waitUntil(() -> robot.lookup("#captureStopButton").tryQuery().isPresent()
                && !robot.lookup("#captureStopButton").queryAs(Button.class).isDisabled());
    }

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

    private static void displayFilter(FxRobot robot, String filter) throws Exception {
        type(robot, "#displayFilterField", filter);
        robot.push(KeyCode.ENTER);
        TableView<?> table = robot.lookup("#packetTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty() && robot.lookup("#displayFilterError").tryQuery()
                .map(n -> !n.isVisible() || ((Label) n).getText().isEmpty()).orElse(true));
    }

    /** Clicks the packet list's row {@code index} (as displayed). */
    private static void clickRow(FxRobot robot, int index) throws Exception {
        TableView<?> table = robot.lookup("#packetTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() > index);
        onFx(() -> {
            table.scrollTo(index);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".capture-packets .table-row-cell").match((javafx.scene.control.TableRow<?> r) ->
                r.getIndex() == index && r.getItem() != null).query();
        robot.clickOn(row);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == index);
    }

    /** Clicks the detail tree's row showing {@code field}, opening its layer first. */
    private static void clickField(FxRobot robot, String field) throws Exception {
        clickField(robot, (TreeView<?>) robot.lookup("#detailTree").queryAs(TreeView.class), field);
    }

    private static <T> void clickField(FxRobot robot, TreeView<T> tree, String field) throws Exception {
        waitUntil(() -> TreeFields.find(tree, field) != null);
        TreeItem<T> item = onFx(() -> {
            TreeItem<T> it = TreeFields.find(tree, field);
            for (TreeItem<?> p = it.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            return it;
        });
        assertNotNull(item, field);
        onFx(() -> {
            tree.scrollTo(tree.getRow(item));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".capture-tree .tree-cell").match((TreeCell<?> c) -> c.getTreeItem() == item)
                .query();
        robot.clickOn(cell);
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() == item);
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }

    private static void clear(FxRobot robot, String query) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
    }

    private static void answer(FxRobot robot, String text) {
        type(robot, "#lessonAnswer", text);
        robot.push(KeyCode.ENTER);
    }

    private void awaitHint() throws Exception {
        waitUntil(() -> !vm.hintProperty().get().isEmpty());
        assertFalse(onFx(() -> vm.passedProperty().get()), "a wrong answer stays ✗");
    }

    private void awaitPassed(String what) throws Exception {
        LessonsShowMeFxTest.awaitPassed(vm, what);
    }
}
