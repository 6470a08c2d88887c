package socketlab.ui.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.net.InetAddress;
import java.net.ServerSocket;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import socketlab.ui.LabWindowFixture;

/** The Clients pane driven with the mouse and keyboard robot, against a lab server started in the window. */
class ClientsPaneFxTest extends LabWindowFixture {
    ClientsPaneFxTest() {
        // The headless screen is smaller than a laptop's; test at the window's designed size.
        super(1280, 800);
    }

    /** Starts an echo server from the Servers pane and returns its port. */
    private static int startEchoServer(FxRobot robot) throws Exception {
        robot.clickOn("#kind-echo");
        robot.clickOn("#startButton");
        waitUntil(() -> !robot.lookup("#listenPort").queryAs(Label.class).getText().isEmpty());
        return Integer.parseInt(onFx(() -> robot.lookup("#listenPort").queryAs(Label.class).getText()));
    }

    @SuppressWarnings("unchecked")
    private static TableView<TranscriptRow> transcript(FxRobot robot) {
        return robot.lookup("#transcriptTable").queryAs(TableView.class);
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }

    @Test
    void lineModeAgainstALabEchoServerThenABurst(FxRobot robot) throws Exception {
        int port = startEchoServer(robot);
        robot.clickOn("#nav-clients");

        robot.clickOn("#serverMenu");
        robot.clickOn(onFx(() -> robot.lookup("#serverMenu").queryAs(MenuButton.class).getItems().getFirst()
                .getText()));
        assertEquals(String.valueOf(port), onFx(() -> robot.lookup("#portField").queryAs(TextField.class)
                .getText()), "picking the lab server fills in its port");
        assertTrue(onFx(() -> robot.lookup("#mode-line").queryAs(RadioButton.class).isSelected()),
                "an echo server is talked to in line mode");

        robot.clickOn("#connectButton");
        Label localPort = robot.lookup("#localPort").queryAs(Label.class);
        waitUntil(() -> !localPort.getText().isEmpty()
                && !robot.lookup("#sendButton").queryAs(Button.class).isDisabled());
        int ephemeral = Integer.parseInt(onFx(localPort::getText));
        assertNotEquals(port, ephemeral, "the client's end has a port of its own");
        assertEquals(String.valueOf(port), onFx(() -> robot.lookup("#remotePort").queryAs(Label.class).getText()));
        assertEquals("ephemeral — chosen by the kernel", onFx(() -> robot.lookup("#ephemeralNote")
                .queryAs(Label.class).getText()));
        assertTrue(onFx(() -> robot.lookup("#ephemeralNote").queryAs(Label.class).isVisible()));

        robot.clickOn("#lineField").write("hello from the lab").push(KeyCode.ENTER);
        TableView<TranscriptRow> table = transcript(robot);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.kind() == TranscriptRow.Kind.RECEIVED
                && r.text().equals("hello from the lab\\n")));
        TranscriptRow received = onFx(() -> table.getItems().stream()
                .filter(r -> r.kind() == TranscriptRow.Kind.RECEIVED).findFirst().orElseThrow());
        assertEquals("19", received.bytes());
        assertEquals("68 65 6c 6c 6f 20 66 72 …", received.hex());
        waitUntil(() -> robot.lookup("#chunkHex").queryAs(TextArea.class).getText().startsWith(
                "00000000  68 65 6c 6c 6f 20 66 72  |hello fr|\n00000008  6f 6d 20 74 68 65 20 6c  |om the l|\n"));
        assertEquals("→ 19 bytes in 1 write    ← 19 bytes in 1 read", onFx(() -> robot.lookup("#countsLabel")
                .queryAs(Label.class).getText()));
        ClientStrip strip = robot.lookup("#clientStrip").queryAs(ClientStrip.class);
        assertTrue(onFx(strip::explanationText).startsWith("read(fd, buf, n) "), onFx(strip::explanationText));

        robot.clickOn("#closeButton");
        waitUntil(() -> robot.lookup("#sessionStatus").queryAs(Label.class).getText().startsWith(
                "client #1 · line mode: closed by this client"));
        assertTrue(onFx(() -> robot.lookup("#sendButton").queryAs(Button.class).isDisabled()));

        robot.clickOn("Burst of clients");
        typeInto(robot, "#clientsField", "200");
        typeInto(robot, "#concurrencyField", "40");
        robot.clickOn("#startBurstButton");
        waitUntil(() -> "200 / 200".equals(robot.lookup("#completedValue").queryAs(Label.class).getText()));
        assertEquals("0", onFx(() -> robot.lookup("#failedValue").queryAs(Label.class).getText()));
        assertEquals("200 / 200 clients finished", onFx(() -> robot.lookup("#burstProgressText")
                .queryAs(Label.class).getText()));
        assertTrue(onFx(() -> robot.lookup("#p99Value").queryAs(Label.class).getText()).endsWith(" ms"));
        assertTrue(onFx(() -> robot.lookup("#summary").query().isVisible()));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void aBadPortIsExplainedNextToTheFieldAndDisablesConnect(FxRobot robot) {
        robot.clickOn("#nav-clients");
        TextField portField = robot.lookup("#portField").queryAs(TextField.class);
        Label portError = robot.lookup("#portError").queryAs(Label.class);
        Button connect = robot.lookup("#connectButton").queryAs(Button.class);
        assertSame(onFx(portField::getParent), onFx(() -> portError.getParent().getParent()),
                "the message sits under its field, in the slot it shares with the hint");
        assertTrue(onFx(connect::isDisabled), "no port yet");
        assertFalse(onFx(portError::isVisible), "an empty port is not an error yet, only a hint");

        typeInto(robot, "#portField", "70000");
        assertEquals("port must be from 1 to 65535; 70000 is out of range", onFx(portError::getText));
        assertTrue(onFx(portError::isVisible));
        assertTrue(onFx(connect::isDisabled));

        typeInto(robot, "#portField", "http");
        assertEquals("port must be a whole number from 1 to 65535, not \"http\"", onFx(portError::getText));
        assertTrue(onFx(connect::isDisabled));

        typeInto(robot, "#portField", "80");
        assertFalse(onFx(portError::isVisible));
        assertFalse(onFx(connect::isDisabled), "fixing the port enables Connect again");
        assertEquals("well-known port of http", onFx(() -> robot.lookup("#portHint").queryAs(Label.class)
                .getText()));
    }

    @Test
    void aClosedPortIsRefusedInPlainWordsWithoutADialog(FxRobot robot) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        robot.clickOn("#nav-clients");
        typeInto(robot, "#portField", String.valueOf(port));
        robot.clickOn("#connectButton");
        Label status = robot.lookup("#sessionStatus").queryAs(Label.class);
        waitUntil(() -> "client #1 · read until EOF: connection refused: nothing is listening on that port"
                .equals(status.getText()));
        assertEquals(1, onFx(() -> robot.listWindows().size()), "no dialog opened");
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }
}
