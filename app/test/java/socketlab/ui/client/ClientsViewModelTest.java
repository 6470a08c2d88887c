package socketlab.ui.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import socketlab.client.BurstMode;
import socketlab.client.ClientMode;
import socketlab.client.ClientSessions;
import socketlab.net.LabConnection;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerEvent;
import socketlab.server.ServerKind;
import socketlab.ui.Background;
import socketlab.ui.ManualPulses;
import socketlab.ui.PulseQueue;
import socketlab.ui.RecordingErrorReporter;
import socketlab.ui.client.ClientSessionViewModel.Phase;
import socketlab.ui.server.RunningServerViewModel;

/** The Clients pane's model over real loopback servers; commands run synchronously, pulses are fired by hand. */
class ClientsViewModelTest {
    private final ManualPulses pulses = new ManualPulses();
    private final ClientSessions sessions = new ClientSessions();
    private final Background sync = new Background(Runnable::run, Runnable::run);
    private final ObservableList<RunningServerViewModel> servers = FXCollections.observableArrayList();
    private final ClientsViewModel vm = new ClientsViewModel(sync, pulses, sessions, servers);

    @AfterEach
    void closeEverything() {
        vm.close();
    }

    private void aim(LabServer server, ClientMode mode) {
        vm.form().host().textProperty().set(server.localEndpoint().host());
        vm.form().port().textProperty().set(String.valueOf(server.localEndpoint().port()));
        vm.form().modeProperty().set(mode);
    }

    private List<TranscriptRow> rows(ClientSessionViewModel s, TranscriptRow.Kind kind) {
        return s.transcript().stream().filter(r -> r.kind() == kind).toList();
    }

