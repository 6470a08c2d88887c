package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;
import socketlab.capture.PacketLog;
import socketlab.decode.LocalAddresses;
import socketlab.decode.RawFrame;
import socketlab.ladder.LabEventLog;
import socketlab.server.LabServer;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.ui.Background;
import socketlab.ui.ManualPulses;

/**
 * A class demo's burst, captured by the Capture pane's model: 20,000 connections to a lab hello server, four at a
 * time, while the pane captures the server's port on loopback with its own ingest thread. Every packet the kernel
 * delivered reaches the list, and the list is complete — every handshake and both FINs of every connection the
 * server counted — unless the kernel dropped packets, and then the status line says how many. (On a machine loaded
 * by other work the kernel may drop some; the list must then never pretend to be complete.)
 */
class LiveBurstCaptureTest {
    private static final int CONNECTIONS = 20_000;
    private static final int AT_A_TIME = 4;
    private static final Pattern STATUS = Pattern.compile(
            "(\\d+) packets? captured, (\\d+) dropped by the kernel, (\\d+) dropped by the interface");
    private static final int SYN = 0x02;
    private static final int FIN = 0x01;
    private static final int ACK = 0x10;

    @Test
    void aBurstOfTwentyThousandConnectionsArrivesWholeOrTheStatusLineSaysWhatWasDropped() throws Exception {
        ManualPulses pulses = new ManualPulses();
        ExecutorService ingest = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-capture-ingest"));
        ExecutorService clients = Executors.newFixedThreadPool(AT_A_TIME);
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.HELLO)
                .withBindAddress(InetAddress.getLoopbackAddress()).withPort(0), event -> { });
                CaptureViewModel vm = new CaptureViewModel(new Background(Runnable::run, Runnable::run), ingest,
                        Runnable::run, pulses, new PacketLog(PacketLog.MAX_FRAMES, PacketLog.MAX_BYTES,
                                LocalAddresses.loopbackOnly()), List::of, Optional::empty, new LabEventLog())) {
            int port = server.localEndpoint().port();
            vm.loadInterfaces();
            vm.filter().textProperty().set("tcp port " + port);
            vm.start();
            assertTrue(vm.runningProperty().get(), "capturing: " + vm.problemProperty().get());

            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < AT_A_TIME; c++) {
                done.add(clients.submit(() -> connect(port, CONNECTIONS / AT_A_TIME)));
            }
            for (Future<Integer> f : done) {
                pulses.fire(); // the pane draws while the burst runs
                assertEquals(CONNECTIONS / AT_A_TIME, f.get(), "every client read the greeting");
            }
            Eventually.until("the server to count every connection closed", pulses::fire,
                    () -> server.stats().served() == CONNECTIONS);
            long accepted = server.stats().accepted();
            // The last FIN's ACK is the last packet: wait until every connection's 8 packets or drops are counted.
            Eventually.until("the capture to see every connection's last packet", pulses::fire, () -> {
                Matcher m = STATUS.matcher(vm.statusProperty().get());
                return m.matches() && Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)) >= 8 * accepted;
            });
            vm.stop();
            Matcher status = STATUS.matcher(vm.statusProperty().get());
            assertTrue(status.matches(), vm.statusProperty().get());
            long captured = Long.parseLong(status.group(1));
            long droppedByKernel = Long.parseLong(status.group(2));
            Eventually.until("every captured packet in the list", pulses::fire,
                    () -> vm.packets().size() == captured);

            int syns = 0;
            int synAcks = 0;
            int fins = 0;
            for (int i = 0; i < vm.packets().size(); i++) {
                int flags = tcpFlags(vm.log().raw(i));
                syns += (flags & (SYN | ACK)) == SYN ? 1 : 0;
                synAcks += (flags & (SYN | ACK)) == (SYN | ACK) ? 1 : 0;
                fins += (flags & FIN) != 0 ? 1 : 0;
            }
            String counts = vm.statusProperty().get() + "; server accepted " + accepted + "; list: " + syns
                    + " SYN, " + synAcks + " SYN-ACK, " + fins + " FIN";
            if (droppedByKernel == 0) {
                assertEquals(CONNECTIONS, accepted, counts);
                assertEquals(accepted, syns, "every client's SYN: " + counts);
                assertEquals(accepted, synAcks, "every server's SYN-ACK: " + counts);
                assertEquals(2 * accepted, fins, "both FINs of every connection: " + counts);
            } else {
                // The machine could not keep up; the pane says so, with the kernel's count, and shows the rest.
                System.err.println("LiveBurstCaptureTest: the kernel dropped packets on this busy machine: " + counts);
                assertTrue(syns <= accepted && synAcks <= accepted && fins <= 2 * accepted, counts);
                assertTrue(vm.statusProperty().get().contains(droppedByKernel + " dropped by the kernel"), counts);
            }
        } finally {
            clients.shutdownNow();
            ingest.shutdownNow();
        }
    }

    /** Connects {@code count} times one after another, reading the greeting until the server closes. */
    private static int connect(int port, int count) throws IOException {
        int greeted = 0;
        byte[] buffer = new byte[256];
        for (int i = 0; i < count; i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.setSoTimeout(30_000);
                InputStream in = s.getInputStream();
                int total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                }
                greeted += total > 0 ? 1 : 0;
            }
        }
        return greeted;
    }

    /** The TCP flags of an IPv4 frame on loopback's Ethernet-style link, 0 for anything else. */
    private static int tcpFlags(RawFrame f) {
        byte[] d = f.data();
        if (d.length < 34 || (d[12] & 0xff) != 0x08 || d[13] != 0 || (d[23] & 0xff) != 6) {
            return 0;
        }
        int tcp = 14 + (d[14] & 0x0f) * 4;
        return tcp + 13 < d.length ? d[tcp + 13] & 0xff : 0;
    }
}
