package socketlab.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;
import socketlab.server.LabServer;

/**
 * Live capture on loopback of a lab echo server's connection, checked from the raw bytes: the three-way handshake
 * with its sequence arithmetic, the data both ways, and the closing handshake.
 */
class LiveCaptureTest {

    private static Segment first(List<Segment> segments, String what, java.util.function.Predicate<Segment> p) {
        return segments.stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("no " + what + " in " + segments));
    }

    @Test
    void capturesTheHandshakeTheDataBothWaysAndTheClose() throws Exception {
        try (LabServer server = EchoExchange.echoServer()) {
            EchoExchange exchange = new EchoExchange(server);
            FrameCollector collector = new FrameCollector();
            long before = System.currentTimeMillis() * 1000;
            List<RawFrame> frames;
            try (CaptureSession capture = CaptureSession.start(CaptureOptions.on("lo").withFilter(exchange.filter()),
                    collector)) {
                assertEquals(LinkType.ETHERNET, capture.linkType());
                assertEquals("Ethernet", capture.linkType().description());
                frames = exchange.talkAndCapture(collector);
            }
            long after = System.currentTimeMillis() * 1000;
            int c = exchange.clientPort;
            int p = exchange.serverPort;
            List<Segment> s = frames.stream().map(Segment::of).toList();

            // Only this connection, numbered from 1 in order, whole frames, time stamps in this test's time.
            for (int i = 0; i < frames.size(); i++) {
                RawFrame f = frames.get(i);
                assertEquals(i + 1, f.number());
                assertEquals(f.originalLength(), f.data().length, "a whole frame: " + f);
                assertTrue(f.epochMicros() >= before - 1_000_000 && f.epochMicros() <= after + 1_000_000,
                        "time stamp " + f.epochMicros() + " outside " + before + ".." + after);
                assertTrue(i == 0 || f.epochMicros() >= frames.get(i - 1).epochMicros(), "time order");
                Segment seg = s.get(i);
                assertTrue(seg.srcPort() == c && seg.dstPort() == p || seg.srcPort() == p && seg.dstPort() == c,
                        "not this connection: " + seg);
                assertFalse(seg.has(Segment.RST), "reset: " + seg);
            }

            // Handshake: SYN, SYN-ACK acknowledging the client's ISN + 1, ACK of the server's ISN + 1.
            Segment syn = s.get(0);
            assertTrue(syn.from(c) && syn.only(Segment.SYN), "SYN first: " + s);
            long clientIsn = syn.seq();
            Segment synAck = s.get(1);
            assertTrue(synAck.from(p) && synAck.only(Segment.SYN | Segment.ACK), "SYN-ACK second: " + s);
            assertEquals(Segment.plus(clientIsn, 1), synAck.ack(), "SYN-ACK ack = client ISN + 1");
            long serverIsn = synAck.seq();
            Segment ack = s.get(2);
            assertTrue(ack.from(c) && ack.only(Segment.ACK), "ACK third: " + s);
            assertEquals(Segment.plus(clientIsn, 1), ack.seq(), "ACK seq = client ISN + 1");
            assertEquals(Segment.plus(serverIsn, 1), ack.ack(), "ACK ack = server ISN + 1");

            // The line, then its echo, each right after the handshake in its own direction's numbering.
            byte[] line = EchoExchange.LINE.getBytes(StandardCharsets.UTF_8);
            Segment request = first(s, "data from the client", x -> x.from(c) && x.payload().length > 0);
            assertArrayEquals(line, request.payload());
            assertEquals(Segment.plus(clientIsn, 1), request.seq());
            assertTrue(request.has(Segment.PSH) && request.has(Segment.ACK), request.toString());
            Segment echo = first(s, "data from the server", x -> x.from(p) && x.payload().length > 0);
            assertEquals(EchoExchange.LINE, echo.text());
            assertEquals(Segment.plus(serverIsn, 1), echo.seq());
            assertEquals(Segment.plus(clientIsn, 1 + line.length), echo.ack(), "the echo acknowledges the line");
            assertTrue(echo.number() > request.number());

            // Close: the client's FIN after its data, the server's FIN acknowledging it, the client's last ACK.
            Segment clientFin = first(s, "FIN from the client", x -> x.from(c) && x.has(Segment.FIN));
            assertEquals(Segment.plus(clientIsn, 1 + line.length), clientFin.seq());
            Segment serverFin = first(s, "FIN from the server", x -> x.from(p) && x.has(Segment.FIN));
            assertEquals(Segment.plus(serverIsn, 1 + line.length), serverFin.seq());
            assertEquals(clientFin.nextSeq(), serverFin.ack(), "the server's FIN acknowledges the client's");
            Segment lastAck = s.getLast();
            assertTrue(lastAck.from(c) && lastAck.only(Segment.ACK), "the client's ACK ends it: " + s);
            assertEquals(serverFin.nextSeq(), lastAck.ack(), "last ACK = server's FIN + 1");
            assertEquals(clientFin.nextSeq(), lastAck.seq());
        }
    }

    @Test
    void countsWhatItDeliveredAndWhatTheKernelDropped() throws Exception {
        try (LabServer server = EchoExchange.echoServer()) {
            EchoExchange exchange = new EchoExchange(server);
            FrameCollector collector = new FrameCollector();
            CaptureSession capture = CaptureSession.start(CaptureOptions.on("lo").withFilter(exchange.filter()),
                    collector);
            try {
                assertEquals(CaptureStats.NONE, capture.stats(), "nothing yet: the server has had no traffic");
                List<RawFrame> frames = exchange.talkAndCapture(collector);
                CaptureStats live = capture.stats();
                assertTrue(live.captured() >= frames.size(), live + " while " + frames.size() + " delivered");
                assertTrue(live.received() >= live.captured(), live.toString());
            } finally {
                capture.stop();
            }
            CaptureStats done = capture.stats();
            int delivered = collector.frames().size();
            assertEquals(delivered, done.captured(), done.toString());
            assertTrue(done.received() >= delivered, done.toString());
            assertEquals(0, done.droppedByKernel(), "a dozen frames fit in the buffer: " + done);
            assertEquals(done, capture.stats(), "the counters are final once stopped");
            assertEquals(delivered + " packets captured, 0 dropped by the kernel, 0 dropped by the interface",
                    done.describe());
        }
    }

    @Test
    void stopEndsAnIdleCaptureAndItsThread() throws Exception {
        try (LabServer server = EchoExchange.echoServer()) {
            EchoExchange exchange = new EchoExchange(server);
            FrameCollector collector = new FrameCollector();
            CaptureSession capture = CaptureSession.start(CaptureOptions.on("lo").withFilter(exchange.filter()),
                    collector);
            exchange.talkAndCapture(collector);
            // The listener runs on the delivering thread; the capture thread itself only reads the kernel's buffer.
            Thread thread = collector.captureThread();
            assertEquals("socketlab-capture-lo-deliver", thread.getName());
            assertTrue(thread.isDaemon());
            assertTrue(capture.isRunning());
            // Now nothing matches the filter, so the capture thread is blocked waiting for a frame.
            capture.stop();
            assertFalse(capture.isRunning());
            assertFalse(thread.isAlive(), "the capture thread ended");
            assertEquals(Optional.empty(), capture.failure());
            capture.stop(); // a second stop is harmless
            int seen = collector.frames().size();
            exchange.talk();
            assertEquals(seen, collector.frames().size(), "nothing is captured after stop");
        }
    }

    @Test
    void stopsByItselfAfterTheCount() throws Exception {
        try (LabServer server = EchoExchange.echoServer()) {
            EchoExchange exchange = new EchoExchange(server);
            FrameCollector collector = new FrameCollector();
            CaptureSession capture = CaptureSession.start(
                    CaptureOptions.on("lo").withFilter(exchange.filter()).withCount(3), collector);
            exchange.talk();
            assertTrue(capture.awaitEnd(FrameCollector.WAIT), "the capture ends after 3 frames");
            List<Segment> s = collector.frames().stream().map(Segment::of).toList();
            assertEquals(3, s.size(), s.toString());
            assertTrue(s.get(0).only(Segment.SYN) && s.get(1).only(Segment.SYN | Segment.ACK)
                    && s.get(2).only(Segment.ACK), s.toString());
            assertEquals(3, capture.stats().captured());
        }
    }

    @Test
    void theSnapLengthCutsFramesButKeepsTheirLengthOnTheWire() throws Exception {
        int snaplen = 60;
        try (LabServer server = EchoExchange.echoServer()) {
            EchoExchange exchange = new EchoExchange(server);
            FrameCollector collector = new FrameCollector();
            List<RawFrame> frames;
            try (CaptureSession capture = CaptureSession.start(
                    CaptureOptions.on("lo").withFilter(exchange.filter()).withSnaplen(snaplen), collector)) {
                exchange.talk();
                // With the payload cut off, wait for frame count instead of parsing: the close takes at least 3.
                frames = collector.awaitUntil(f -> f.size() >= 8, "the whole connection");
            }
            // A SYN has 20 bytes of IPv4 header and at least 20 of TCP, with options (MSS at least) more: over 60.
            RawFrame syn = frames.getFirst();
            assertTrue(syn.originalLength() > snaplen, syn.toString());
            assertTrue(syn.truncated(), syn.toString());
            // libpcap keeps up to the snap length (on Linux in immediate mode a couple of bytes fewer).
            assertTrue(syn.data().length <= snaplen && syn.data().length >= snaplen - 4, syn.toString());
            for (RawFrame f : frames) {
                assertTrue(f.data().length <= snaplen && f.data().length <= f.originalLength(), f.toString());
            }
        }
    }

    @Test
    void neverPutsTheInterfaceIntoPromiscuousMode() throws Exception {
        int before = Promiscuity.of("lo");
        try (LabServer server = EchoExchange.echoServer()) {
            EchoExchange exchange = new EchoExchange(server);
            FrameCollector collector = new FrameCollector();
            try (CaptureSession capture = CaptureSession.start(CaptureOptions.on("lo").withFilter(exchange.filter()),
                    collector)) {
                exchange.talkAndCapture(collector); // certainly capturing now
                assertNotNull(collector.captureThread());
                assertEquals(before, Promiscuity.of("lo"), "the kernel's promiscuity count of lo while capturing");
            }
        }
        assertEquals(before, Promiscuity.of("lo"));
    }

    @Test
    void thePromiscuityProbeSeesAPromiscuousCapture() throws Exception {
        // The control for the test above: tcpdump without -p does switch lo into promiscuous mode, and the same
        // probe sees it, so a capture that did the same could not pass unnoticed.
        int before = Promiscuity.of("lo");
        Process tcpdump = new ProcessBuilder("tcpdump", "-i", "lo", "-w", "/dev/null", "tcp port 1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + FrameCollector.WAIT.toNanos();
            int during = before;
            while (during == before && tcpdump.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                during = Promiscuity.of("lo");
            }
            assertEquals(before + 1, during, "promiscuity of lo under tcpdump");
        } finally {
            tcpdump.destroy();
            tcpdump.waitFor();
        }
    }
}
