package socketlab.ui.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;
import socketlab.net.ConnectionSource;
import socketlab.net.Endpoint;
import socketlab.net.EphemeralPorts;
import socketlab.net.LabConnection;
import socketlab.net.MachineSockets;
import socketlab.net.PortNotes;
import socketlab.net.TcpState;
import socketlab.net.TcpTable;
import socketlab.server.LabServer;
import socketlab.server.ServerConfig;
import socketlab.server.ServerConnections;
import socketlab.server.ServerKind;
import socketlab.ui.ManualPulses;

/**
 * The Connections pane's model over a real lab server, real client sockets and this machine's real TCP table; the
 * test takes the snapshots and fires the pulses itself.
 */
class ConnectionsViewModelTest {
    private final ManualPulses pulses = new ManualPulses();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private final List<AutoCloseable> open = new ArrayList<>();
    // Connected sockets a test holds as the lab's own clients, listed the way a lab client would list itself.
    private final List<Socket> labClients = new CopyOnWriteArrayList<>();
    private LabServer server;
    private ConnectionsViewModel vm;

    @AfterEach
    void closeEverything() throws Exception {
        if (vm != null) {
            vm.close();
        }
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
        poller.shutdownNow();
    }

    private void startEchoServer() throws Exception {
        server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { });
        open.add(server);
        vm = new ConnectionsViewModel(List.of(new ServerConnections(server), this::clientConnections),
                TcpTable::read, TcpTable.available(), PortNotes::system, poller, pulses);
    }

    private List<LabConnection> clientConnections() {
        List<LabConnection> list = new ArrayList<>();
        for (Socket s : labClients) {
            list.add(new LabConnection("client " + s.getLocalPort(), "client #" + (labClients.indexOf(s) + 1),
                    Endpoint.of(s.getLocalSocketAddress()), Endpoint.of(s.getRemoteSocketAddress()), "connected", 0,
                    0, Instant.now()));
        }
        return list;
    }

    private Socket connect() throws Exception {
        Socket s = new Socket();
        open.add(s);
        s.connect(server.localEndpoint().toSocketAddress());
        s.setSoTimeout((int) Eventually.PATIENCE.toMillis());
        return s;
    }

    private void refresh() {
        vm.pollLab();
        vm.pollMachine();
        pulses.fire();
    }

    private Optional<LabRow> labRow(Predicate<LabRow> p) {
        return vm.labRows().stream().filter(p).findFirst();
    }

    private Optional<MachineRow> machineRow(Predicate<MachineRow> p) {
        return vm.machineRows().stream().filter(p).findFirst();
    }

    @Test
    void eachServerConnectionIsARowWithBothEndsAndItsPortsExplained() throws Exception {
        startEchoServer();
        Endpoint listening = server.localEndpoint();
        Socket a = connect();
        Socket b = connect();
        Endpoint aEnd = Endpoint.of(a.getLocalSocketAddress());
        Eventually.until("two rows", this::refresh, () -> vm.labRows().size() == 2);
        assertEquals("(2 connections)", "(" + vm.labCountProperty().get() + ")");

        LabRow row = labRow(r -> r.remote().equals(aEnd)).orElseThrow();
        assertEquals(listening, row.local());
        assertEquals(listening.toString(), row.localText());
        assertEquals(aEnd.toString(), row.remoteText());
        assertEquals("echo server " + listening, row.owner());
        assertEquals("listening ↔ ephemeral", row.portsProperty().get());
        assertEquals("local  " + listening.port() + " — the server's listening port (in the ephemeral range "
                + EphemeralPorts.system() + ", as when the kernel picks it for port 0)\nremote "
                + aEnd.port() + " — ephemeral, chosen by the kernel", row.portsDetailProperty().get());

        a.getOutputStream().write("hi\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("hi\n", new String(a.getInputStream().readNBytes(3), StandardCharsets.US_ASCII));
        Eventually.until("3 bytes each way, updated in place", this::refresh,
                () -> row.bytesInProperty().get().equals("3") && row.bytesOutProperty().get().equals("3"));
        assertSame(row, labRow(r -> r.remote().equals(aEnd)).orElseThrow(), "the same row object, updated");
        assertEquals("active", row.stateProperty().get());

        vm.select(row);
        b.close();
        Eventually.until("the closed client's row gone", this::refresh, () -> vm.labRows().size() == 1);
        assertSame(row, vm.selectedProperty().get(), "the selection survives other rows leaving");
        a.close();
        Eventually.until("no rows", this::refresh, () -> vm.labRows().isEmpty());
        assertNull(vm.selectedProperty().get(), "a row that left cannot stay selected");
        assertEquals(Pairing.NOTHING_SELECTED, vm.pairTextProperty().get());
    }

    @Test
    void aLabClientAndTheLabServerShowTheTwoEndsAsMirroredRows() throws Exception {
        startEchoServer();
        Socket client = connect();
        labClients.add(client);
        Endpoint clientEnd = Endpoint.of(client.getLocalSocketAddress());
        Endpoint listening = server.localEndpoint();
        Eventually.until("both ends", this::refresh, () -> vm.labRows().size() == 2);

        LabRow serverEnd = labRow(r -> r.owner().startsWith("echo server")).orElseThrow();
        LabRow clientRow = labRow(r -> r.owner().equals("client #1")).orElseThrow();
        assertEquals(0, vm.labRows().indexOf(serverEnd), "sources are listed in order: servers first");
        assertTrue(serverEnd.mirrors(clientRow));
        assertEquals("ephemeral ↔ listening", clientRow.portsProperty().get(),
                "the client's remote port is known to be a listening one");

        vm.select(serverEnd);
        assertEquals(Highlight.MIRROR, clientRow.highlightProperty().get());
        assertEquals(Highlight.NONE, serverEnd.highlightProperty().get());
        assertEquals("lab row 1 and lab row 2 are the two ends of one TCP connection: (" + clientEnd + ", "
                + listening + ").", vm.pairTextProperty().get());
        assertTrue(vm.portsTextProperty().get().startsWith("local  " + listening.port() + " — the server's"));
        assertSame(clientRow, vm.labPartnerProperty().get());
        assertNull(vm.machinePartnerProperty().get());

        vm.select(clientRow);
        assertEquals(Highlight.MIRROR, serverEnd.highlightProperty().get());
        assertEquals(Highlight.NONE, clientRow.highlightProperty().get());
        assertEquals("lab row 2 and lab row 1 are the two ends of one TCP connection: (" + clientEnd + ", "
                + listening + ").", vm.pairTextProperty().get(), "the pair is (client, server) either way");
    }

    @Test
    void theWholeMachineTableShowsTheClientsEndAndTheLabsOwnSocketsMarked() throws Exception {
        startEchoServer();
        Socket client = connect();
        Endpoint clientEnd = Endpoint.of(client.getLocalSocketAddress());
        Endpoint listening = server.localEndpoint();
        Eventually.until("the server's row", this::refresh, () -> vm.labRows().size() == 1);
        LabRow serverEnd = vm.labRows().getFirst();

        vm.select(serverEnd);
        assertEquals("lab row 1 is one end of the TCP connection (" + clientEnd + ", " + listening + "). Its other"
                + " end is held outside the lab: turn on Whole machine to see it, if it is on this machine.",
                vm.pairTextProperty().get());

        vm.wholeMachineProperty().set(true);
        // The kernel may reuse a port that another connection, to another server, still holds in TIME_WAIT: a
        // socket is told by its local and remote ends together.
        Predicate<MachineRow> clientsEnd = m -> m.local().equals(clientEnd) && m.remote().equals(listening);
        Eventually.until("the client's end in the machine table", this::refresh,
                () -> machineRow(clientsEnd).isPresent());
        MachineRow clientRow = machineRow(clientsEnd).orElseThrow();
        MachineRow serverRow = machineRow(m -> m.local().equals(listening) && m.remote().equals(clientEnd))
                .orElseThrow();
        MachineRow listener = machineRow(m -> m.local().equals(listening) && m.state() == TcpState.LISTEN)
                .orElseThrow();
        assertEquals(TcpState.ESTABLISHED, clientRow.state());
        assertEquals(listening, clientRow.remote());
        assertEquals("", clientRow.labOwnerProperty().get(), "a plain socket is not the lab's");
        assertEquals("echo server " + listening, serverRow.labOwnerProperty().get());
        assertEquals("lab server, listening", listener.labOwnerProperty().get());
        assertEquals("0.0.0.0:*", listener.remoteText(), "as ss writes it; the dual-stack socket's :: shown as IPv4");
        assertEquals("ephemeral ↔ listening", clientRow.portsProperty().get());
        assertEquals("listening ↔ none", listener.portsProperty().get());

        assertEquals(Highlight.MIRROR, clientRow.highlightProperty().get(), "the other end, in the machine table");
        assertEquals(Highlight.SAME, serverRow.highlightProperty().get(), "the selected socket as the kernel lists it");
        assertEquals(Highlight.NONE, listener.highlightProperty().get());
        int clientIndex = vm.machineRows().indexOf(clientRow) + 1;
        int serverIndex = vm.machineRows().indexOf(serverRow) + 1;
        assertEquals("lab row 1 and machine row " + clientIndex + " are the two ends of one TCP connection: ("
                + clientEnd + ", " + listening + "). The kernel lists this end as machine row " + serverIndex + ".",
                vm.pairTextProperty().get());
        assertTrue(vm.machineCountProperty().get().contains(" · 2 the lab's"), vm.machineCountProperty().get());
        assertSame(clientRow, vm.machinePartnerProperty().get(), "the machine table scrolls to the other end");

        vm.onlyLabPortsProperty().set(true);
        Set<Integer> labPorts = Set.of(listening.port(), clientEnd.port());
        assertTrue(vm.machineRows().stream().allMatch(m -> labPorts.contains(m.local().port())
                || labPorts.contains(m.remote().port())), "only sockets with a lab port at either end");
        assertTrue(vm.machineRows().containsAll(List.of(listener, serverRow, clientRow)),
                "the listener and both ends stay, the same rows");
        vm.onlyLabPortsProperty().set(false);

        vm.select(clientRow);
        assertEquals(Highlight.MIRROR, serverEnd.highlightProperty().get(), "the machine row lights the lab row");
        assertEquals(Highlight.MIRROR, serverRow.highlightProperty().get());
        assertTrue(vm.pairTextProperty().get().startsWith("machine row " + clientIndex + " and lab row 1 are the two"
                + " ends of one TCP connection"), vm.pairTextProperty().get());

        vm.select(listener);
        assertTrue(vm.pairTextProperty().get().startsWith("machine row " + (vm.machineRows().indexOf(listener) + 1)
                + " is a listening socket on " + listening + ": it has no other end."), vm.pairTextProperty().get());
    }

    @Test
    void filtersHideListeningAndTimeWaitSockets() throws Exception {
        startEchoServer();
        Socket client = connect();
        Endpoint clientEnd = Endpoint.of(client.getLocalSocketAddress());
        vm.wholeMachineProperty().set(true);
        Eventually.until("the listener", this::refresh, () -> machineRow(m -> m.state() == TcpState.LISTEN
                && m.local().equals(server.localEndpoint())).isPresent());

        vm.showListeningProperty().set(false);
        assertTrue(machineRow(m -> m.state() == TcpState.LISTEN).isEmpty(), "applied at once, without a new read");
        assertTrue(vm.machineCountProperty().get().contains("hidden by the filters"));

        client.close(); // the client closes first, so its end waits in TIME_WAIT
        Eventually.until("the client's end in TIME_WAIT", this::refresh, () -> machineRow(m -> m.local()
                .equals(clientEnd) && m.remote().equals(server.localEndpoint()) && m.state() == TcpState.TIME_WAIT)
                .isPresent());
        vm.showTimeWaitProperty().set(false);
        assertTrue(machineRow(m -> m.state() == TcpState.TIME_WAIT).isEmpty());

        vm.wholeMachineProperty().set(false);
        assertTrue(vm.machineRows().isEmpty(), "turning it off empties the table");
        vm.pollMachine();
        pulses.fire();
        assertTrue(vm.machineRows().isEmpty(), "and it is not read while off");
    }

    @Test
    void whereThereIsNoKernelTableTheToggleStaysOffAndSaysWhy() throws Exception {
        server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { });
        open.add(server);
        MachineSockets none = new MachineSockets.Unavailable("not Linux");
        vm = new ConnectionsViewModel(List.of(new ServerConnections(server)), () -> none, false,
                PortNotes::system, poller, pulses);
        assertFalse(vm.machineAvailable());
        assertTrue(vm.machineNoteProperty().get().startsWith("Whole machine is Linux only"));
        vm.wholeMachineProperty().set(true);
        assertFalse(vm.wholeMachineProperty().get(), "it cannot be turned on");
    }

    @Test
    void anUnreadableTableIsSaidInPlainWords() throws Exception {
        server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { });
        open.add(server);
        ConnectionSource servers = new ServerConnections(server);
        vm = new ConnectionsViewModel(List.of(servers), () -> TcpTable.read(java.nio.file.Path.of("/no/such/tcp"),
                java.nio.file.Path.of("/no/such/tcp6")), true, PortNotes::system, poller, pulses);
        vm.wholeMachineProperty().set(true);
        refresh();
        assertTrue(vm.machineNoteProperty().get().startsWith("The whole-machine table is not available: the"
                + " whole-machine table is Linux only"), vm.machineNoteProperty().get());
        assertTrue(vm.machineRows().isEmpty());
    }
}
