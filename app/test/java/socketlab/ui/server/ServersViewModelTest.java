package socketlab.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;
import socketlab.net.Endpoint;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.server.SocketCall;
import socketlab.ui.Background;
import socketlab.ui.ManualPulses;
import socketlab.ui.RecordingErrorReporter;

/** The Servers pane's model over real loopback servers; commands run synchronously, pulses are fired by hand. */
class ServersViewModelTest {
    private final ManualPulses pulses = new ManualPulses();
    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private final ServersViewModel vm = new ServersViewModel(new Background(Runnable::run, Runnable::run), poller,
            pulses, errors);

    @AfterEach
    void closeEverything() {
        vm.close();
        poller.shutdownNow();
    }

    @Test
    void aRefusalGoesOnceTheFormChanges() {
        // 192.0.2.1 is a documentation address that no interface of this machine has: bind() refuses it.
        vm.form().bind().textProperty().set("192.0.2.1");
        vm.start();
        assertTrue(vm.startErrorProperty().get().contains("192.0.2.1"), vm.startErrorProperty().get());
        assertTrue(vm.servers().isEmpty());
        vm.form().bind().textProperty().set("127.0.0.");
        assertEquals("", vm.startErrorProperty().get(), "the message was about 192.0.2.1");
        vm.form().bind().textProperty().set("192.0.2.1");
        vm.start();
        assertTrue(vm.startErrorProperty().get().contains("192.0.2.1"));
        vm.form().port().textProperty().set("5000");
        assertEquals("", vm.startErrorProperty().get(), "it was not about port 5000 either");
    }

    @Test
    void startShowsTheServerItsConnectionsAndItsLogThenStopFreesThePort() throws Exception {
        vm.form().kindProperty().set(ServerKind.ECHO);
        vm.start();

        assertEquals(1, vm.servers().size());
        RunningServerViewModel server = vm.selectedProperty().get();
        assertNotNull(server);
        int port = server.port();
        assertTrue(port > 0, "the kernel chose a port");
        assertEquals("", vm.startErrorProperty().get());

        pulses.fire();
        assertEquals("listening on 127.0.0.1:" + port + " (backlog " + ServerConfig.DEFAULT_BACKLOG
                + ", SO_REUSEADDR on)",
                server.log().getFirst().text());
        StepFlash first = server.flashProperty().get();
        assertEquals(SocketCall.LISTEN, first.call());
        assertTrue(first.startup(), "after a start the strip plays socket, setsockopt, bind and listen");

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            client.setSoTimeout((int) Eventually.PATIENCE.toMillis());
            client.getOutputStream().write("hi\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("hi\n", new String(client.getInputStream().readNBytes(3), StandardCharsets.US_ASCII));
            String clientEnd = Endpoint.of(client.getLocalSocketAddress()).toString();

            Eventually.until("a row for " + clientEnd, pulses::fire,
                    () -> server.connections().stream().anyMatch(r -> r.client().equals(clientEnd)));
            ConnectionRow row = server.connections().getFirst();
            assertEquals("127.0.0.1:" + port, row.server());
            Eventually.until("3 bytes each way", pulses::fire,
                    () -> row.bytesInProperty().get().equals("3") && row.bytesOutProperty().get().equals("3"));
            assertEquals("active", row.stateProperty().get());
            assertTrue(server.log().stream().anyMatch(l -> l.text().startsWith("accepted " + clientEnd + " → ")));
            assertEquals(1, server.statsProperty().get().accepted());

            server.closeConnection(row);
            assertEquals(-1, readOrReset(client.getInputStream()), "the server closed its end");
            Eventually.until("the row to go", pulses::fire, () -> server.connections().isEmpty());
            assertTrue(server.log().stream().anyMatch(l -> l.text().contains("closed from the lab")));
        }

        vm.stop(server);
        assertTrue(vm.servers().isEmpty());
        assertEquals(null, vm.selectedProperty().get());
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void aPortInUseIsReportedInPlainWordsAndTheFormKeepsItsValues() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            vm.form().kindProperty().set(ServerKind.TIME);
            vm.form().modeProperty().set(Mode.ITERATIVE);
            vm.form().port().textProperty().set(port);
            vm.start();

            assertTrue(vm.servers().isEmpty());
            assertEquals("The server did not start: port " + port + " on 127.0.0.1 is already in use by another"
                    + " program (or another lab server); choose another port, or 0 to let the kernel pick one",
                    vm.startErrorProperty().get());
            assertEquals(port, vm.form().port().textProperty().get());
            assertEquals(ServerKind.TIME, vm.form().kindProperty().get());
            assertTrue(vm.canStartProperty().get(), "the user can correct the port and try again");
            assertTrue(errors.reports().isEmpty(), "a refusal is not an unexpected error: no dialog");
        }
    }

    @Test
    void severalServersRunAtOnceAndSelectionFollowsStops() {
        vm.start();
        vm.form().kindProperty().set(ServerKind.ECHO);
        vm.form().modeProperty().set(Mode.SEMAPHORE);
        vm.start();
        assertEquals(2, vm.servers().size());
        RunningServerViewModel hello = vm.servers().get(0);
        RunningServerViewModel echo = vm.servers().get(1);
        assertEquals(echo, vm.selectedProperty().get(), "a new server is selected");
        assertTrue(echo.title().startsWith("echo · semaphore(16) · 127.0.0.1:"), echo.title());
        assertFalse(hello.port() == echo.port());

        vm.select(hello);
        vm.stop(hello);
        assertEquals(echo, vm.selectedProperty().get(), "the remaining server is selected");
        Eventually.until("the semaphore gauge", pulses::fire,
                () -> echo.gaugeTextProperty().get().startsWith("0 / 16 permits in use · 0 clients waiting"));
    }

    @Test
    void closingStopsEveryServerAndFreesTheirPorts() throws Exception {
        vm.start();
        vm.form().kindProperty().set(ServerKind.ECHO);
        vm.start();
        int first = vm.servers().get(0).port();
        int second = vm.servers().get(1).port();
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), second)) {
            client.setSoTimeout((int) Eventually.PATIENCE.toMillis());
            vm.close();
            assertEquals(-1, readOrReset(client.getInputStream()), "open connections are closed too");
        }
        assertTrue(vm.servers().isEmpty());
        for (int port : new int[] {first, second}) {
            try (ServerSocket again = new ServerSocket()) {
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
        }
    }

    @Test
    void invalidFormDisablesStart() {
        vm.form().port().textProperty().set("70000");
        assertFalse(vm.canStartProperty().get());
        vm.start();
        assertTrue(vm.servers().isEmpty(), "start does nothing while the form is invalid");
        vm.form().port().textProperty().set("0");
        assertTrue(vm.canStartProperty().get());
    }

    /** Reads one byte: -1 at the end of the stream; a reset also means the server closed. */
    static int readOrReset(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (SocketException reset) {
            return -1;
        }
    }
}
