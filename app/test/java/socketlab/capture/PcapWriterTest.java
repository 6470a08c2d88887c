package socketlab.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;
import socketlab.server.LabServer;

/** Saved captures: the pcap layout byte by byte, and files that tcpdump reads back. */
class PcapWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesTheClassicPcapLayout() throws Exception {
        byte[] first = {1, 2, 3, 4, 5};
        byte[] second = new byte[60];
        Arrays.fill(second, (byte) 0x5a);
        Path file = dir.resolve("two.pcap");
        PcapWriter.save(file, LinkType.ETHERNET, 60, List.of(
                new RawFrame(1, 1_732_227_594_177_677L, 5, LinkType.ETHERNET, first),
                new RawFrame(2, 1_732_227_595_000_001L, 1514, LinkType.ETHERNET, second)));
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(24 + 16 + 5 + 16 + 60, b.limit());
        assertEquals(0xa1b2c3d4, b.getInt(), "magic: microsecond time stamps");
        assertEquals(2, b.getShort());
        assertEquals(4, b.getShort());
        assertEquals(0, b.getInt());
        assertEquals(0, b.getInt());
        assertEquals(60, b.getInt(), "snap length");
        assertEquals(1, b.getInt(), "link type Ethernet");
        assertEquals(1_732_227_594, b.getInt());
        assertEquals(177_677, b.getInt());
        assertEquals(5, b.getInt(), "captured length");
        assertEquals(5, b.getInt(), "length on the wire");
        byte[] data = new byte[5];
        b.get(data);
        assertArrayEquals(first, data);
        assertEquals(1_732_227_595, b.getInt());
        assertEquals(1, b.getInt());
        assertEquals(60, b.getInt());
        assertEquals(1514, b.getInt(), "a cut frame keeps its length on the wire");
    }

    @Test
    void refusesAFrameLongerThanTheSnapLength() throws Exception {
        try (PcapWriter w = PcapWriter.create(dir.resolve("x.pcap"), LinkType.ETHERNET, 4)) {
            assertThrows(IllegalArgumentException.class, () -> w.write(new RawFrame(1, 0, 5, LinkType.ETHERNET, new byte[5])));
            assertEquals(0, w.framesWritten());
        }
    }

    @Test
    void tcpdumpReadsBackACapturedConnection() throws Exception {
        try (LabServer server = EchoExchange.echoServer()) {
            EchoExchange exchange = new EchoExchange(server);
            FrameCollector collector = new FrameCollector();
            List<RawFrame> frames;
            LinkType linkType;
            try (CaptureSession capture = CaptureSession.start(CaptureOptions.on("lo").withFilter(exchange.filter()),
                    collector)) {
                frames = exchange.talkAndCapture(collector);
                linkType = capture.linkType();
            }
            Path file = dir.resolve("echo.pcap");
            PcapWriter.save(file, linkType, CaptureOptions.MAX_SNAPLEN, frames);

            List<String> lines = Tcpdump.read(file);
            assertEquals(frames.size(), lines.size(), String.join("\n", lines));
            String toServer = "IP 127.0.0.1." + exchange.clientPort + " > 127.0.0.1." + exchange.serverPort + ": ";
            String toClient = "IP 127.0.0.1." + exchange.serverPort + " > 127.0.0.1." + exchange.clientPort + ": ";
            for (String line : lines) {
                assertTrue(line.contains(toServer) || line.contains(toClient), line);
            }
            assertTrue(lines.getFirst().contains(toServer + "Flags [S],"), lines.getFirst());
            assertTrue(lines.get(1).contains(toClient + "Flags [S.],"), lines.get(1));
            assertTrue(lines.stream().anyMatch(l -> l.contains(toServer + "Flags [P.],")
                    && l.endsWith("length " + EchoExchange.LINE.length())), String.join("\n", lines));
        }
    }

    @Test
    void tcpdumpReadsFramesCutByTheSnapLength() throws Exception {
        int snaplen = 60;
        try (LabServer server = EchoExchange.echoServer()) {
            EchoExchange exchange = new EchoExchange(server);
            FrameCollector collector = new FrameCollector();
            List<RawFrame> frames;
            try (CaptureSession capture = CaptureSession.start(
                    CaptureOptions.on("lo").withFilter(exchange.filter()).withSnaplen(snaplen), collector)) {
                exchange.talk();
                frames = collector.awaitUntil(f -> f.size() >= 8, "the whole connection");
            }
            Path file = dir.resolve("cut.pcap");
            PcapWriter.save(file, LinkType.ETHERNET, snaplen, frames);
            List<String> lines = Tcpdump.read(file);
            assertEquals(frames.size(), lines.size(), String.join("\n", lines));
            assertTrue(lines.getFirst().contains("127.0.0.1." + exchange.clientPort + " > 127.0.0.1."
                    + exchange.serverPort + ": Flags [S]"), lines.getFirst());
        }
    }
}
