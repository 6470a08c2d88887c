package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import socketlab.ladder.LadderArrow;
import socketlab.ladder.LiveConnections;
import socketlab.ladder.TcpConversation;
import socketlab.net.SocketPair;
import socketlab.ui.Lab;

/**
 * The ladder diagram and follow stream of a real lab echo connection captured on loopback: arrows in order with
 * their labels, the lab's calls beside them, the checks, clicking and arrow keys reporting frames, and the echoed
 * line as text and hex.
 */
@ExtendWith(ApplicationExtension.class)
class LadderViewFxTest {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final String LINE = "hello, ladder\n";

    private static LiveConnections live;
    private static TcpConversation conversation;

    private final AtomicLong reported = new AtomicLong(-1);
    private LadderView ladder;
    private FollowStreamView follow;
    private Scene scene;

    @BeforeAll
    static void capture() throws Exception {
        live = new LiveConnections();
        SocketPair pair = live.talk(LINE);
        conversation = live.conversation(pair);
    }

    @AfterAll
    static void stopCapture() {
        live.close();
    }

    @Start
    void start(Stage stage) {
        ladder = new LadderView();
        ladder.setId("ladder");
        ladder.setOnFrameSelected(reported::set);
        follow = new FollowStreamView();
        follow.setId("follow");
        SplitPane root = new SplitPane(ladder, follow);
        root.setDividerPositions(0.64);
        scene = new Scene(root, 1500, 900);
        for (String css : List.of("theme.css", "app.css", "capture.css")) {
            scene.getStylesheets().add(Lab.class.getResource("css/" + css).toExternalForm());
        }
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void showConversation() {
        onFx(() -> {
            ladder.show(conversation);
            follow.show(conversation);
            return null;
        });
    }

    private List<Group> arrows(FxRobot robot) {
        return robot.lookup(".ladder-arrow").queryAllAs(Group.class).stream()
                .sorted((a, b) -> Double.compare(a.getBoundsInParent().getMinY(), b.getBoundsInParent().getMinY()))
                .toList();
    }

    private static String label(Group arrow) {
        return arrow.getChildren().stream().filter(n -> n.getStyleClass().contains("ladder-label"))
                .map(n -> ((Label) n).getText()).findFirst().orElseThrow();
    }

    private static Line line(Group arrow) {
        return (Line) arrow.getChildren().stream().filter(n -> n.getStyleClass().contains("ladder-line"))
                .findFirst().orElseThrow();
    }

    @Test
    void theArrowsGoDownInOrderWithTheirLabelsDirectionsNotesAndChecks(FxRobot robot) {
        List<Group> arrows = onFx(() -> arrows(robot));
        List<LadderArrow> model = conversation.arrows();
        assertEquals(model.size(), arrows.size());
        List<String> labels = onFx(() -> arrows.stream().map(LadderViewFxTest::label).toList());
        assertEquals(model.stream().map(LadderArrow::label).toList(), labels, "top to bottom in capture order");
        assertEquals(List.of("[SYN] seq=0", "[SYN, ACK] seq=0 ack=1", "[ACK] seq=1 ack=1"), labels.subList(0, 3));
        assertTrue(labels.contains("[PSH, ACK] seq=1 ack=1 len=14"), labels.toString());
        for (int i = 0; i < arrows.size(); i++) {
            int index = i;
            Line li = onFx(() -> line(arrows.get(index)));
            assertEquals(model.get(i).fromClient(), li.getStartX() < li.getEndX(), "direction of " + labels.get(i));
            assertTrue(li.getEndY() > li.getStartY(), "slants down");
        }
        assertTrue(onFx(() -> arrows.get(0).getStyleClass().contains("ladder-handshake")));
        assertTrue(onFx(() -> arrows.getLast().getStyleClass().contains("ladder-close")));

        List<String> endpoints = onFx(() -> robot.lookup(".ladder-address").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertEquals(List.of(conversation.client().toString(), conversation.server().toString()), endpoints);
        List<String> serverNotes = onFx(() -> robot.lookup(".ladder-server-note").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertTrue(serverNotes.containsAll(List.of("server accept()", "server read() 14 bytes",
                "server write() 14 bytes")), serverNotes.toString());
        List<String> clientNotes = onFx(() -> robot.lookup(".ladder-client-note").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertTrue(clientNotes.contains("client connect() returns"), clientNotes.toString());

        Node checks = robot.lookup("#ladder-checks").query();
        List<String> marks = onFx(() -> checks.lookupAll(".ladder-check-mark").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertEquals(conversation.checks().size(), marks.size());
        assertTrue(marks.size() >= 6, marks.toString());
        assertTrue(marks.stream().allMatch("✓"::equals), marks.toString());
        List<String> texts = onFx(() -> checks.lookupAll(".ladder-check-text").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertEquals("SYN-ACK ack = client ISN + 1", onFx(() -> ((Label) checks.lookup(".ladder-check-rule"))
                .getText()));
        assertEquals("ack " + ((conversation.arrows().getFirst().rawSeq() + 1)
                % (1L << 32)) + " = ISN " + conversation.arrows().getFirst().rawSeq() + " + 1", texts.getFirst());
        assertEquals("Checks: all " + marks.size() + " hold", onFx(() -> robot.lookup(".ladder-checks-title")
                .queryAs(Label.class).getText()));
        assertFalse(onFx(() -> robot.lookup("#ladder-cap-note").query().isVisible()));
    }

    @Test
    void clickingAnArrowReportsItsFrameAndTheArrowKeysMoveAlong(FxRobot robot) {
        // The ladder is drawn for the width it is laid out at: let the first layout passes settle before holding
        // on to its arrows.
        WaitForAsyncUtils.waitForFxEvents();
        List<Group> arrows = onFx(() -> arrows(robot));
        long synAck = conversation.arrows().get(1).frameNumber();
        robot.clickOn(onFx(() -> arrows.get(1).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("ladder-label")).findFirst().orElseThrow()));
        assertEquals(synAck, reported.get());
        assertEquals(synAck, onFx(() -> ladder.selectedFrame()));
        assertTrue(onFx(() -> arrows.get(1).getPseudoClassStates().contains(SELECTED)));

        assertEquals("ladder-diagram", onFx(() -> scene.getFocusOwner().getId()));
        robot.type(KeyCode.DOWN);
        assertEquals(conversation.arrows().get(2).frameNumber(), reported.get());
        assertFalse(onFx(() -> arrows.get(1).getPseudoClassStates().contains(SELECTED)));
        assertTrue(onFx(() -> arrows.get(2).getPseudoClassStates().contains(SELECTED)));
        robot.type(KeyCode.END);
        assertEquals(conversation.arrows().getLast().frameNumber(), reported.get());

        // Selecting a packet in the list highlights its arrow without reporting it back.
        reported.set(-1);
        long first = conversation.arrows().getFirst().frameNumber();
        onFx(() -> {
            ladder.select(first);
            return null;
        });
        assertTrue(onFx(() -> arrows.getFirst().getPseudoClassStates().contains(SELECTED)));
        assertEquals(-1, reported.get());
        onFx(() -> {
            ladder.select(999_999);
            return null;
        });
        assertEquals(-1L, (long) onFx(() -> ladder.selectedFrame()));
    }

    @Test
    void followStreamShowsTheLineAndItsEchoAsTextAndHex(FxRobot robot) {
        assertEquals(LINE + LINE, onFx(() -> follow.shownText()));
        assertEquals("client " + conversation.client() + " → server: 14 bytes",
                onFx(() -> robot.lookup("#follow-client-count").queryAs(Label.class).getText()));
        assertEquals("server " + conversation.server() + " → client: 14 bytes",
                onFx(() -> robot.lookup("#follow-server-count").queryAs(Label.class).getText()));
        List<List<String>> classes = onFx(() -> robot.lookup(".follow-chunk").queryAll().stream()
                .map(n -> List.copyOf(n.getStyleClass())).toList());
        assertEquals(2, classes.size());
        assertTrue(classes.get(0).contains("follow-client") && classes.get(1).contains("follow-server"));

        robot.clickOn("#follow-mode-Hex");
        assertEquals("00000000  68 65 6c 6c 6f 2c 20 6c  61 64 64 65 72 0a        hello, ladder.\n"
                + "    00000000  68 65 6c 6c 6f 2c 20 6c  61 64 64 65 72 0a        hello, ladder.\n",
                onFx(() -> follow.shownText()));
        onFx(() -> Snapshots.write(follow, "follow-hex-on-screen.png"));
        robot.clickOn("#follow-mode-Text");
        assertEquals(LINE + LINE, onFx(() -> follow.shownText()));

        onFx(() -> {
            follow.show(null);
            ladder.show(null);
            return null;
        });
        assertEquals("", onFx(() -> follow.shownText()));
        assertTrue(onFx(() -> robot.lookup(".ladder-arrow").queryAll().isEmpty()));
    }

    @Test
    void aLongConnectionDrawsItsStartAndSaysSo(FxRobot robot) {
        int segments = LadderView.MAX_SHOWN + 200;
        TcpConversation longOne = LongConnection.of(segments);
        onFx(() -> {
            ladder.show(longOne);
            follow.show(longOne);
            return null;
        });
        assertEquals(LadderView.MAX_SHOWN, onFx(() -> robot.lookup(".ladder-arrow").queryAll().size()));
        Label cap = robot.lookup("#ladder-cap-note").queryAs(Label.class);
        assertTrue(onFx(cap::isVisible));
        assertEquals("First 400 of " + String.format(java.util.Locale.ROOT, "%,d", segments + 3)
                + " segments shown; the checks cover all of them.", onFx(cap::getText));
        // A frame beyond the drawn ones cannot be highlighted; one near the end of the drawing scrolls into view.
        onFx(() -> {
            ladder.select(longOne.arrows().getLast().frameNumber());
            return null;
        });
        assertEquals(-1L, (long) onFx(() -> ladder.selectedFrame()));
        long late = longOne.arrows().get(LadderView.MAX_SHOWN - 1).frameNumber();
        onFx(() -> {
            ladder.select(late);
            return null;
        });
        assertEquals(late, (long) onFx(() -> ladder.selectedFrame()));
        assertTrue(onFx(() -> robot.lookup(".ladder-scroll").queryAs(javafx.scene.control.ScrollPane.class)
                .getVvalue()) > 0.9, "scrolled down to the arrow");
        assertTrue(onFx(() -> follow.shownText()).length() <= FollowStreamView.MAX_TEXT_BYTES);
        assertTrue(onFx(() -> robot.lookup("#follow-note").queryAs(Label.class).getText())
                .startsWith("Showing the first 65,536 bytes of "));
    }

    @Test
    void snapshotsInLightAndDarkShowTheWholeDiagram() throws Exception {
        long request = conversation.arrows().stream().filter(a -> a.fromClient() && a.carriesData()).findFirst()
                .orElseThrow().frameNumber();
        for (String theme : List.of("light", "dark")) {
            LadderView bigLadder = onFx(LadderView::new);
            FollowStreamView bigFollow = onFx(FollowStreamView::new);
            onFx(() -> {
                // Scenes of their own, off screen, tall enough for the whole connection.
                Scene ladderScene = styled(bigLadder, 1000, 1250, theme);
                Scene followScene = styled(bigFollow, 640, 420, theme);
                bigLadder.show(conversation);
                bigLadder.select(request);
                bigFollow.show(conversation);
                layout(ladderScene, followScene);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            Path ladderFile = onFx(() -> Snapshots.write(bigLadder, "ladder-" + theme + ".png"));
            Path followFile = onFx(() -> Snapshots.write(bigFollow, "follow-" + theme + ".png"));
            FollowStreamView hexFollow = onFx(() -> {
                FollowStreamView v = new FollowStreamView();
                v.modeProperty().set(FollowStreamView.Mode.HEX);
                Scene hexScene = styled(v, 640, 420, theme);
                v.show(conversation);
                layout(hexScene);
                return v;
            });
            WaitForAsyncUtils.waitForFxEvents();
            Path hexFile = onFx(() -> Snapshots.write(hexFollow, "follow-hex-" + theme + ".png"));
            Path[] files = {ladderFile, followFile, hexFile};
            for (Path f : files) {
                assertTrue(Files.size(f) > 10_000, f + " holds a picture");
            }
        }
    }

    private static Scene styled(javafx.scene.Parent root, double width, double height, String theme) {
        Scene s = new Scene(root, width, height);
        for (String css : List.of("theme.css", "app.css", "capture.css")) {
            s.getStylesheets().add(Lab.class.getResource("css/" + css).toExternalForm());
        }
        if (theme.equals("dark")) {
            root.getStyleClass().add("dark");
        }
        return s;
    }

    private static void layout(Scene... scenes) {
        for (Scene s : scenes) {
            s.getRoot().applyCss();
            s.getRoot().layout();
        }
    }
}
