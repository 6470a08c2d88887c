package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A frame's fields are made when first asked for, by decoding it again with the TCP state recorded the first time.
 * These tests check that this gives exactly what decoding with the fields at once gives — for every valid frame,
 * every truncation of it and damaged frames, in capture order so that TCP state matters — and that a one-line
 * summary of ordinary TCP, UDP and ICMP frames needs no fields at all.
 */
class LazyFieldsTest {
    /** Every valid frame, each truncation of it (cut by the snap length, and really that short), and damaged ones. */
    static List<RawFrame> capture() {
        List<RawFrame> frames = new ArrayList<>();
        long n = 1;
        for (RawFrame whole : MalformedFramesTest.validFrames()) {
            byte[] data = whole.data();
            for (int cut = 0; cut <= data.length; cut++) {
                byte[] part = Arrays.copyOf(data, cut);
                frames.add(new RawFrame(n++, whole.epochMicros(), data.length, whole.linkType(), part));
                frames.add(new RawFrame(n++, whole.epochMicros(), cut, whole.linkType(), part));
            }
        }
        Random random = new Random(20_241_123L);
        List<RawFrame> valid = MalformedFramesTest.validFrames();
        for (int i = 0; i < 3_000; i++) {
            RawFrame base = valid.get(random.nextInt(valid.size()));
            byte[] data = base.data().clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                data[random.nextInt(data.length)] = (byte) random.nextInt(256);
            }
            frames.add(new RawFrame(n++, 0, data.length, base.linkType(), data));
        }
        return frames;
    }

    private static List<Frame> decode(List<RawFrame> raws, boolean eager) {
        FrameDecoder decoder = new FrameDecoder(LocalAddresses.loopbackOnly(), eager);
        return raws.stream().map(decoder::decode).toList();
    }

    @Test
    void fieldsMadeOnDemandEqualFieldsMadeAtOnce() {
        List<RawFrame> raws = capture();
        List<Frame> lazy = decode(raws, false);
        List<Frame> eager = decode(raws, true);
        SummaryLine lazySummary = new SummaryLine(ZoneOffset.UTC);
        SummaryLine eagerSummary = new SummaryLine(ZoneOffset.UTC);
        for (int i = 0; i < raws.size(); i++) {
            Frame l = lazy.get(i);
            Frame e = eager.get(i);
            // The summary first, while the lazy frame has no fields yet.
            assertEquals(eagerSummary.format(e), lazySummary.format(l), () -> "summary of " + e);
            assertEquals(describe(e), describe(l));
            assertEquals(JsonLines.format(e), JsonLines.format(l));
            assertEquals(InfoText.of(e), InfoText.of(l));
            assertEquals(e.layers().getFirst().text("frame.protocols"), l.protocols());
            assertEquals(e.malformed(), l.malformed());
        }
    }

    @Test
    void theTcpStreamWithoutFieldsIsTheFieldsValue() {
        List<RawFrame> raws = capture();
        List<Frame> lazy = decode(raws, false);
        List<Frame> eager = decode(raws, true);
        int withStream = 0;
        for (int i = 0; i < raws.size(); i++) {
            Frame e = eager.get(i);
            long field = e.layer(Protocol.TCP).map(t -> t.number(TcpDissector.STREAM, -1)).orElse(-1L);
            Frame l = lazy.get(i);
            assertEquals(field, l.tcpStream(), () -> "tcp.stream of " + e);
            assertFalse(l.layers().getFirst().hasFields(), "asking the stream made the fields");
            withStream += field >= 0 ? 1 : 0;
        }
        assertTrue(withStream > 100, "frames with a TCP stream: " + withStream);
    }

    @Test
    void aSummaryOfTcpUdpAndIcmpFramesMakesNoFields() {
        List<Frame> frames = decode(MalformedFramesTest.validFrames(), false);
        SummaryLine summary = new SummaryLine(ZoneOffset.UTC);
        int checked = 0;
        for (Frame f : frames) {
            String p = f.protocols();
            boolean plain = p.endsWith(":tcp") || p.endsWith(":udp") || p.endsWith("ip:icmp");
            summary.format(f);
            if (plain) {
                checked++;
                for (Layer l : f.layers()) {
                    assertFalse(l.hasFields(), () -> "the summary of " + p + " made the fields of " + l);
                }
            }
        }
        assertTrue(checked > 50, "checked " + checked + " frames");
    }

    @Test
    void fieldsAskedForFromTwoThreadsAtOnceAreTheSame() throws Exception {
        List<RawFrame> raws = capture().subList(0, 4_000);
        List<Frame> eager = decode(raws, true);
        List<Frame> lazy = decode(raws, false);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<List<String>> read = () -> lazy.stream().map(LazyFieldsTest::describe).toList();
            Future<List<String>> a = pool.submit(read);
            Future<List<String>> b = pool.submit(read);
            List<String> expected = eager.stream().map(LazyFieldsTest::describe).toList();
            assertEquals(expected, a.get());
            assertEquals(expected, b.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Everything the detail tree and the bytes pane show of a frame, as text. */
    private static String describe(Frame f) {
        StringBuilder s = new StringBuilder();
        for (Layer l : f.layers()) {
            s.append(l).append(' ').append(l.title()).append('\n');
            for (Field x : l.fields()) {
                s.append("  ").append(x.name()).append(' ').append(x.bitOffset()).append('+').append(x.bitLength())
                        .append(" d").append(x.depth()).append(' ').append(x.number()).append(' ').append(x.value())
                        .append(" | ").append(x.text()).append(" | ").append(x.explanation()).append('\n');
            }
        }
        return s.toString();
    }
}
