package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import socketlab.dns.RecordType;
import socketlab.lessons.Lesson;
import socketlab.server.Mode;
import socketlab.ui.capture.TreeFields;
import socketlab.ui.dns.TypeChoice;
import socketlab.ui.lessons.DnsServers;
import socketlab.ui.lessons.LessonsViewModel;

/**
 * The learner's hands for the tests that play lessons the learner's way: a fresh window for each test (register it
 * with {@code @RegisterExtension}), and what a learner does in it, clicking and typing through the real panes: taking
 * a lesson, answering, starting and stopping servers, connecting clients, a terminal's nc as a plain socket, DNS
 * questions, capturing and clicking packets and fields. Each wait says what never happened when it gives up.
 */
final class LearnerHands extends FxRobot implements BeforeEachCallback, AfterEachCallback {
    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private final List<AutoCloseable> closeAfter = new ArrayList<>();
    private Application app;
    private Lab lab;
    private LessonsViewModel vm;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        // The DNS lessons use the lab's local hierarchy: tests send nothing beyond loopback.
        System.setProperty(DnsServers.OFFLINE_PROPERTY, "true");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new Application() {
            @Override
            public void start(Stage stage) {
                lab = Lab.open(stage, errors);
                vm = lab.lessons();
            }

            @Override
            public void stop() throws Exception {
                for (AutoCloseable c : closeAfter) {
                    c.close();
                }
                lab.close();
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FxToolkit.cleanupAfterTest(this, app);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window's lessons. */
    LessonsViewModel lessons() {
        return vm;
    }

    /** Closes {@code c} when the test's window closes (a terminal's socket, a test's own DNS hierarchy). */
    <T extends AutoCloseable> T closeAfter(T c) {
        closeAfter.add(c);
        return c;
    }

    // ---- the lesson

    /** Opens the Lessons pane and clicks the lesson in the list, starting it afresh. */
    void begin(int number) throws TimeoutException {
        await("the lessons to load", () -> !vm.lessons().isEmpty());
        clickOn("#nav-lessons");
        Lesson lesson = onFx(() -> vm.lessons().stream().filter(l -> l.number() == number).findFirst()
                .orElseThrow());
        ListView<?> list = lookup("#lessonList").queryAs(ListView.class);
        // Scrolled to and laid out at once, so that the cell is found, and clicked, where it now shows.
        onFx(() -> {
            list.scrollTo(list.getItems().indexOf(lesson));
            Parent root = list.getScene().getRoot();
            root.applyCss();
            root.layout();
            return null;
        });
        clickOn(from(list).lookup(".list-cell").match((ListCell<?> c) -> c.getItem() == lesson && shown(c))
                .<Node>query());
        await("lesson " + number + " to begin", () -> vm.lessonProperty().get() == lesson);
        clickOn("#restartButton");
        await("lesson " + number + " to restart", () -> vm.stepIndexProperty().get() == 0);
    }

    /** Leaves the lesson from its pane. */
    void leave() throws TimeoutException {
        clickOn("#nav-lessons");
        clickOn("#leaveButton");
        await("the lesson to be left", () -> vm.lessonProperty().get() == null);
    }

    /** Every step of the lesson is ✓; leaves it; nothing went wrong in the window on the way. */
    void finish() throws TimeoutException {
        assertTrue(onFx(() -> vm.isComplete(vm.lessonProperty().get())), "every step of the lesson is done");
        leave();
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    /** Types {@code text} in the lesson's answer field and presses Enter. */
    void answer(String text) {
        type("#lessonAnswer", text);
        push(KeyCode.ENTER);
    }

    void awaitPassed(String what) throws TimeoutException {
        LessonsShowMeFxTest.awaitPassed(vm, what);
    }

    /** Waits until the step's check says why it is not done yet, in words holding {@code words}; it stays ✗. */
    void awaitWhy(String words) throws TimeoutException {
        await(() -> "the check to say \"" + words + "\" (it says \"" + onFx(() -> vm.whyProperty().get()) + "\")",
                () -> vm.whyProperty().get().contains(words));
        assertNotYet("the check says why not: " + words);
    }

    /** Waits for the hint a wrong answer gets, holding {@code words}, shown beside the field; the step stays ✗. */
    void awaitHint(String words) throws TimeoutException {
        await("a hint with \"" + words + "\"", () -> !vm.hintProperty().get().isEmpty()
                && vm.hintProperty().get().contains(words));
        assertNotYet("a wrong answer stays ✗");
        assertTrue(onFx(() -> lookup("#answerHint").queryAs(Label.class).isVisible()),
                "the hint shows next to the field");
    }

    /** Waits for the hint a wrong answer gets; the step stays ✗. */
    void awaitHint() throws TimeoutException {
        awaitHint("");
    }

    /** The step's check is ✗ now. */
    void assertNotYet(String why) {
        assertFalse(onFx(() -> vm.passedProperty().get()), why + " (the check says: "
                + onFx(() -> vm.whyProperty().get()) + ")");
    }

    // ---- the Servers pane

    /**
     * Brings back the pane's form (Servers, Clients), which folds away beside a running server or a client in a
     * narrow window, as the learner does with its » button; its controls are not on screen until then.
     */
    void form() {
        var button = onFx(() -> lookup("#showSideButton").queryAll().stream().filter(LearnerHands::shown)
                .findFirst());
        if (button.isPresent()) {
            clickOn(button.get());
            awaitShown("#formScroll");
        }
    }

    void mode(Mode mode) {
        form();
        onFx(() -> {
            lookup("#modeChoice").queryAs(ComboBox.class).getSelectionModel().select(mode);
            return null;
        });
    }

    void uppercase(boolean on) {
        form();
        CheckBox box = lookup("#uppercaseCheck").queryAs(CheckBox.class);
        if (onFx(box::isSelected) != on) {
            reveal(box);
            clickOn(box);
        }
        assertEquals(on, onFx(box::isSelected), "the uppercase box");
    }

    void permits(String n) {
        form();
        TextField field = lookup("#permitsField").queryAs(TextField.class);
        reveal(field);
        type("#permitsField", n);
        assertEquals(n, onFx(field::getText), "the permits field shows what was typed");
    }

    /**
     * Starts a server from the Servers pane's form: a {@code kind} (hello, echo, time, http) server in {@code mode},
     * the form's other settings as they are.
     */
    void startServer(String kind, Mode mode) {
        clickOn("#nav-servers");
        form();
        clickOn("#kind-" + kind);
        mode(mode);
        start();
    }

    /**
     * The wrong move: starts a {@code kind} server in {@code mode} where the step asks for another, waits for the
     * check to say why not ({@code why}), the step still ✗, and stops it again.
     */
    void wrongServer(String kind, Mode mode, String why) throws TimeoutException {
        startServer(kind, mode);
        awaitWhy(why);
        stopServer();
    }

    /** Clicks Start in the Servers pane's form. */
    void start() {
        form();
        reveal(lookup("#startButton").query());
        clickOn("#startButton");
    }

    /** Stops the server shown in the Servers pane and waits until no lab server is listed. */
    void stopServer() throws TimeoutException {
        ListView<?> list = lookup("#serverList").queryAs(ListView.class);
        await("a server in the list", () -> !list.getItems().isEmpty());
        clickOn("#stopButton");
        await("the server to stop", () -> list.getItems().isEmpty());
    }

    /** The port the server shown in the Servers pane listens on. */
    String serverPort() throws TimeoutException {
        Label port = lookup("#listenPort").queryAs(Label.class);
        await("the server's port", () -> !port.getText().isEmpty());
        return onFx(port::getText);
    }

    /** A client connected as nc in a terminal would be: a plain socket, closed when the test ends. */
    void terminal(String port) throws IOException {
        closeAfter(new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(port)));
    }

    /** The Servers pane's Capture button: a capture on lo filtered to the server's port, running. */
    void captureTheServer() throws TimeoutException {
        clickOn("#nav-servers");
        clickOn("#captureButton");
        await("the capture to run", () -> lookup("#captureStopButton").tryQuery().isPresent()
                && !lookup("#captureStopButton").queryAs(Button.class).isDisabled());
    }

    // ---- the Clients pane

    /** Picks, from the Clients pane's server menu, the newest lab server whose title has {@code text}. */
    void pickServer(String text) throws TimeoutException {
        form();
        MenuButton menu = lookup("#serverMenu").queryAs(MenuButton.class);
        await("a server \"" + text + "\" in the Clients pane's menu", () -> menu.getItems().stream()
                .anyMatch(i -> i.getText().contains(text)));
        clickOn(menu);
        onFx(() -> {
            var item = menu.getItems().stream().filter(i -> i.getText().contains(text)).reduce((a, b) -> b)
                    .orElseThrow();
            menu.hide();
            item.fire();
            return null;
        });
    }

    /**
     * Clicks Connect in the Clients pane, its form brought back first (in a narrow window the form then sits above
     * the client, and the pane scrolls as a whole).
     */
    void connect() {
        form();
        reveal(lookup("#connectButton").query());
        clickOn("#connectButton");
    }

    /**
     * Two clients served at once by the server whose title has {@code server}, listening on {@code port}: one from
     * the Clients pane, which sends a line (the check then counts 1 client at most, and says so), then one as nc in
     * a terminal.
     */
    void twoClientsAtOnce(String server, String port) throws Exception {
        clickOn("#nav-clients");
        pickServer(server);
        connect();
        sendLine("one");
        awaitWhy("at most 1 client");
        terminal(port);
        awaitPassed("two clients served at once");
    }

    /** Types a line in the connected client's field and sends it, once the client can send. */
    void sendLine(String text) throws TimeoutException {
        Button send = lookup("#sendButton").queryAs(Button.class);
        await(() -> "the client to open (it says " + onFx(() -> lookup("#sessionStatus").queryAs(Label.class)
                .getText()) + ")", () -> !send.isDisabled());
        reveal(lookup("#lineField").query());
        clickOn("#lineField").write(text).push(KeyCode.ENTER);
    }

    // ---- the DNS pane

    void dnsType(RecordType t) {
        onFx(() -> {
            lookup("#typeChoice").queryAs(ComboBox.class).getSelectionModel().select(TypeChoice.of(t));
            return null;
        });
    }

    /** Waits for the DNS pane to finish its question (its buttons are enabled again). */
    void awaitDnsIdle() throws TimeoutException {
        await("the DNS pane to finish", () -> !lookup("#lookupButton").queryAs(Button.class).isDisabled()
                && !lookup("#traceButton").queryAs(Button.class).isDisabled());
    }

    // ---- the Capture pane

    void displayFilter(String filter) throws TimeoutException {
        type("#displayFilterField", filter);
        push(KeyCode.ENTER);
        TableView<?> table = lookup("#packetTable").queryAs(TableView.class);
        await("packets matching " + filter, () -> !table.getItems().isEmpty() && lookup("#displayFilterError")
                .tryQuery().map(n -> !n.isVisible() || ((Label) n).getText().isEmpty()).orElse(true));
    }

    /** Clicks the packet list's row {@code index} (as displayed). */
    void clickRow(int index) throws TimeoutException {
        TableView<?> table = lookup("#packetTable").queryAs(TableView.class);
        await("row " + index + " in the packet list", () -> table.getItems().size() > index);
        onFx(() -> {
            table.scrollTo(index);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node row = lookup(".capture-packets .table-row-cell").match((TableRow<?> r) -> r.getIndex() == index
                && r.getItem() != null).query();
        clickOn(row);
        await("row " + index + " selected", () -> table.getSelectionModel().getSelectedIndex() == index);
    }

    /** Clicks the detail tree's row showing {@code field}, opening its layer first. */
    void clickField(String field) throws TimeoutException {
        clickField((TreeView<?>) lookup("#detailTree").queryAs(TreeView.class), field);
    }

    private <T> void clickField(TreeView<T> tree, String field) throws TimeoutException {
        await(field + " in the detail tree", () -> TreeFields.find(tree, field) != null);
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
        Node cell = lookup(".capture-tree .tree-cell").match((TreeCell<?> c) -> c.getTreeItem() == item).query();
        clickOn(cell);
        await(field + " selected", () -> tree.getSelectionModel().getSelectedItem() == item);
    }

    // ---- typing and looking

    /** Replaces the text of the field {@code query} with {@code text}, typed. */
    void type(String query, String text) {
        Node field = lookup(query).query();
        reveal(field);
        clickOn(field).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }

    void clear(String query) {
        type(query, "");
    }

    /** The text of the label or field {@code query}; any thread. */
    String text(String query) {
        Callable<String> read = () -> {
            Node n = lookup(query).query();
            return n instanceof Label l ? l.getText() : ((TextField) n).getText();
        };
        if (javafx.application.Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return onFx(read);
    }

    /** Waits until {@code condition} holds on the JavaFX thread, failing with {@code what} never happened. */
    static void await(String what, Callable<Boolean> condition) throws TimeoutException {
        try {
            FxQuery.waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("gave up waiting for " + what, e);
        }
    }

    /** Waits until {@code condition} holds, failing with the message {@code what} gives at that moment. */
    static void await(Supplier<String> what, Callable<Boolean> condition) throws TimeoutException {
        try {
            FxQuery.waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("gave up waiting for " + what.get(), e);
        }
    }

    private void awaitShown(String query) {
        try {
            FxQuery.waitUntil(() -> lookup(query).queryAll().stream().anyMatch(LearnerHands::shown));
        } catch (TimeoutException e) {
            throw new AssertionError(query + " never showed", e);
        }
    }

    /** Whether the node and every parent of it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * Lays the window out as its next pulse would, then scrolls each scroller around {@code node}, innermost first, as
     * the learner would, until it is in view: a control that has just appeared (a form unfolded after a stop, the
     * permits field of a semaphore server) has its place before the robot computes where to click, instead of the
     * place it had before it showed, and a field the window scrolled away from (to a trace's results) comes back.
     */
    private void reveal(Node node) {
        onFx(() -> {
            Parent root = node.getScene().getRoot();
            root.applyCss();
            root.layout();
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane scroll) {
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (room > 0) {
                        scroll.setVvalue(Math.min(1, Math.max(0, y / room)));
                    }
                    root.layout();
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
