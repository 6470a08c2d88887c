package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Nothing a file or the wire contains can make decoding fail: every truncation of every valid frame, frames whose
 * lengths lie, and random bytes all decode to layers that stay inside the captured bytes, ending in a malformed
 * layer with a reason and an offset where decoding had to stop.
 */
class MalformedFramesTest {
    private static final long SEED = 20_241_122L;

    /** The valid frames of the summary test, under every link type the lab decodes. */
    static List<RawFrame> validFrames() {
        List<RawFrame> frames = new ArrayList<>();
        long n = 1;
        for (byte[] packet : SampleFrames.ipPackets()) {
            int type = (packet[0] >> 4) == 6 ? 0x86dd : 0x0800;
            frames.add(raw(n++, LinkType.ETHERNET, Packets.ethernet(new byte[6], new byte[6], type, packet)));
            frames.add(raw(n++, LinkType.RAW, packet));
            frames.add(raw(n++, LinkType.NULL, Packets.concat(new byte[] {(byte) (type == 0x0800 ? 2 : 30), 0, 0, 0},
                    packet)));
            frames.add(raw(n++, LinkType.LINUX_SLL, Packets.concat(ByteBuffer.allocate(16).putShort((short) 4)
                    .putShort((short) 772).putShort((short) 0).putLong(0).putShort((short) type).array(), packet)));
            frames.add(raw(n++, LinkType.LINUX_SLL2, Packets.concat(ByteBuffer.allocate(20).putShort((short) type)
                    .putShort((short) 0).putInt(1).putShort((short) 772).put((byte) 0).put((byte) 0).putLong(0)
                    .array(), packet)));
        }
        frames.add(raw(n, LinkType.ETHERNET, Packets.ethernet(new byte[6], new byte[6], 0x0806,
                Packets.arp(1, new byte[6], Packets.ip("10.0.0.1"), new byte[6], Packets.ip("10.0.0.2")))));
        return frames;
    }

    private static RawFrame raw(long n, LinkType type, byte[] data) {
        return new RawFrame(n, 1_700_000_000_000_000L + n, data.length, type, data);
    }

    @Test
    void everyTruncationOfEveryValidFrameDecodesWithoutAnException() {
        int malformed = 0;
        int frames = 0;
        for (RawFrame whole : validFrames()) {
            byte[] data = whole.data();
            for (int cut = 0; cut <= data.length; cut++) {
                byte[] part = Arrays.copyOf(data, cut);
                // cut by the snap length: the wire had the whole frame
                Frame snapped = check(new RawFrame(whole.number(), whole.epochMicros(), data.length, whole.linkType(),
                        part));
                // the frame itself is that short: its headers now claim more than it has
                Frame shortened = check(new RawFrame(whole.number(), whole.epochMicros(), cut, whole.linkType(),
                        part));
                malformed += snapped.malformed().isPresent() ? 1 : 0;
                malformed += shortened.malformed().isPresent() ? 1 : 0;
                frames += 2;
                if (cut == data.length) {
                    assertFalse(snapped.malformed().isPresent(), () -> "the whole frame is well formed: " + snapped);
                }
                if (cut == 0) {
                    assertTrue(snapped.malformed().isPresent(), "an empty frame is malformed");
                }
            }
        }
        assertTrue(malformed > frames / 4, "most cuts land in a header: " + malformed + " of " + frames);
    }

    @Test
    void randomBytesAndRandomlyDamagedFramesDecodeWithoutAnException() {
        Random random = new Random(SEED);
        List<RawFrame> valid = validFrames();
        for (int i = 0; i < 20_000; i++) {
            LinkType type = LinkType.values()[random.nextInt(LinkType.values().length)];
            byte[] data = new byte[random.nextInt(120)];
            random.nextBytes(data);
            check(new RawFrame(i + 1, 0, data.length + random.nextInt(3), type, data));
        }
        for (int i = 0; i < 20_000; i++) {
            RawFrame base = valid.get(random.nextInt(valid.size()));
            byte[] data = base.data().clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                data[random.nextInt(data.length)] = (byte) random.nextInt(256);
            }
            check(new RawFrame(i + 1, 0, data.length, base.linkType(), data));
        }
    }

    @Test
    void aMalformedFrameSaysWhyAndWhere() {
        byte[] packet = SampleFrames.ipPackets().getFirst(); // a SYN with options, 60 bytes
        byte[] frame = Packets.loopbackEthernet(packet);
        Frame cut = new FrameDecoder(LocalAddresses.loopbackOnly()).decode(new RawFrame(1, 0, frame.length,
                LinkType.ETHERNET, Arrays.copyOf(frame, 14 + 20 + 10)));
        Malformed m = cut.malformed().orElseThrow();
        assertEquals("TCP header cut short: 10 of 20 bytes captured", m.reason());
        assertEquals(14 + 20 + 10, m.offset());
        assertEquals("eth:ip:tcp", cut.protocols());
        assertEquals(List.of("frame", "eth", "ip", "tcp", Layer.MALFORMED), cut.layers().stream().map(Layer::name)
                .toList());

        byte[] lying = frame.clone();
        lying[14 + 2] = 0x05; // total length 0x05xx: far more than the frame holds
        Frame inconsistent = new FrameDecoder(LocalAddresses.loopbackOnly()).decode(new RawFrame(1, 0, lying.length,
                LinkType.ETHERNET, lying));
        assertTrue(inconsistent.malformed().orElseThrow().reason().startsWith("IPv4 total length"),
                inconsistent::toString);
        assertEquals(14 + 20, inconsistent.malformed().orElseThrow().offset());
    }

    /** Decodes and formats one frame and checks that everything it found stays inside the captured bytes. */
    static Frame check(RawFrame raw) {
        Frame f = new FrameDecoder(LocalAddresses.loopbackOnly()).decode(raw);
        int cap = raw.data().length;
        assertEquals(Layer.FRAME, f.layers().getFirst().name());
        for (Layer l : f.layers()) {
            assertTrue(l.offset() >= 0 && l.offset() + l.length() <= cap, () -> l + " outside " + cap + " bytes");
            for (Field field : l.fields()) {
                assertTrue(field.bitOffset() >= 0 && field.bitOffset() + field.bitLength() <= cap * 8L,
                        () -> field + " outside the captured bytes of " + f);
                field.text();
                field.explanation();
            }
            l.title();
        }
        f.malformed().ifPresent(m -> {
            assertTrue(m.offset() >= 0 && m.offset() <= cap, () -> m + " outside " + cap + " bytes");
            assertFalse(m.reason().isBlank());
            assertFalse(m.reason().startsWith("The lab could not decode"), () -> "a dissector threw on " + f);
        });
        assertTrue(f.layers().stream().filter(Layer::isMalformed).count() <= 1);
        new SummaryLine().format(f);
        MiniJson.parse(JsonLines.format(f));
        InfoText.of(f);
        return f;
    }
}
