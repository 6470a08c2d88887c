package socketlab.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.decode.Frame;
import socketlab.decode.LinkType;
import socketlab.decode.LocalAddresses;
import socketlab.decode.RawFrame;
import socketlab.server.LabServer;

class PacketLogTest {
    @TempDir
    Path dir;

    /** Two whole echo connections to one lab server, captured live on loopback. */
    private static List<RawFrame> twoConnections() throws Exception {
        try (LabServer server = EchoExchange.echoServer()) {
            EchoExchange exchange = new EchoExchange(server);
            FrameCollector collector = new FrameCollector();
            try (CaptureSession capture = CaptureSession.start(CaptureOptions.on("lo").withFilter(exchange.filter()),
                    collector)) {
                exchange.talkAndCapture(collector);
                int first = collector.frames().size();
                exchange.talk();
                collector.awaitUntil(f -> f.size() > first && exchange.closed(f.subList(first, f.size())),
                        "the second connection");
            }
            return collector.frames();
        }
    }

    @Test
    void keepsEveryFrameAndDecodesAnyOfThemAgainWithItsConnectionsRelativeNumbers() throws Exception {
        List<RawFrame> frames = twoConnections();
        PacketLog log = new PacketLog(PacketLog.MAX_FRAMES, PacketLog.MAX_BYTES, LocalAddresses.loopbackOnly());
        assertEquals(frames.size(), log.addAll(frames));
        assertEquals(frames.size(), log.size());
        assertEquals(LinkType.ETHERNET, log.linkType().orElseThrow());
        for (int i = 0; i < frames.size(); i++) {
            RawFrame kept = log.raw(i);
            assertEquals(i + 1, kept.number());
            assertEquals(frames.get(i).epochMicros(), kept.epochMicros());
            assertEquals(frames.get(i).originalLength(), kept.originalLength());
            assertTrue(java.util.Arrays.equals(frames.get(i).data(), kept.data()), "bytes of frame " + (i + 1));
        }
        // Decoded again after the whole capture, the first SYN still has relative sequence number 0.
        Frame syn = log.decode(0);
        assertTrue(syn.layer("tcp").orElseThrow().isSet("tcp.flags.syn"));
        assertEquals(0, syn.layer("tcp").orElseThrow().number("tcp.seq", -1));
        assertEquals(0, log.relativeMicros(0));
        assertTrue(log.relativeMicros(frames.size() - 1) >= 0);

        // Each connection's frames, by stream, and nothing of the other.
        int firstStream = log.stream(0);
        int lastStream = log.stream(frames.size() - 1);
        assertNotEquals(firstStream, lastStream);
        List<Frame> first = log.streamFrames(firstStream);
        List<Frame> second = log.streamFrames(lastStream);
        assertEquals(frames.size(), first.size() + second.size());
        assertTrue(first.stream().allMatch(f -> f.layer("tcp").orElseThrow().number("tcp.stream", -1)
                == firstStream));
    }

    @Test
    void aFullLogKeepsTheFramesThatFitAndSaysSo() throws Exception {
        List<RawFrame> frames = twoConnections();
        PacketLog log = new PacketLog(5, 4 << 20, LocalAddresses.loopbackOnly());
        assertEquals(5, log.addAll(frames));
        assertTrue(log.isFull());
        assertEquals(5, log.size());
        assertEquals(0, log.addAll(frames), "a full log takes nothing more");
        log.clear();
        assertFalse(log.isFull());
        assertEquals(0, log.size());
        assertEquals(5, log.addAll(frames));
    }

    @Test
    void savesAFileTcpdumpReadsPacketForPacket() throws Exception {
        List<RawFrame> frames = twoConnections();
        PacketLog log = new PacketLog();
        log.addAll(frames);
        Path file = dir.resolve("saved.pcap");
        log.save(file);
        List<String> lines = Tcpdump.read(file);
        assertEquals(frames.size(), lines.size());
        assertTrue(lines.getFirst().contains("Flags [S]"), lines.getFirst());

        try (PcapReader reader = PcapReader.open(file)) {
            for (RawFrame original : frames) {
                RawFrame read = reader.next();
                assertTrue(java.util.Arrays.equals(original.data(), read.data()));
                assertEquals(original.epochMicros(), read.epochMicros());
            }
        }
    }

    @Test
    void anEmptyLogHasNothingToSave() {
        PacketLog log = new PacketLog();
        assertThrows(IllegalStateException.class, () -> log.save(dir.resolve("empty.pcap")));
        assertTrue(log.linkType().isEmpty());
    }

    @Test
    void aLogHoldsOneLinkType() {
        PacketLog log = new PacketLog();
        byte[] ip = socketlab.decode.Packets.ipv4(new byte[] {127, 0, 0, 1}, new byte[] {127, 0, 0, 1}, 17, 1, new byte[0],
                new byte[8]);
        assertEquals(1, log.addAll(List.of(new RawFrame(1, 0, ip.length, LinkType.RAW, ip))));
        byte[] eth = socketlab.decode.Packets.ethernet(new byte[6], new byte[6], 0x0800, ip);
        assertEquals(0, log.addAll(List.of(new RawFrame(2, 0, eth.length, LinkType.ETHERNET, eth))));
        assertEquals(1, log.size());
    }

    @Test
    void readersDecodeScreensOfRowsWhileTheWriterAddsAndSeeWhatOneFrameAtATimeSees() throws Exception {
        List<RawFrame> connection = twoConnections();
        // Many copies of the two connections, renumbered and later in time: a burst for the writer to work through.
        List<RawFrame> burst = new java.util.ArrayList<>();
        for (int copy = 0; copy < 400; copy++) {
            for (RawFrame f : connection) {
                burst.add(new RawFrame(burst.size() + 1, f.epochMicros() + copy * 1_000_000L, f.originalLength(),
                        f.linkType(), f.data()));
            }
        }
        PacketLog log = new PacketLog(PacketLog.MAX_FRAMES, PacketLog.MAX_BYTES, LocalAddresses.loopbackOnly());
        java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int from = 0; from < burst.size(); from += 256) {
                kept.addAndGet(log.addAll(burst.subList(from, Math.min(burst.size(), from + 256))));
            }
        });
        // The window's side meanwhile: a screen of the newest rows at a time, each seen in one hold of the lock.
        while (writer.isAlive()) {
            int n = log.size();
            int[] seen = {0};
            log.decodeRange(Math.max(0, n - 40), n, (i, frame, micros) -> {
                assertEquals(i + 1, frame.number());
                seen[0]++;
            });
            assertEquals(Math.min(40, n), seen[0]);
        }
        writer.join();
        assertEquals(burst.size(), kept.get());
        assertEquals(burst.size(), log.size());
        int from = burst.size() - 100;
        List<Frame> one = new java.util.ArrayList<>();
        List<Long> times = new java.util.ArrayList<>();
        for (int i = from; i < burst.size(); i++) {
            one.add(log.decode(i));
            times.add(log.relativeMicros(i));
        }
        log.decodeRange(from, burst.size(), (i, frame, micros) -> {
            Frame alone = one.get(i - from);
            assertEquals(alone.number(), frame.number());
            assertEquals(alone.layer("tcp").map(l -> l.number("tcp.seq", -1)),
                    frame.layer("tcp").map(l -> l.number("tcp.seq", -1)), "relative sequence number of " + (i + 1));
            assertEquals(times.get(i - from), micros);
        });
    }
}
