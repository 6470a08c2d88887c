package socketlab.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.decode.LinkType;
import socketlab.decode.PcapWriter;
import socketlab.decode.RawFrame;

/** Capture files of every variant are read frame by frame; every unreadable file is one plain sentence. */
class PcapReaderTest {
    private static final byte[] FRAME = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0x08, 0x00, 0x45};

    @TempDir
    Path dir;

    @Test
    void readsEitherByteOrderAndMicroOrNanosecondFiles() throws Exception {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            for (boolean nanos : new boolean[] {false, true}) {
                Path file = dir.resolve(order + "-" + nanos + ".pcap");
                try (PcapWriter w = new PcapWriter(file, 1, order, nanos)) {
                    w.frame(1_732_227_594_177_677L, 1514, FRAME);
                    w.frame(1_732_227_595_000_001L, FRAME);
                }
                try (PcapReader r = PcapReader.open(file)) {
                    assertEquals(LinkType.ETHERNET, r.linkType());
                    assertEquals(262_144, r.snapLength());
                    RawFrame first = r.next();
                    assertEquals(1, first.number());
                    assertEquals(1_732_227_594_177_677L, first.epochMicros(), order + " nanos=" + nanos);
                    assertEquals(1514, first.originalLength());
                    assertArrayEquals(FRAME, first.data());
                    RawFrame second = r.next();
                    assertEquals(2, second.number());
                    assertEquals(1_732_227_595_000_001L, second.epochMicros());
                    assertNull(r.next());
                    assertNull(r.next(), "the end stays the end");
                }
            }
        }
    }

    @Test
    void framesOfEverySizeComeBackWholeAcrossTheReadersBuffer() throws Exception {
        // Sizes that make record headers and frames straddle the points where the reader refills its buffer, and
        // frames larger than all it buffers at once (up to the largest frame a capture keeps).
        int[] sizes = {0, 1, 15, 16, 17, 1500, 65_535, 200_000, 262_144, 3, 131_072, 262_143, 60};
        Path file = dir.resolve("sizes.pcap");
        java.util.List<byte[]> written = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        try (PcapWriter w = new PcapWriter(file, 1)) {
            for (int round = 0; round < 6; round++) {
                for (int size : sizes) {
                    byte[] data = new byte[size];
                    random.nextBytes(data);
                    written.add(data);
                    w.frame(1_000_000L * written.size(), data);
                }
            }
        }
        try (PcapReader r = PcapReader.open(file)) {
            for (int i = 0; i < written.size(); i++) {
                RawFrame f = r.next();
                assertEquals(i + 1, f.number());
                assertEquals(1_000_000L * (i + 1), f.epochMicros());
                assertArrayEquals(written.get(i), f.data(), "frame " + (i + 1));
            }
            assertNull(r.next());
        }
    }

    @Test
    void readsPcapngWithoutLibpcap() throws Exception {
        Path file = dir.resolve("one.pcapng");
        ByteBuffer b = ByteBuffer.allocate(28 + 20 + 32 + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x0a0d0d0a).putInt(28).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1)
                .putInt(28); // section header
        b.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(65535).putInt(20); // interface
        long micros = 1_732_227_594_177_677L;
        b.putInt(6).putInt(32 + 16).putInt(0).putInt((int) (micros >>> 32)).putInt((int) micros).putInt(FRAME.length)
                .putInt(FRAME.length).put(FRAME).put(new byte[1]).putInt(32 + 16); // enhanced packet, padded
        Files.write(file, Arrays.copyOf(b.array(), b.position()));
        try (PcapReader r = PcapReader.open(file)) {
            assertEquals(LinkType.ETHERNET, r.linkType());
            RawFrame f = r.next();
            assertArrayEquals(FRAME, f.data());
            assertEquals(micros, f.epochMicros());
            assertNull(r.next());
        }
    }

    @Test
    void aFileCutInTheMiddleOfAFrameGivesTheFramesBeforeThenSaysWhere() throws Exception {
        Path file = dir.resolve("cut.pcap");
        try (PcapWriter w = new PcapWriter(file, 1)) {
            w.frame(1, FRAME);
            w.frame(2, FRAME);
        }
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length - 5));
        try (PcapReader r = PcapReader.open(file)) {
            assertArrayEquals(FRAME, r.next().data());
            PcapFileException e = assertThrows(PcapFileException.class, r::next);
            assertEquals(file + ": frame 2, at byte 55: the file ends after 10 of its 15 bytes", e.getMessage());
            assertEquals(PcapFileException.Kind.NOT_A_CAPTURE, e.kind());
        }
    }

    @Test
    void unreadableFilesAreOneSentenceEach() throws Exception {
        Path missing = dir.resolve("missing.pcap");
        assertProblem(missing, PcapFileException.Kind.MISSING, missing + ": no such file");
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "these are not packets\n");
        assertProblem(text, PcapFileException.Kind.NOT_A_CAPTURE,
                text + ": not a capture file (it does not start like a pcap or pcapng file)");
        Path empty = dir.resolve("empty.pcap");
        Files.write(empty, new byte[0]);
        assertProblem(empty, PcapFileException.Kind.NOT_A_CAPTURE, empty + ": not a capture file (it is empty)");
        assertProblem(dir, PcapFileException.Kind.MISSING, dir + ": is a directory, not a file");
        Path usb = dir.resolve("usb.pcap");
        try (PcapWriter w = new PcapWriter(usb, 189)) {
            w.frame(1, FRAME);
        }
        PcapFileException e = assertThrows(PcapFileException.class, () -> PcapReader.open(usb));
        assertEquals(PcapFileException.Kind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().startsWith(usb + ": link type 189 is not supported"), e.getMessage());
    }

    private static void assertProblem(Path file, PcapFileException.Kind kind, String message) {
        PcapFileException e = assertThrows(PcapFileException.class, () -> PcapReader.open(file).close());
        assertEquals(message, e.getMessage());
        assertEquals(kind, e.kind());
    }
}
