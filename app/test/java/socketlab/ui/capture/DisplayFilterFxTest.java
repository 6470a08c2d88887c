package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import socketlab.capture.DecodedFrames;
import socketlab.capture.PacketLog;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LocalAddresses;
import socketlab.filter.DisplayFilter;
import socketlab.filter.FilterCaptures;
import socketlab.filter.FilterResult;
import socketlab.ladder.LabEventLog;
import socketlab.stats.Conversation;
import socketlab.ui.Background;
import socketlab.ui.FxExecutors;
import socketlab.ui.FxPulses;
import socketlab.ui.RecordingErrorReporter;

/** The display-filter bar, the field menu and the Conversations window, driven with the robot over a real file. */
@ExtendWith(ApplicationExtension.class)
class DisplayFilterFxTest {
    @TempDir
    static Path dir;

    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private final FxExecutors executors = new FxExecutors();
    private CaptureViewModel vm;
    private FxPulses pulses;

    @Start
    void start(Stage stage) {
        pulses = new FxPulses(errors);
        pulses.start();
        vm = new CaptureViewModel(new Background(executors.background("capture-control"), Platform::runLater),
                executors.sequential("capture-ingest"), Platform::runLater, pulses, new PacketLog(), List::of,
                Optional::empty, new LabEventLog());
        CaptureScene.show(stage, CaptureController.view(vm), 1280, 800);
    }

