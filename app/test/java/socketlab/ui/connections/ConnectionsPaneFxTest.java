package socketlab.ui.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import socketlab.net.Endpoint;
import socketlab.net.EphemeralPorts;
import socketlab.ui.LabWindowFixture;

/**
 * The Connections pane driven with the robot: a lab echo server started in the Servers pane, plain client sockets
 * on loopback, their rows with both ends and the ports explained, and the whole-machine table pairing the ends.
 */
class ConnectionsPaneFxTest extends LabWindowFixture {
    private static final PseudoClass MIRROR = PseudoClass.getPseudoClass("mirror");
    private static final PseudoClass SAME = PseudoClass.getPseudoClass("same-socket");
    private static final PseudoClass LAB_OWN = PseudoClass.getPseudoClass("lab-own");

    private final List<Socket> clients = new ArrayList<>();

    ConnectionsPaneFxTest() {
        super(1280, 800);
    }

    @AfterEach
    void closeClients() throws Exception {
        for (Socket s : clients) {
            s.close();
        }
    }

    @Test
    void eachClientOfALabServerIsARowAndTheWholeMachineTableShowsAndPairsItsOtherEnd(FxRobot robot)
            throws Exception {
        int port = startEchoServer(robot);
        Endpoint listening = new Endpoint(InetAddress.getByName("127.0.0.1"), port);
        Endpoint first = connect(port);
        Endpoint second = connect(port);

        robot.clickOn("#nav-connections");
        waitUntil(() -> labRow(robot, r -> r.remote().equals(first)).isPresent()
                && labRow(robot, r -> r.remote().equals(second)).isPresent());
        for (Endpoint client : List.of(first, second)) {
            LabRow row = onFx(() -> labRow(robot, r -> r.remote().equals(client)).orElseThrow().getItem());
            assertEquals(listening.toString(), row.localText(), "local is the server's end");
            assertEquals(client.toString(), row.remoteText(), "remote is the client's end");
            assertEquals("echo server " + listening, row.owner());
            assertEquals("listening ↔ ephemeral", onFx(() -> row.portsProperty().get()));
        }
        assertEquals("(2 connections)", text(robot, "#labCount"));

        TableRow<LabRow> firstRow = labRow(robot, r -> r.remote().equals(first)).orElseThrow();
        robot.clickOn(firstRow);
        int labIndex = onFx(firstRow::getIndex) + 1;
        String pair = "(" + first + ", " + listening + ")";
        assertEquals("lab row " + labIndex + " is one end of the TCP connection " + pair + ". Its other end is held"
                + " outside the lab: turn on Whole machine to see it, if it is on this machine.",
                text(robot, "#pairLine"));
        assertEquals("local  " + port + " — the server's listening port (in the ephemeral range "
                + EphemeralPorts.system() + ", as when the kernel picks it for port 0)\nremote " + first.port()
                + " — ephemeral, chosen by the kernel", text(robot, "#portsLine"));

        CheckBox whole = robot.lookup("#wholeMachineToggle").queryAs(CheckBox.class);
        assertFalse(onFx(whole::isDisabled), "this is Linux: the kernel's table can be shown");
        robot.clickOn(whole);
        // Other programs' sockets come and go and move the machine rows between two looks, so each look reads
        // everything it needs in one go on the JavaFX thread; the table brings the other end into view by itself.
        AtomicReference<Seen> client = new AtomicReference<>();
        waitUntil(() -> {
            client.set(seen(robot, r -> r.local().equals(first) && r.remote().equals(listening)));
            return client.get() != null && client.get().lit(MIRROR);
        });
        Seen c = client.get();
        assertEquals(listening, c.row().remote(), "the test socket's end, as the kernel lists it: local is the"
                + " client's port");
        assertEquals("ESTABLISHED", c.row().state().name());
        assertFalse(c.lit(LAB_OWN), "a plain socket, not the lab's");
        assertTrue(c.pairLine().startsWith("lab row " + labIndex + " and machine row " + c.number() + " are the two"
                + " ends of one TCP connection: " + pair + ". The kernel lists this end as machine row "),
                c.pairLine());

        // Narrowed to the lab's ports, the kernel's rows of this connection all fit on screen.
        robot.clickOn("#onlyLabPorts");
        AtomicReference<Seen> server = new AtomicReference<>();
        waitUntil(() -> {
            server.set(seen(robot, r -> r.local().equals(listening) && r.remote().equals(first)));
            return server.get() != null && server.get().lit(SAME);
        });
        assertTrue(server.get().lit(LAB_OWN), "the server's end is the lab's");
        assertTrue(onFx(() -> ((TableView<?>) robot.lookup("#machineTable").query()).getItems().stream()
                .allMatch(m -> m instanceof MachineRow r && (r.local().port() == port || r.remote().port() == port
                        || r.local().port() == first.port() || r.local().port() == second.port()
                        || r.remote().port() == first.port() || r.remote().port() == second.port()))),
                "only sockets on the lab's ports");

        // Selecting the kernel's row of the client end lights the lab's row of the server end.
        robot.clickOn(machineRow(robot, r -> r.local().equals(first) && r.remote().equals(listening))
                .orElseThrow());
        waitUntil(() -> labRow(robot, r -> r.remote().equals(first)).map(r -> r.getPseudoClassStates()
                .contains(MIRROR)).orElse(false));
        assertTrue(text(robot, "#pairLine").matches("machine row \\d+ and lab row " + labIndex + " are the two"
                + " ends of one TCP connection: \\Q" + pair + "\\E"
                + " \\(the kernel lists that end as machine row \\d+\\)\\."),
                text(robot, "#pairLine"));
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void aLabClientAndALabServerOnLoopbackAreTwoMirroredRows(FxRobot robot) throws Exception {
        int port = startEchoServer(robot);
        robot.clickOn("#nav-clients");
        robot.clickOn("#serverMenu");
        robot.clickOn(onFx(() -> robot.lookup("#serverMenu").queryAs(MenuButton.class).getItems().getFirst()
                .getText()));
        robot.clickOn("#connectButton");
        Label localPort = robot.lookup("#localPort").queryAs(Label.class);
        waitUntil(() -> !localPort.getText().isEmpty());
        Endpoint clientEnd = new Endpoint(InetAddress.getByName("127.0.0.1"), Integer.parseInt(onFx(
                localPort::getText)));
        Endpoint listening = new Endpoint(InetAddress.getByName("127.0.0.1"), port);

        robot.clickOn("#nav-connections");
        waitUntil(() -> labRow(robot, r -> r.local().equals(listening) && r.remote().equals(clientEnd)).isPresent()
                && labRow(robot, r -> r.local().equals(clientEnd) && r.remote().equals(listening)).isPresent());
        TableRow<LabRow> serverEnd = labRow(robot, r -> r.local().equals(listening)).orElseThrow();
        LabRow client = onFx(() -> labRow(robot, r -> r.local().equals(clientEnd)).orElseThrow().getItem());
        assertEquals("client #1 (line mode)", client.owner());
        assertEquals("connected", onFx(() -> client.stateProperty().get()));
        assertEquals("ephemeral ↔ listening", onFx(() -> client.portsProperty().get()));

        robot.clickOn(serverEnd);
        waitUntil(() -> labRow(robot, r -> r == client).map(r -> r.getPseudoClassStates().contains(MIRROR))
                .orElse(false));
        String rows = onFx(() -> "lab row " + (labRow(robot, r -> r.local().equals(listening)).orElseThrow()
                .getIndex() + 1) + " and lab row " + (labRow(robot, r -> r == client).orElseThrow().getIndex() + 1));
        assertEquals(rows + " are the two ends of one TCP connection: (" + clientEnd + ", " + listening + ").",
                text(robot, "#pairLine"), "the socket pair is (client, server) whichever end is selected");
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    /** A machine row as shown at one moment: its item, its number, its pseudo-classes, and the pairing line. */
    private record Seen(MachineRow row, int number, Set<PseudoClass> states, String pairLine) {
        boolean lit(PseudoClass p) {
            return states.contains(p);
        }
    }

    /** The machine row on screen matching {@code p}, read in one go; null when none is shown. */
    private static Seen seen(FxRobot robot, Predicate<MachineRow> p) {
        return onFx(() -> machineRow(robot, p).map(r -> new Seen(r.getItem(), r.getIndex() + 1,
                Set.copyOf(r.getPseudoClassStates()), robot.lookup("#pairLine").queryAs(Label.class).getText()))
                .orElse(null));
    }

    private static int startEchoServer(FxRobot robot) throws Exception {
        robot.clickOn("#kind-echo");
        // The test's clients stay silent, and on a busy machine the test outlasts the default idle timeout (30 s),
        // after which the server's watchdog would close them and take their rows away.
        onFx(() -> {
            robot.lookup("#idleField").queryAs(javafx.scene.control.TextField.class).setText("3600");
            return null;
        });
        robot.clickOn("#startButton");
        waitUntil(() -> robot.lookup("#listenPort").queryAs(Label.class).isVisible()
                && !robot.lookup("#listenPort").queryAs(Label.class).getText().isEmpty());
        return Integer.parseInt(text(robot, "#listenPort"));
    }

    private Endpoint connect(int port) throws Exception {
        Socket s = new Socket();
        clients.add(s);
        s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        return Endpoint.of(s.getLocalSocketAddress());
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static Optional<TableRow<LabRow>> labRow(FxRobot robot, Predicate<LabRow> p) {
        return row(robot, "#labTable", LabRow.class, p);
    }

    private static Optional<TableRow<MachineRow>> machineRow(FxRobot robot, Predicate<MachineRow> p) {
        return row(robot, "#machineTable", MachineRow.class, p);
    }

    /** The table row on screen whose item matches {@code p}. */
    @SuppressWarnings("unchecked")
    private static <T> Optional<TableRow<T>> row(FxRobot robot, String table, Class<T> type, Predicate<T> p) {
        return onFx(() -> {
            for (Node n : robot.lookup(table + " .table-row-cell").queryAll()) {
                TableRow<?> row = (TableRow<?>) n;
                if (type.isInstance(row.getItem()) && p.test(type.cast(row.getItem())) && row.isVisible()) {
                    return Optional.of((TableRow<T>) row);
                }
            }
            return Optional.empty();
        });
    }
}
