package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import socketlab.Eventually;
import socketlab.decode.Field;
import socketlab.ui.LabWindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Capture pane driven with the robot: a lab server started in the window, captured with one click, decoded. */
class CapturePaneFxTest extends LabWindowFixture {
    CapturePaneFxTest() {
        super(1280, 800);
    }

    /** Starts a hello server in the Servers pane and presses its Capture button; returns the server's port. */
    private static int captureANewHelloServer(FxRobot robot) throws Exception {
        robot.clickOn("#startButton");
        waitUntil(() -> !robot.lookup("#listenPort").queryAs(Label.class).getText().isEmpty());
        int port = Integer.parseInt(onFx(() -> robot.lookup("#listenPort").queryAs(Label.class).getText()));
        robot.clickOn("#captureButton");
        waitUntil(() -> robot.lookup("#nav-capture").queryAs(ToggleButton.class).isSelected());
        waitUntil(() -> robot.lookup("#captureStopButton").tryQuery().isPresent()
                && !robot.lookup("#captureStopButton").queryAs(Button.class).isDisabled());
        return port;
    }

    /** One whole client of the hello server: it reads the greeting until the server closes. */
    private static String helloClient(int port) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout((int) Eventually.PATIENCE.toMillis());
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<PacketRef> packets(FxRobot robot) {
        return robot.lookup("#packetTable").queryAs(TableView.class);
    }

    @Test
    void captureMyServerShowsItsConnectionAndAPacketDecodedFieldByField(FxRobot robot) throws Exception {
        int port = captureANewHelloServer(robot);
        assertEquals("tcp port " + port, onFx(() -> robot.lookup("#filterField").queryAs(TextField.class)
                .getText()));
        assertEquals("Hello world!\n", helloClient(port));

        TableView<PacketRef> table = packets(robot);
        waitUntil(() -> table.getItems().size() >= 6);
        // The first row is the client's SYN to the server's port.
        robot.clickOn(robot.lookup(".capture-packets .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);

        TreeView<FieldTree.Entry> tree = robot.lookup("#detailTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null);
        java.util.List<String> layers = onFx(() -> tree.getRoot().getChildren().stream()
                .map(i -> i.getValue().layer().name()).toList());
        assertEquals(java.util.List.of("frame", "eth", "ip", "tcp"), layers);
        TreeItem<FieldTree.Entry> tcp = onFx(() -> tree.getRoot().getChildren().get(3));
        assertTrue(onFx(() -> tcp.getValue().text()).contains("Dst Port: " + port), onFx(() -> tcp.getValue()
                .text()));

        // Selecting a field says what it is for.
        onFx(() -> {
            TreeItem<FieldTree.Entry> ttl = tree.getRoot().getChildren().get(2).getChildren().stream()
                    .filter(i -> i.getValue().field().name().equals("ip.ttl")).findFirst().orElseThrow();
            tree.getSelectionModel().select(ttl);
            return null;
        });
        String explanation = onFx(() -> robot.lookup("#explanation").queryAs(Label.class).getText());
        assertTrue(explanation.startsWith("Time to Live: 64 — "), explanation);
        // ... and lights its one byte: 14 bytes of Ethernet, then the TTL at offset 8 of the IPv4 header.
        BytesView bytes = robot.lookup("#bytesView").queryAs(BytesView.class);
        assertEquals(22, onFx(bytes::litStart));
        assertEquals(23, onFx(bytes::litEnd));
        assertTrue(onFx(() -> bytes.rowText(0)).startsWith("0000  00 00 00 00 00 00 00 00"), onFx(() ->
                bytes.rowText(0)));

        // Selecting the destination port's bytes in the diagram selects that field in the tree.
        robot.clickOn("Header diagram");
        HeaderDiagram diagram = robot.lookup("#headerDiagram").queryAs(HeaderDiagram.class);
        waitUntil(() -> diagram.selectedField() != null && diagram.selectedField().name().equals("ip.ttl"));
        Field dstPort = onFx(() -> tree.getRoot().getChildren().get(3).getValue().layer().field("tcp.dstport")
                .orElseThrow());
        onFx(() -> {
            diagram.select(dstPort);
            return null;
        });
        robot.clickOn(robot.lookup(".field-box").match((javafx.scene.Node n) -> n.getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("selected"))).queryAs(javafx.scene.Node.class));
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().field() != null
                && tree.getSelectionModel().getSelectedItem().getValue().field().name().equals("tcp.dstport"));
        assertEquals(36, onFx(bytes::litStart), "the destination port is bytes 2-3 of the TCP header");
        assertEquals(38, onFx(bytes::litEnd));

        // The ladder of the connection: handshake first, every check holds, the server's own calls beside it.
        robot.clickOn("Ladder");
        LadderView ladder = robot.lookup("#ladderView").queryAs(LadderView.class);
        waitUntil(() -> ladder.conversation() != null);
        socketlab.ladder.TcpConversation c = onFx(ladder::conversation);
        assertEquals(port, c.server().port());
        assertEquals("[SYN] seq=0", c.arrows().getFirst().label());
        assertTrue(c.arrows().getFirst().fromClient());
        assertEquals("[SYN, ACK] seq=0 ack=1", c.arrows().get(1).label());
        assertTrue(c.allChecksHold(), c.checks().toString());
        assertTrue(c.notes().stream().anyMatch(n -> n.note().text().contains("accept")), c.notes().toString());
        assertTrue(c.notes().stream().anyMatch(n -> n.note().text().contains("write")), c.notes().toString());
        // In the large view, clicking the third arrow (the handshake's ACK) selects its packet in the list.
        robot.clickOn("#largeViewToggle");
        waitUntil(() -> table.getScene() == null);
        robot.clickOn(robot.lookup(".ladder-arrow").nth(2).queryAs(javafx.scene.Node.class));
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == (int) c.arrows().get(2).frameNumber() - 1);
        robot.clickOn("#largeViewToggle");
        waitUntil(() -> table.getScene() != null);

        robot.clickOn("#captureStopButton");
        waitUntil(() -> !robot.lookup("#captureStartButton").queryAs(Button.class).isDisabled());
        assertTrue(onFx(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .contains("packets captured"));
        assertFalse(onFx(() -> robot.lookup("#filterField").queryAs(TextField.class).isDisabled()));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void aBadFilterIsExplainedUnderTheFieldAndStartWaits(FxRobot robot) throws Exception {
        robot.clickOn("#nav-capture");
        robot.clickOn("#filterField").write("tcp prot 80");
        Label error = robot.lookup("#filterError").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertTrue(onFx(error::getText).contains("prot"), onFx(error::getText));
        assertTrue(onFx(() -> robot.lookup("#captureStartButton").queryAs(Button.class).isDisabled()));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }
}