    @Test
    void lineModeConnectsSendsALineShowsTheReplyAndCloses() throws Exception {
        try (LabServer echo = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { })) {
            aim(echo, ClientMode.LINE);
            assertTrue(vm.canConnectProperty().get());
            assertFalse(vm.canSendProperty().get());
            vm.connect();
            ClientSessionViewModel s = vm.sessionProperty().get();
            assertEquals(Phase.OPEN, s.phaseProperty().get());
            assertTrue(vm.canSendProperty().get());
            assertTrue(vm.canCloseProperty().get());

            pulses.fire();
            String local = s.localProperty().get();
            assertTrue(local.startsWith("127.0.0.1:"), local);
            assertNotEquals("127.0.0.1:" + echo.localEndpoint().port(), local, "the client's own, ephemeral port");
            assertEquals("local " + local + " (ephemeral — chosen by the kernel) → remote " + echo.localEndpoint(),
                    s.endsProperty().get());
            assertEquals(List.of("resolve", "socket", "connect"), s.transcript().stream().map(TranscriptRow::what)
                    .toList());
            assertEquals("connect", s.flashProperty().get().step().label());

            vm.lineProperty().set("hello lab");
            vm.send();
            assertEquals("", vm.lineProperty().get(), "the field empties for the next line");
            pulses.fire();
            TranscriptRow sent = rows(s, TranscriptRow.Kind.SENT).getFirst();
            assertEquals("hello lab\\n", sent.text());
            assertEquals("10", sent.bytes());
            assertEquals("68 65 6c 6c 6f 20 6c 61 …", sent.hex(), "the row shows the first bytes; the dump all");
            TranscriptRow received = rows(s, TranscriptRow.Kind.RECEIVED).getFirst();
            assertEquals("hello lab\\n", received.text());
            assertEquals("→ 10 bytes in 1 write    ← 10 bytes in 1 read", s.countsProperty().get());
            assertEquals(Phase.OPEN, s.phaseProperty().get());

            List<LabConnection> listed = sessions.labConnections();
            assertEquals(1, listed.size());
            assertEquals("client #1 (line mode)", listed.getFirst().owner());
            assertEquals(local, listed.getFirst().local().toString());

            vm.closeClient();
            pulses.fire();
            assertEquals(Phase.FINISHED, s.phaseProperty().get());
            assertTrue(s.statusProperty().get().startsWith("closed by this client"), s.statusProperty().get());
            assertEquals("close", s.transcript().getLast().what());
            assertFalse(vm.canSendProperty().get());
            assertFalse(vm.canCloseProperty().get());
            assertEquals(List.of(), sessions.labConnections());
        }
    }

    @Test
    void readUntilEofReadsTheHelloServerAndClosesByItself() throws Exception {
        try (LabServer hello = LabServer.start(ServerConfig.defaults(ServerKind.HELLO), e -> { })) {
            aim(hello, ClientMode.EOF);
            vm.connect();
            ClientSessionViewModel s = vm.sessionProperty().get();
            assertEquals(Phase.FINISHED, s.phaseProperty().get());
            assertEquals("done: read returned 0 (EOF) after 13 bytes from the server, so this client closed its"
                    + " socket too", s.statusProperty().get());
            pulses.fire();
            assertEquals("Hello world!\\n", rows(s, TranscriptRow.Kind.RECEIVED).getFirst().text());
            List<String> steps = s.transcript().stream().map(TranscriptRow::what).toList();
            assertEquals(List.of("resolve", "socket", "connect", "← received", "read: EOF", "close"), steps);
        }
    }

    @Test
    void anHttpGetShowsTheRequestAndTheRawReply() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        http.createContext("/", exchange -> {
            byte[] body = "<h1>lab</h1>\n".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        http.start();
        try {
            vm.form().host().textProperty().set("127.0.0.1");
            vm.form().port().textProperty().set(String.valueOf(http.getAddress().getPort()));
            vm.form().modeProperty().set(ClientMode.HTTP);
            vm.form().path().textProperty().set("/index.html");
            vm.connect();
            pulses.fire();
            ClientSessionViewModel s = vm.sessionProperty().get();
            assertEquals(Phase.FINISHED, s.phaseProperty().get(), s.statusProperty().get());
            assertEquals("GET /index.html HTTP/1.0\\r\\n\\r\\n", rows(s, TranscriptRow.Kind.SENT).getFirst().text());
            String reply = rows(s, TranscriptRow.Kind.RECEIVED).stream().map(TranscriptRow::text)
                    .reduce("", String::concat);
            assertTrue(reply.startsWith("HTTP/1.1 200 OK\\r\\n"), reply);
            assertTrue(reply.endsWith("\\r\\n\\r\\n<h1>lab</h1>\\n"), reply);
        } finally {
            http.stop(0);
        }
    }

    @Test
    void aRefusedConnectionSaysSoInPlainWords() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        vm.form().port().textProperty().set(String.valueOf(port));
        vm.connect();
        pulses.fire();
        ClientSessionViewModel s = vm.sessionProperty().get();
        assertEquals(Phase.FAILED, s.phaseProperty().get());
        assertEquals("connection refused: nothing is listening on that port", s.statusProperty().get());
        assertEquals("connect failed", s.transcript().getLast().what());
        assertTrue(vm.canConnectProperty().get(), "another try is one click away");
    }

    @Test
    void readingUntilEofFromAnEchoServerTimesOutAndSaysWhy() throws Exception {
        try (LabServer echo = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { })) {
            aim(echo, ClientMode.EOF);
            vm.form().timeoutSeconds().textProperty().set("1");
            vm.connect();
            ClientSessionViewModel s = vm.sessionProperty().get();
            assertEquals(Phase.FAILED, s.phaseProperty().get());
            assertEquals("timed out: nothing arrived within 1 s and the server did not close — a server that waits"
                    + " for a line first, such as echo, needs line mode", s.statusProperty().get());
        }
    }

    @Test
    void badInputIsExplainedAndKeepsConnectDisabled() {
        assertFalse(vm.canConnectProperty().get(), "no port yet");
        vm.form().port().textProperty().set("70000");
        assertEquals("port must be from 1 to 65535; 70000 is out of range", vm.form().port().errorProperty().get());
        assertFalse(vm.canConnectProperty().get());
        vm.form().port().textProperty().set("7");
        assertEquals("well-known port of echo", vm.form().portHintProperty().get());
        assertTrue(vm.canConnectProperty().get());
        vm.form().host().textProperty().set("500.304.259.1");
        assertEquals("500, 304 and 259 are greater than 255 and do not fit in one byte",
                vm.form().host().errorProperty().get());
        assertFalse(vm.canConnectProperty().get());
        vm.form().host().textProperty().set("::1");
        vm.form().modeProperty().set(ClientMode.HTTP);
        vm.form().path().textProperty().set("index.html");
        assertFalse(vm.canConnectProperty().get(), "HTTP needs a path that starts with /");
        vm.form().modeProperty().set(ClientMode.EOF);
        assertTrue(vm.canConnectProperty().get(), "the path counts only in HTTP mode");
        vm.form().timeoutSeconds().textProperty().set("0");
        assertEquals("timeout must be from 1 to 300; 0 is out of range",
                vm.form().timeoutSeconds().errorProperty().get());
        assertFalse(vm.canConnectProperty().get());
        assertFalse(vm.burst().canStartProperty().get(), "a burst needs the same server");
    }

    @Test
    void aRunningLabServerIsOneClickAway() throws Exception {
        RecordingErrorReporter errors = new RecordingErrorReporter();
        try (LabServer echo = LabServer.start(ServerConfig.defaults(ServerKind.ECHO).withMode(Mode.ITERATIVE),
                e -> { })) {
            servers.add(new RunningServerViewModel(echo, new PulseQueue<ServerEvent>(16), sync, errors));
            assertEquals(1, vm.serverChoices().size());
            ServerChoice choice = vm.serverChoices().getFirst();
            assertEquals("echo · iterative · " + echo.localEndpoint(), choice.label());
            vm.target(choice);
            assertEquals("127.0.0.1", vm.form().host().textProperty().get());
            assertEquals(String.valueOf(echo.localEndpoint().port()), vm.form().port().textProperty().get());
            assertEquals(ClientMode.LINE, vm.form().modeProperty().get());
            assertEquals(BurstMode.ECHO, vm.burst().modeProperty().get());
            servers.clear();
            assertEquals(List.of(), vm.serverChoices());
        }
    }

    @Test
    void aBurstReportsItsSummaryAndChartData() throws Exception {
        try (LabServer hello = LabServer.start(ServerConfig.defaults(ServerKind.HELLO).withMode(Mode.ITERATIVE),
                e -> { })) {
            aim(hello, ClientMode.EOF);
            BurstViewModel burst = vm.burst();
            burst.clients().textProperty().set("150");
            burst.concurrency().textProperty().set("30");
            assertTrue(burst.canStartProperty().get());
            burst.start(); // synchronous here: returns when the burst is over
            pulses.fire();
            assertFalse(burst.runningProperty().get());
            assertEquals(150, burst.resultProperty().get().completed(), burst.failures().toString());
            assertEquals(1.0, burst.progressProperty().get());
            assertEquals("150 / 150 clients finished", burst.progressTextProperty().get());
            assertTrue(burst.headlineProperty().get().startsWith("150 of 150 completed · "),
                    burst.headlineProperty().get());
            assertEquals(List.of(), burst.failures());
            assertEquals(150, burst.completions().stream().mapToInt(d -> d.getYValue().intValue()).sum());
            assertEquals(150, burst.latencies().stream().mapToInt(d -> d.getYValue().intValue()).sum());
            assertTrue(burst.bucketLabelProperty().get().matches("completed per \\d+ ms"));
            XYChart.Data<Number, Number> first = burst.completions().getFirst();
            assertEquals(0L, first.getXValue().longValue());
            assertEquals(List.of(), sessions.labConnections(), "a finished burst holds no connection");
        }
    }

    @Test
    void aBurstAtAClosedPortCountsEveryFailureByReason() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        vm.form().port().textProperty().set(String.valueOf(port));
        BurstViewModel burst = vm.burst();
        burst.clients().textProperty().set("25");
        burst.start();
        assertEquals(0, burst.resultProperty().get().completed());
        assertEquals(List.of("25 × connection refused: nothing is listening on that port"), burst.failures());
        assertEquals(List.of(), burst.latencies());
        burst.clients().textProperty().set("5001");
        assertEquals("clients must be from 1 to 5000; 5001 is out of range", burst.clients().errorProperty().get());
        assertFalse(burst.canStartProperty().get());
    }
}
