package socketlab.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import socketlab.Eventually;
import socketlab.net.Endpoint;
import socketlab.ui.LabWindowFixture;

/** The Servers pane driven with the mouse and keyboard robot, against real sockets on loopback. */
class ServersPaneFxTest extends LabWindowFixture {
    ServersPaneFxTest() {
        // The headless screen is smaller than a laptop's; test at the window's designed size.
        super(1280, 800);
    }

    @Test
    void startAnEchoServerSeeTheConnectionCloseItFromTheWindowAndStop(FxRobot robot) throws Exception {
        robot.clickOn("#kind-echo");
        robot.clickOn("#startButton");
        waitUntil(() -> robot.lookup("#listenPort").queryAs(Label.class).isVisible()
                && !robot.lookup("#listenPort").queryAs(Label.class).getText().isEmpty());
        int port = Integer.parseInt(onFx(() -> robot.lookup("#listenPort").queryAs(Label.class).getText()));
        assertTrue(port > 0, "the kernel chose a port and the window shows it");
        CallStrip strip = robot.lookup("#callStrip").queryAs(CallStrip.class);
        waitUntil(() -> strip.explanationText().startsWith("listen(backlog) "));

        try (Socket client = new Socket()) {
            client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            client.setSoTimeout((int) Eventually.PATIENCE.toMillis());
            String clientEnd = Endpoint.of(client.getLocalSocketAddress()).toString();

            waitUntil(() -> rowOf(robot, clientEnd).isPresent());
            waitUntil(() -> strip.explanationText().startsWith("accept() "));
            TableRow<ConnectionRow> row = rowOf(robot, clientEnd).orElseThrow();
            assertEquals("127.0.0.1:" + port, onFx(() -> row.getItem().server()));
            assertEquals(clientEnd, onFx(() -> row.getItem().client()));

            Button close = onFx(() -> (Button) row.lookup(".close-connection"));
            assertNotNull(close);
            robot.clickOn(close);
            assertEquals(-1, ServersViewModelTest.readOrReset(client.getInputStream()),
                    "the client sees the server close its end");
            waitUntil(() -> rowOf(robot, clientEnd).isEmpty());
        }

        robot.clickOn("#stopButton");
        waitUntil(() -> robot.lookup("#serverList").queryAs(ListView.class).getItems().isEmpty());
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void aWebServerStartedFromThePaneServesCurlTwiceOnOneConnectionAndTheClientsPaneFetchesItsPage(FxRobot robot)
            throws Exception {
        robot.clickOn("#kind-http");
        assertTrue(onFx(() -> robot.lookup("#kindSummary").queryAs(Label.class).getText()).startsWith(
                "a web server: answers GET /"));
        robot.clickOn("#startButton");
        Label portLabel = robot.lookup("#listenPort").queryAs(Label.class);
        waitUntil(() -> !portLabel.getText().isEmpty());
        int port = Integer.parseInt(onFx(portLabel::getText));
        String url = "http://127.0.0.1:" + port + "/";
        assertEquals("$ curl -v " + url + "   (or open it in a browser)",
                onFx(() -> robot.lookup("#tryIt").queryAs(Label.class).getText()));
        CallStrip strip = robot.lookup("#callStrip").queryAs(CallStrip.class);
        waitUntil(() -> strip.explanationText().startsWith("listen(backlog) "));

        Process curl = new ProcessBuilder("curl", "-sS", "-o", "/dev/null", "-o", "/dev/null", "-w",
                "%{http_code} ", url, url + "index.html").start();
        String codes = new String(curl.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(curl.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("200 200 ", codes);
        @SuppressWarnings("unchecked")
        ListView<LogLine> log = robot.lookup("#logList").queryAs(ListView.class);
        waitUntil(() -> log.getItems().stream().anyMatch(l -> l.text().equals("#1 request 2: GET /index.html"
                + " HTTP/1.1")));
        // The response is logged after the request, possibly a pulse later.
        waitUntil(() -> log.getItems().stream().anyMatch(l -> l.text().startsWith("#1 response 2: HTTP/1.1"
                + " 200 OK, ")));
        assertTrue(onFx(() -> log.getItems().stream().noneMatch(l -> l.text().startsWith("accepted")
                && l.text().endsWith("(#2)"))), "curl's two requests shared one connection");
        waitUntil(() -> strip.explanationText().startsWith("write() → HTTP/1.1 200 OK the response")
                || strip.explanationText().startsWith("close() "));

        robot.clickOn("#nav-clients");
        robot.clickOn("#serverMenu");
        robot.clickOn(onFx(() -> robot.lookup("#serverMenu").queryAs(javafx.scene.control.MenuButton.class)
                .getItems().getFirst().getText()));
        assertTrue(onFx(() -> robot.lookup("#mode-http").queryAs(javafx.scene.control.RadioButton.class)
                .isSelected()), "a web server is talked to in HTTP mode");
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#sessionStatus").queryAs(Label.class).getText().contains("done: read"
                + " returned 0 (EOF)"));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void badPortsShowTheirMessageNextToTheFieldAndDisableStart(FxRobot robot) {
        TextField portField = robot.lookup("#portField").queryAs(TextField.class);
        Label portError = robot.lookup("#portError").queryAs(Label.class);
        Button start = robot.lookup("#startButton").queryAs(Button.class);
        assertSame(onFx(portField::getParent), onFx(() -> portError.getParent().getParent()),
                "the message sits under its field, in the slot it shares with the hint");
        assertFalse(onFx(portError::isVisible));
        assertFalse(onFx(start::isDisabled));

        typeInto(robot, "#portField", "abc");
        assertEquals("port must be a whole number from 0 to 65535, not \"abc\"", onFx(portError::getText));
        assertTrue(onFx(portError::isVisible));
        assertTrue(onFx(start::isDisabled));

        typeInto(robot, "#portField", "70000");
        assertEquals("port must be from 0 to 65535; 70000 is out of range", onFx(portError::getText));
        assertTrue(onFx(start::isDisabled));

        typeInto(robot, "#portField", "-1");
        assertEquals("port must be from 0 to 65535; -1 is out of range", onFx(portError::getText));
        assertTrue(onFx(start::isDisabled));

        typeInto(robot, "#portField", "0");
        assertFalse(onFx(portError::isVisible));
        assertFalse(onFx(start::isDisabled), "fixing the port enables Start again");
    }

    @Test
    void aPortInUseIsRefusedInPlainWordsNextToTheFormWithoutADialog(FxRobot robot) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            typeInto(robot, "#portField", port);
            robot.clickOn("#startButton");

            Label startError = robot.lookup("#startError").queryAs(Label.class);
            waitUntil(startError::isVisible);
            String message = onFx(startError::getText);
            assertTrue(message.startsWith("The server did not start: port " + port + " on 127.0.0.1 is already in"
                    + " use"), message);
            assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
            assertEquals(port, onFx(() -> robot.lookup("#portField").queryAs(TextField.class).getText()),
                    "the form keeps its values");
            assertTrue(onFx(() -> robot.lookup("#serverList").queryAs(ListView.class).getItems().isEmpty()));
            assertEquals(1, onFx(() -> robot.listWindows().size()), "no dialog opened");
            assertTrue(errors.reports().isEmpty(), errors.reports().toString());
        }
    }

    @Test
    void theSideColumnGivesWayToTheSelectedServerAndComesBack(FxRobot robot) {
        robot.clickOn("#hideSideButton");
        assertFalse(onFx(() -> robot.lookup("#side").query().isVisible()), "the form is hidden");
        assertTrue(onFx(() -> robot.lookup("#sideBar").query().isVisible()), "a narrow bar brings it back");
        robot.clickOn("#showSideButton");
        assertTrue(onFx(() -> robot.lookup("#side").query().isVisible()), "the form is back");
        assertFalse(onFx(() -> robot.lookup("#sideBar").query().isVisible()), "the narrow bar is gone");
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }

    /** The table row showing the connection whose client end is {@code client}, if it is shown. */
    @SuppressWarnings("unchecked")
    private static Optional<TableRow<ConnectionRow>> rowOf(FxRobot robot, String client) {
        return onFx(() -> {
            for (Node n : robot.lookup("#connectionsTable .table-row-cell").queryAll()) {
                TableRow<ConnectionRow> row = (TableRow<ConnectionRow>) n;
                if (row.getItem() != null && row.getItem().client().equals(client)) {
                    return Optional.of(row);
                }
            }
            return Optional.empty();
        });
    }
}