    @Stop
    void stop() {
        // the Conversations window belongs to this test's pane: the next test gets the same main stage, not it
        onFx(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w instanceof Stage s && s.getOwner() != null) {
                    s.close();
                }
            }
            return null;
        });
        vm.close();
        pulses.stop();
        executors.close();
    }

    private Path openCorpus() throws Exception {
        Path file = FilterCaptures.write(dir);
        int total = FilterCaptures.frames().size() + 1;
        onFx(() -> {
            vm.open(file);
            return null;
        });
        waitUntil(() -> onFx(() -> vm.packets().size()) == total && !onFx(() -> vm.busyProperty().get()));
        return file;
    }

    /** The numbers of the frames the lab's own filter passes, read from the file as the CLI reads it. */
    private static List<Long> expected(Path file, String filter) throws Exception {
        DisplayFilter f = ((FilterResult.Valid) DisplayFilter.compile(filter)).filter();
        List<Long> numbers = new ArrayList<>();
        try (DecodedFrames in = DecodedFrames.open(file, new FrameDecoder(LocalAddresses.loopbackOnly()))) {
            for (Frame fr; (fr = in.next()) != null; ) {
                if (f.matches(fr)) {
                    numbers.add(fr.number());
                }
            }
        }
        return numbers;
    }

    @SuppressWarnings("unchecked")
    private static TableView<PacketRef> table(FxRobot robot) {
        return robot.lookup("#packetTable").queryAs(TableView.class);
    }

    private static List<Long> shown(FxRobot robot) {
        return onFx(() -> table(robot).getItems().stream().map(r -> (long) r.number()).toList());
    }

    private static String count(FxRobot robot) {
        return onFx(() -> robot.lookup("#displayedCount").queryAs(Label.class).getText());
    }

    private static void typeFilter(FxRobot robot, String text) {
        robot.clickOn("#displayFilterField");
        robot.write(text);
    }

    @Test
    void aFilterTypedAndEnteredShowsItsPacketsWithTheirNumbers(FxRobot robot) throws Exception {
        Path file = openCorpus();
        int total = onFx(() -> vm.packets().size());
        typeFilter(robot, "tcp.port in {80 443} || udp contains \"PONG\"");
        robot.type(KeyCode.ENTER);
        List<Long> want = expected(file, "tcp.port in {80 443} || udp contains \"PONG\"");
        assertEquals(5, want.size(), want.toString());
        waitUntil(() -> count(robot).equals("Displayed: " + want.size() + " of " + total));
        assertEquals(want, shown(robot));
        // the packet selected below the list is the one in the row, not the row's position in the capture
        robot.clickOn(robot.lookup(".capture-packets .table-row-cell").match(n ->
                n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == 1).queryAs(Node.class));
        waitUntil(() -> onFx(() -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().number() == want.get(1)));
        // Escape clears: every packet again
        robot.clickOn("#displayFilterField");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> onFx(() -> table(robot).getItems().size()) == total);
        assertEquals("", count(robot));
        // the filter is in the history
        assertTrue(onFx(() -> robot.lookup("#displayFilterField").queryAs(ComboBox.class).getItems()
                .contains("tcp.port in {80 443} || udp contains \"PONG\"")));
    }

    @Test
    void aBadFilterTurnsRedWithWiresharksMessageAndChangesNothing(FxRobot robot) throws Exception {
        openCorpus();
        int total = onFx(() -> vm.packets().size());
        typeFilter(robot, "tcp.prt == 80");
        Node field = robot.lookup("#displayFilterField").query();
        waitUntil(() -> onFx(() -> field.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName()
                .equals("bad"))));
        String message = onFx(() -> robot.lookup("#displayFilterError").queryAs(Label.class).getText());
        assertTrue(message.startsWith("\"tcp.prt\" is neither a field nor a protocol name."), message);
        assertTrue(onFx(() -> robot.lookup("#displayFilterApply").queryAs(Button.class).isDisabled()));
        robot.type(KeyCode.ENTER);
        assertEquals(total, (int) onFx(() -> table(robot).getItems().size()));
        // mending it turns it green
        robot.type(KeyCode.BACK_SPACE, 10);
        robot.write(".port == 80");
        waitUntil(() -> onFx(() -> field.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName()
                .equals("good"))));
        assertTrue(onFx(() -> !robot.lookup("#displayFilterError").queryAs(Label.class).isVisible()));
    }

    @Test
    void applyAsFilterFromAFieldOfTheTree(FxRobot robot) throws Exception {
        Path file = openCorpus();
        int total = onFx(() -> vm.packets().size());
        // the SYN to port 8050
        int row = onFx(() -> {
            for (int i = 0; i < vm.packets().size(); i++) {
                Frame f = vm.log().decode(i);
                if (f.layer("tcp").map(l -> l.number("tcp.dstport", 0) == 8050).orElse(false)) {
                    table(robot).getSelectionModel().clearAndSelect(i);
                    table(robot).scrollTo(i);
                    return i;
                }
            }
            return -1;
        });
        assertTrue(row >= 0);
        @SuppressWarnings("unchecked")
        TreeView<FieldTree.Entry> tree = robot.lookup("#detailTree").queryAs(TreeView.class);
        waitUntil(() -> onFx(() -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 4));
        onFx(() -> {
            TreeItem<FieldTree.Entry> tcp = tree.getRoot().getChildren().get(3);
            tcp.setExpanded(true);
            TreeItem<FieldTree.Entry> dst = tcp.getChildren().stream()
                    .filter(i -> i.getValue().field() != null && i.getValue().field().name().equals("tcp.dstport"))
                    .findFirst().orElseThrow();
            tree.getSelectionModel().select(dst);
            tree.scrollTo(tree.getRow(dst));
            return null;
        });
        java.util.function.Predicate<Node> dstCell = n -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getItem() instanceof FieldTree.Entry e && e.field() != null
                && e.field().name().equals("tcp.dstport");
        waitUntil(() -> robot.lookup(".capture-tree .tree-cell").match(dstCell).tryQuery().isPresent());
        Node cell = robot.lookup(".capture-tree .tree-cell").match(dstCell).query();
        // the robot's right click gives no context-menu event on the headless platform: the menu is opened as the
        // click would open it, and its item is clicked with the robot
        robot.clickOn(cell);
        onFx(() -> {
            tree.getContextMenu().show(cell, javafx.geometry.Side.BOTTOM, 0, 0);
            return null;
        });
        waitUntil(() -> onFx(() -> tree.getContextMenu().isShowing()));
        robot.clickOn(robot.lookup(".context-menu .menu-item").match(n -> n.getId() != null
                && n.getId().equals("applyAsFilter")).queryAs(Node.class));
        waitUntil(() -> onFx(() -> vm.displayFilter().appliedProperty().get()).equals("tcp.dstport == 8050"));
        List<Long> want = expected(file, "tcp.dstport == 8050");
        waitUntil(() -> count(robot).equals("Displayed: " + want.size() + " of " + total));
        assertEquals(want, shown(robot));
        // the chosen packet stays chosen through the filter, its fields still below the list
        waitUntil(() -> onFx(() -> tree.getRoot() != null && vm.selectedProperty().get() != null
                && vm.selectedProperty().get().number() == row + 1));
        // "Prepare as filter" writes the filter but leaves the list as it is
        onFx(() -> {
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(2));
            return null;
        });
        java.util.function.Predicate<Node> ipLayer = n -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getItem() instanceof FieldTree.Entry e && e.field() == null && e.layer().name().equals("ip");
        waitUntil(() -> robot.lookup(".capture-tree .tree-cell").match(ipLayer).tryQuery().isPresent());
        Node ipCell = robot.lookup(".capture-tree .tree-cell").match(ipLayer).query();
        // the robot's right click gives no context-menu event on the headless platform: the menu is opened as the
        // click would open it, and its item is clicked with the robot
        robot.clickOn(ipCell);
        onFx(() -> {
            tree.getContextMenu().show(ipCell, javafx.geometry.Side.BOTTOM, 0, 0);
            return null;
        });
        waitUntil(() -> onFx(() -> tree.getContextMenu().isShowing()));
        robot.clickOn(robot.lookup(".context-menu .menu-item").match(n -> n.getId() != null
                && n.getId().equals("prepareAsFilter")).queryAs(Node.class));
        waitUntil(() -> onFx(() -> vm.displayFilter().textProperty().get()).equals("ip"));
        assertEquals("tcp.dstport == 8050", onFx(() -> vm.displayFilter().appliedProperty().get()));
    }

    @Test
    void choosingAConversationShowsOnlyItsPackets(FxRobot robot) throws Exception {
        Path file = openCorpus();
        int total = onFx(() -> vm.packets().size());
        robot.clickOn("#conversationsButton");
        waitUntil(() -> robot.lookup("#conversationsTable").tryQuery().isPresent()
                && onFx(() -> robot.lookup("#conversationsTable").queryAs(TableView.class).getItems().size()) > 5);
        @SuppressWarnings("unchecked")
        TableView<Conversation> conversations = robot.lookup("#conversationsTable").queryAs(TableView.class);
        Conversation chosen = onFx(() -> conversations.getItems().stream()
                .filter(c -> c.isTcp() && c.portB() == 45123).findFirst().orElseThrow());
        assertEquals(5, chosen.packets());
        assertTrue(chosen.opened() && chosen.closed());
        int at = onFx(() -> conversations.getItems().indexOf(chosen));
        onFx(() -> {
            conversations.scrollTo(at);
            return null;
        });
        Node rowNode = robot.lookup("#conversationsTable .table-row-cell").match(n ->
                n instanceof javafx.scene.control.TableRow<?> r && r.getItem() == chosen).query();
        robot.clickOn(rowNode);
        waitUntil(() -> onFx(() -> vm.displayFilter().appliedProperty().get()).equals(chosen.filter()));
        waitUntil(() -> count(robot).equals("Displayed: 5 of " + total));
        assertEquals(expected(file, chosen.filter()), shown(robot));
        // a UDP conversation's filter names both ends
        Conversation udp = onFx(() -> conversations.getItems().stream().filter(c -> !c.isTcp() && c.portB() == 45001)
                .findFirst().orElseThrow());
        assertEquals(2, udp.packets());
        onFx(() -> {
            conversations.getSelectionModel().select(udp);
            return null;
        });
        waitUntil(() -> count(robot).equals("Displayed: 2 of " + total));
    }
}
