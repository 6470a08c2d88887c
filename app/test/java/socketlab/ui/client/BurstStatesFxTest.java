package socketlab.ui.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.net.InetAddress;
import java.net.ServerSocket;
import javafx.scene.chart.AreaChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import socketlab.ui.LabWindowFixture;

/**
 * A new burst does not show the last one's summary and charts while it runs, and a message about a number takes
 * the place of the line naming the server instead of pushing the progress bar down.
 */
class BurstStatesFxTest extends LabWindowFixture {
    BurstStatesFxTest() {
        super(1280, 800);
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }

    private static void setText(FxRobot robot, String query, String text) {
        onFx(() -> {
            robot.lookup(query).queryAs(TextField.class).setText(text);
            return null;
        });
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    /** The points of the completions chart. */
    @SuppressWarnings("unchecked")
    private static java.util.List<?> completions(FxRobot robot) {
        AreaChart<Number, Number> chart = robot.lookup("#completionsChart").queryAs(AreaChart.class);
        return chart.getData().getFirst().getData();
    }

    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).query().isVisible());
    }

    @Test
    void aNewBurstHidesTheLastOnesChartsWhileItRuns(FxRobot robot) throws Exception {
        robot.clickOn("#startButton"); // a hello server: each client reads its greeting until EOF
        waitUntil(() -> !robot.lookup("#listenPort").queryAs(Label.class).getText().isEmpty());
        int hello = Integer.parseInt(text(robot, "#listenPort"));
        robot.clickOn("#nav-clients");
        robot.clickOn("Burst of clients");
        assertEquals("No burst has run yet.", text(robot, "#chartsTitle"));
        setText(robot, "#hostField", "127.0.0.1");
        setText(robot, "#portField", String.valueOf(hello));
        typeInto(robot, "#clientsField", "20");
        typeInto(robot, "#concurrencyField", "5");
        robot.clickOn("#startBurstButton");
        waitUntil(() -> "20 / 20".equals(robot.lookup("#completedValue").queryAs(Label.class).getText()));
        assertTrue(shown(robot, "#charts"));
        assertFalse(onFx(() -> completions(robot).isEmpty()));

        // A server that never answers: the kernel completes each connection (the listen backlog), nobody accepts,
        // and each client waits its read timeout. The burst runs for seconds, long enough to look at.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            setText(robot, "#portField", String.valueOf(silent.getLocalPort()));
            setText(robot, "#timeoutField", "3");
            typeInto(robot, "#clientsField", "2");
            robot.clickOn("#startBurstButton");
            assertFalse(onFx(() -> robot.lookup("#cancelBurstButton").queryAs(Button.class).isDisabled()),
                    "the burst runs");
            assertFalse(shown(robot, "#charts"), "the last burst's charts are gone");
            assertFalse(shown(robot, "#summary"), "and its summary");
            assertTrue(onFx(() -> completions(robot).isEmpty()));
            assertTrue(shown(robot, "#chartsPlaceholder"));
            assertEquals("The burst is running.", text(robot, "#chartsTitle"));
            waitUntil(() -> robot.lookup("#cancelBurstButton").queryAs(Button.class).isDisabled());
        }
        assertTrue(shown(robot, "#summary"), "the new burst's own summary");
        assertEquals("0 / 2", text(robot, "#completedValue"));
        assertEquals("2", text(robot, "#failedValue"));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void aBadNumberTakesThePlaceOfTheLineNamingTheServer(FxRobot robot) {
        robot.clickOn("#nav-clients");
        robot.clickOn("Burst of clients");
        double progress = onFx(() -> robot.lookup("#burstProgress").query().localToScene(0, 0).getY());
        assertTrue(shown(robot, "#burstTarget"));
        typeInto(robot, "#clientsField", "0");
        assertTrue(shown(robot, "#clientsError"));
        assertTrue(text(robot, "#clientsError").startsWith("clients must be"), text(robot, "#clientsError"));
        assertFalse(shown(robot, "#burstTarget"));
        assertEquals(progress, onFx(() -> robot.lookup("#burstProgress").query().localToScene(0, 0).getY()),
                "the progress bar stays where it was");
        typeInto(robot, "#concurrencyField", "x");
        assertEquals(2, text(robot, "#clientsError").lines().count(), "both numbers' messages");
        assertTrue(onFx(() -> robot.lookup("#startBurstButton").queryAs(Button.class).isDisabled()));
    }
}
