package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.Eventually;
import socketlab.capture.EchoExchange;
import socketlab.capture.PacketLog;
import socketlab.decode.Frame;
import socketlab.decode.LocalAddresses;
import socketlab.ladder.LabEventLog;
import socketlab.server.LabServer;
import socketlab.ui.Background;
import socketlab.ui.ManualPulses;

/** The Capture pane's model over real captures on loopback, with the pulses fired by the test. */
class CaptureViewModelTest {
    @TempDir
    Path dir;

    private final ManualPulses pulses = new ManualPulses();
    private final List<Integer> labPorts = new ArrayList<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final LabEventLog labEvents = new LabEventLog();

    private CaptureViewModel model(PacketLog log) {
        CaptureViewModel vm = new CaptureViewModel(new Background(Runnable::run, Runnable::run), Runnable::run,
                Runnable::run, pulses, log, () -> List.copyOf(labPorts), () -> Optional.of("host 127.53.0.1 and port 53"), labEvents);
        toClose.add(vm);
        vm.loadInterfaces();
        return vm;
    }

    private CaptureViewModel model() {
        return model(new PacketLog(PacketLog.MAX_FRAMES, PacketLog.MAX_BYTES, LocalAddresses.loopbackOnly()));
    }

    private LabServer server() throws Exception {
        LabServer server = EchoExchange.echoServer();
        toClose.add(server);
        return server;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : toClose.reversed()) {
            c.close();
        }
    }

    /** Pulses until the list shows a whole echo connection: at least the handshake, the line each way and a FIN. */
    private void awaitConnection(CaptureViewModel vm) {
        Eventually.until("a whole connection in the list", pulses::fire, () -> vm.packets().size() >= 8
                && vm.packets().stream().anyMatch(p -> vm.rows().of(p.index()).info().contains("FIN")));
    }

    @Test
    void capturesALabConnectionLiveOnLoopbackAndDecodesTheChosenPacket() throws Exception {
        EchoExchange exchange = new EchoExchange(server());
        CaptureViewModel vm = model();
        assertTrue(vm.selectedInterfaceProperty().get().loopback(), "loopback is chosen first");
        assertNull(vm.problemProperty().get(), "the check of lo passed: root may capture");
        assertTrue(vm.emptyTextProperty().get().startsWith("No packets yet."));
        vm.filter().textProperty().set(exchange.filter());
        vm.start();
        assertTrue(vm.runningProperty().get());
        assertTrue(vm.sourceProperty().get().contains("lo"), vm.sourceProperty().get());
        assertTrue(vm.emptyTextProperty().get().startsWith("Capturing on lo (loopback), filter " + exchange.filter()
                + " — waiting for packets."), vm.emptyTextProperty().get());
        assertEquals(EchoExchange.LINE, exchange.talk());
        awaitConnection(vm);

        PacketRows.PacketRow first = vm.rows().of(0);
        assertEquals(1, first.number());
        assertEquals("0.000000", first.time());
        assertEquals("127.0.0.1", first.source());
        assertEquals("TCP", first.protocol());
        assertEquals("tcp", first.layer());
        assertTrue(first.info().startsWith(exchange.clientPort + " → " + exchange.serverPort + " [SYN]"),
                first.info());
        assertTrue(vm.rows().of(1).info().contains("[SYN, ACK] Seq=0 Ack=1"), vm.rows().of(1).info());

        vm.select(0);
        Frame syn = vm.selectedProperty().get();
        assertEquals(1, syn.number());
        assertEquals(exchange.clientPort, syn.layer("tcp").orElseThrow().number("tcp.srcport", -1));
        vm.select(-1);
        assertNull(vm.selectedProperty().get());

        vm.stop();
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.statusProperty().get().contains("packets captured"), vm.statusProperty().get());
        assertEquals("Stopped: the capture on lo, filter " + exchange.filter(), vm.sourceProperty().get());
    }

    @Test
    void theLadderOnScreenGrowsWithItsConnectionDuringALiveCapture() throws Exception {
        EchoExchange exchange = new EchoExchange(server());
        CaptureViewModel vm = model();
        vm.filter().textProperty().set(exchange.filter());
        vm.start();
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), exchange.serverPort)) {
            s.setSoTimeout(30_000);
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII));
            s.getOutputStream().write("one\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals("one", in.readLine());
            Eventually.until("the handshake and the first line", pulses::fire, () -> vm.packets().size() >= 5);
            vm.select(0);
            vm.conversationShownProperty().set(true);
            vm.loadConversation();
            int before = vm.conversationProperty().get().segmentCount();
            assertEquals("[SYN] seq=0", vm.conversationProperty().get().arrows().getFirst().label());

            s.getOutputStream().write("two\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals("two", in.readLine());
            // Until both lines are in each way: the reply to "two" may come a pulse after the request.
            Eventually.until("the ladder to show the second line", pulses::fire,
                    () -> vm.conversationProperty().get().segmentCount() > before
                            && vm.conversationProperty().get().arrows().stream().filter(a -> a.length() == 4)
                            .count() >= 4);
            assertTrue(vm.conversationProperty().get().arrows().stream().filter(a -> a.length() == 4).count() >= 4,
                    "both lines, each way, are on the ladder");
        }
    }

    @Test
    void aPacketThatIsNotTcpHasNoLadderAndSaysWhy() throws Exception {
        CaptureViewModel vm = model();
        vm.filter().textProperty().set("udp port 9 and host 127.0.0.1");
        vm.start();
        try (java.net.DatagramSocket udp = new java.net.DatagramSocket()) {
            byte[] b = "x".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            udp.send(new java.net.DatagramPacket(b, b.length, java.net.InetAddress.getLoopbackAddress(), 9));
        }
        Eventually.until("the datagram", pulses::fire, () -> !vm.packets().isEmpty());
        vm.select(0);
        vm.loadConversation();
        assertNull(vm.conversationProperty().get());
        assertTrue(vm.conversationNoteProperty().get().contains("is not TCP"), vm.conversationNoteProperty().get());
    }

    @Test
    void aFilterLibpcapRejectsIsExplainedAndNothingStarts() {
        CaptureViewModel vm = model();
        vm.filter().textProperty().set("tcp prot 80");
        assertFalse(vm.filter().isValid());
        assertFalse(vm.filter().errorProperty().get().isEmpty());
        vm.start();
        assertFalse(vm.runningProperty().get());
        vm.filter().textProperty().set("tcp port 80");
        assertTrue(vm.filter().isValid());
    }

    @Test
    void savesWhatWasCapturedAndOpensItAgain() throws Exception {
        EchoExchange exchange = new EchoExchange(server());
        CaptureViewModel vm = model();
        vm.filter().textProperty().set(exchange.filter());
        vm.start();
        exchange.talk();
        awaitConnection(vm);
        vm.stop();
        int captured = vm.packets().size();
        String info = vm.rows().of(3).info();

        Path file = dir.resolve("lab.pcap");
        vm.save(file);
        assertTrue(vm.fileMessageProperty().get().startsWith("Saved " + captured + " packets"),
                vm.fileMessageProperty().get());
        assertTrue(Files.size(file) > 24);

        vm.clear();
        pulses.fire();
        assertEquals(0, vm.packets().size());

        vm.open(file);
        pulses.fire();
        assertEquals(captured, vm.packets().size());
        assertEquals(info, vm.rows().of(3).info(), "the same packet reads the same from the file");
        assertTrue(vm.sourceProperty().get().contains("lab.pcap"));
        assertTrue(vm.fileMessageProperty().get().contains(captured + " packets"), vm.fileMessageProperty().get());
    }

    @Test
    void aBacklogGoesIntoTheListAPulseAtATimeInBoundedSteps() throws Exception {
        int total = 2 * CaptureViewModel.ROWS_PER_PULSE + 100;
        Path file = dir.resolve("many.pcap");
        try (socketlab.capture.PcapWriter w = socketlab.capture.PcapWriter.create(file,
                socketlab.decode.LinkType.ETHERNET, 65_535)) {
            for (int i = 0; i < total; i++) {
                byte[] eth = new byte[60];
                eth[12] = (byte) 0x88; // an experimental EtherType: a frame the decoder reads as Ethernet only
                eth[13] = (byte) 0xb5;
                eth[14] = (byte) i;
                w.write(new socketlab.decode.RawFrame(i + 1, 1_000_000L + i, eth.length,
                        socketlab.decode.LinkType.ETHERNET, eth));
            }
        }
        CaptureViewModel vm = model();
        vm.open(file); // read at once here: the ingest executor runs on this thread
        pulses.fire();
        assertEquals(CaptureViewModel.ROWS_PER_PULSE, vm.packets().size(), "one pulse adds a bounded number of rows");
        pulses.fire();
        assertEquals(2 * CaptureViewModel.ROWS_PER_PULSE, vm.packets().size());
        pulses.fire();
        assertEquals(total, vm.packets().size());
        for (int i = 0; i < total; i++) {
            assertEquals(i, vm.packets().get(i).index());
        }
        assertEquals(total, vm.rows().of(total - 1).number());
    }

    @Test
    void aFileThatIsNotACaptureIsExplainedInWords() throws Exception {
        CaptureViewModel vm = model();
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "these are my lecture notes, not packets\n");
        vm.open(notes);
        pulses.fire();
        assertEquals(0, vm.packets().size());
        assertTrue(vm.fileMessageProperty().get().contains("not a capture file"), vm.fileMessageProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aDamagedFileShowsItsFramesBeforeTheDamageAndOneSentenceSayingWhere() throws Exception {
        CaptureViewModel vm = model();
        for (socketlab.capture.HostileFiles.Case c : socketlab.capture.HostileFiles.cases()) {
            Path file = dir.resolve(c.name().replace(' ', '-') + ".cap");
            Files.write(file, c.bytes());
            vm.open(file);
            pulses.fire();
            assertEquals(c.frames(), vm.packets().size(), c.name());
            assertFalse(vm.busyProperty().get(), c.name() + ": still reading");
            String message = vm.fileMessageProperty().get();
            assertFalse(message.contains("\n"), message);
            if (c.problem() == null) {
                assertTrue(message.startsWith("Opened "), c.name() + ": " + message);
            } else {
                assertTrue(message.startsWith("Could not read all of " + file + ": ")
                        && message.contains(c.problem()), c.name() + ": " + message);
                assertEquals(c.frames() > 0, message.contains(" before it ") && message.endsWith(" shown."), message);
            }
        }
    }

    @Test
    void captureMyServerStartsAtOnceOnLoopbackWithTheServersPort() throws Exception {
        EchoExchange exchange = new EchoExchange(server());
        CaptureViewModel vm = model();
        vm.presetEverything();
        vm.captureServer(exchange.serverPort);
        assertTrue(vm.runningProperty().get());
        assertEquals("tcp port " + exchange.serverPort, vm.filter().textProperty().get());
        assertTrue(vm.selectedInterfaceProperty().get().loopback());
        exchange.talk();
        awaitConnection(vm);
    }

    @Test
    void presetsFillTheFilterFromTheLabsOwnState() {
        CaptureViewModel vm = model();
        vm.presetLabServers();
        assertTrue(vm.presetNoteProperty().get().contains("No lab server is running"));
        labPorts.addAll(List.of(5001, 5000));
        vm.presetLabServers();
        assertEquals("tcp port 5000 or tcp port 5001", vm.filter().textProperty().get());
        assertEquals("", vm.presetNoteProperty().get());
        vm.presetDns();
        assertEquals("host 127.53.0.1 and port 53", vm.filter().textProperty().get());
        vm.presetPing();
        assertTrue(vm.filter().isValid(), "every preset is a filter libpcap accepts");
        vm.presetTcp();
        assertEquals("tcp", vm.filter().textProperty().get());
    }

    @Test
    void aFullListStopsTheCaptureAndSaysWhy() throws Exception {
        EchoExchange exchange = new EchoExchange(server());
        CaptureViewModel vm = model(new PacketLog(4, 4 << 20, LocalAddresses.loopbackOnly()));
        vm.filter().textProperty().set(exchange.filter());
        vm.start();
        assertTrue(vm.runningProperty().get(), () -> "not capturing: " + vm.problemProperty().get() + " / "
                + vm.fileMessageProperty().get());
        exchange.talk();
        Eventually.until("the capture to stop by itself", pulses::fire, () -> !vm.runningProperty().get());
        assertEquals(4, vm.packets().size());
        assertTrue(vm.limitNoteProperty().get().contains("its limit"), vm.limitNoteProperty().get());
    }
}
