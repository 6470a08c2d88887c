package socketlab.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import socketlab.server.LabServer;
import socketlab.server.ServerConfig;
import socketlab.server.ServerEvent;
import socketlab.server.ServerKind;
import socketlab.server.SocketCall;
import socketlab.ui.Background;
import socketlab.ui.PulseQueue;
import socketlab.ui.RecordingErrorReporter;

/** A flood of events reaches the log bounded and in order, with what could not be shown counted. */
class RunningServerViewModelTest {
    private final PulseQueue<ServerEvent> events = new PulseQueue<>(RunningServerViewModel.EVENT_QUEUE_CAPACITY);
    private LabServer server;
    private RunningServerViewModel vm;

    @BeforeEach
    void start() throws Exception {
        server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), events::offer);
        vm = new RunningServerViewModel(server, events, new Background(Runnable::run, Runnable::run),
                new RecordingErrorReporter());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theLogKeepsTheNewestLinesAndSaysHowManyWereSkipped() {
        vm.pulse(); // "listening on ..."
        int offered = RunningServerViewModel.EVENT_QUEUE_CAPACITY + 1_000;
        for (int i = 1; i <= offered; i++) {
            events.offer(new ServerEvent.BytesRead(Instant.now(), 7, i));
        }
        vm.pulse();

        assertEquals(RunningServerViewModel.LOG_CAPACITY, vm.log().size());
        LogLine last = vm.log().getLast();
        assertEquals(LogLine.Tone.SKIPPED, last.tone());
        assertTrue(last.text().startsWith("… 1,000 lines skipped"), last.text());
        // The lines shown are the newest of those queued, in order, right before the marker.
        assertEquals("#7 read " + RunningServerViewModel.EVENT_QUEUE_CAPACITY + " bytes",
                vm.log().get(vm.log().size() - 2).text());
        assertEquals(SocketCall.READ, vm.flashProperty().get().call());

        events.offer(new ServerEvent.BytesWritten(Instant.now(), 7, 3));
        vm.pulse();
        assertEquals(RunningServerViewModel.LOG_CAPACITY, vm.log().size(), "still bounded");
        assertEquals("#7 wrote 3 bytes", vm.log().getLast().text());
        assertEquals(SocketCall.WRITE, vm.flashProperty().get().call());
        assertTrue(vm.log().getLast().time().matches("\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d"), vm.log().getLast().time());
    }

    @Test
    void theGaugeSaysWhatTheModeLimits() {
        vm.poll();
        vm.pulse();
        assertTrue(vm.gaugeTextProperty().get().startsWith("0 handler threads running, at most 1000"),
                vm.gaugeTextProperty().get());
    }
}
