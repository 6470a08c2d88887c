package socketlab.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LocalAddresses;
import socketlab.decode.RawFrame;

/**
 * Untrusted capture files: every hostile file ends with the frames before the damage and one sentence that names
 * the frame and byte offset, whatever its headers claim; the decoding worker always ends its stream; ten thousand
 * fuzzed variants of real captures are read to their end or to one {@link PcapFileException}, never anything else.
 */
class HostileCaptureFilesTest {
    private static final int FUZZED = 10_000;

    @TempDir
    Path dir;

    /** What reading a whole file came to. */
    private record Outcome(int frames, PcapFileException problem) {
    }

    private static Outcome readAll(Path file) {
        try {
            return readAll(PcapReader.open(file));
        } catch (PcapFileException e) {
            return new Outcome(0, e);
        }
    }

    /** Reads bytes in memory as if they were the file {@code name}: the fuzz writes no files, so it runs fast. */
    private static Outcome readAll(Path name, byte[] bytes) {
        try {
            return readAll(PcapReader.open(name, new ByteArrayInputStream(bytes)));
        } catch (PcapFileException e) {
            return new Outcome(0, e);
        }
    }

    private static Outcome readAll(PcapReader reader) {
        int frames = 0;
        try (PcapReader r = reader) {
            assertTrue(r.snapLength() >= 1 && r.snapLength() <= PcapReader.MAX_FRAME, "snap length " + r.snapLength());
            RawFrame f;
            while ((f = r.next()) != null) {
                frames++;
                assertEquals(frames, f.number());
                assertTrue(f.data().length <= PcapReader.MAX_FRAME, "a frame beyond the cap: " + f);
                assertTrue(f.originalLength() >= f.data().length, "a frame shorter on the wire than captured: " + f);
            }
            assertNull(r.next(), "the end stays the end");
            return new Outcome(frames, null);
        } catch (PcapFileException e) {
            return new Outcome(frames, e);
        }
    }

    private static Outcome decodeAll(Path file) throws InterruptedException {
        try {
            return decodeAll(PcapReader.open(file));
        } catch (PcapFileException e) {
            return new Outcome(0, e);
        }
    }

    private static Outcome decodeAll(Path name, byte[] bytes) throws InterruptedException {
        try {
            return decodeAll(PcapReader.open(name, new ByteArrayInputStream(bytes)));
        } catch (PcapFileException e) {
            return new Outcome(0, e);
        }
    }

    private static Outcome decodeAll(PcapReader reader) throws InterruptedException {
        int frames = 0;
        try (DecodedFrames d = DecodedFrames.start(reader, new FrameDecoder(LocalAddresses.loopbackOnly(), true))) {
            Frame f;
            while ((f = d.next()) != null) {
                frames++;
                assertNotNull(f);
            }
            return new Outcome(frames, null);
        } catch (PcapFileException e) {
            return new Outcome(frames, e);
        }
    }

    @Test
    void eachHostileFileGivesTheFramesBeforeTheDamageThenOneSentenceSayingWhere() throws Exception {
        for (HostileFiles.Case c : HostileFiles.cases()) {
            Path file = dir.resolve(c.name().replace(' ', '-') + ".cap");
            Files.write(file, c.bytes());
            Outcome read = readAll(file);
            assertEquals(c.frames(), read.frames(), c.name() + ": frames kept");
            if (c.problem() == null) {
                assertNull(read.problem(), c.name() + ": " + read.problem());
            } else {
                assertNotNull(read.problem(), c.name() + ": no problem reported");
                String m = read.problem().getMessage();
                assertTrue(m.startsWith(file + ": "), c.name() + ": " + m);
                assertTrue(m.contains(c.problem()), c.name() + ": expected \"" + c.problem() + "\" in: " + m);
                assertFalse(m.contains("\n"), c.name() + ": one line: " + m);
                assertFalse(read.problem().kind() == PcapFileException.Kind.UNREADABLE, c.name()
                        + ": the file's fault, not the system's");
            }
            Outcome decoded = decodeAll(file);
            assertEquals(read.frames(), decoded.frames(), c.name() + ": the decoder gives the same frames");
            assertEquals(read.problem() == null ? null : read.problem().getMessage(),
                    decoded.problem() == null ? null : decoded.problem().getMessage(), c.name());
        }
    }

    @Test
    void lyingSnapLengthsReadAsTheLargestAndASaveKeepsAFilesOwnSnapLength() throws Exception {
        for (int snap : new int[] {0, 0x7fffffff, -1}) {
            Path file = dir.resolve("snap" + snap + ".pcap");
            Files.write(file, HostileFiles.pcap(snap, HostileFiles.frames()));
            try (PcapReader r = PcapReader.open(file)) {
                assertEquals(PcapReader.MAX_FRAME, r.snapLength(), "snap length " + Integer.toHexString(snap));
            }
        }
        // A file with a small snap length, opened and saved again, keeps it: tcpdump reads the same header.
        Path small = dir.resolve("snap96.pcap");
        java.util.List<byte[]> cut = HostileFiles.frames().stream()
                .map(f -> java.util.Arrays.copyOf(f, Math.min(96, f.length))).toList();
        Files.write(small, HostileFiles.pcap(96, cut));
        PacketLog log = new PacketLog(1000, 64L << 20, LocalAddresses.loopbackOnly());
        try (PcapReader r = PcapReader.open(small)) {
            assertEquals(96, r.snapLength());
            log.setSnapLength(r.snapLength());
            RawFrame f;
            while ((f = r.next()) != null) {
                log.addAll(java.util.List.of(f));
            }
        }
        Path saved = dir.resolve("saved.pcap");
        log.save(saved);
        try (PcapReader r = PcapReader.open(saved)) {
            assertEquals(96, r.snapLength());
            assertEquals(cut.size(), readAll(saved).frames());
        }
        // A frame at the lab's cap is kept, and the saved file's snap length grows to hold it.
        log.addAll(java.util.List.of(new RawFrame(99, 0, PcapReader.MAX_FRAME, socketlab.decode.LinkType.ETHERNET,
                new byte[PcapReader.MAX_FRAME])));
        log.save(saved);
        try (PcapReader r = PcapReader.open(saved)) {
            assertEquals(PcapReader.MAX_FRAME, r.snapLength());
            assertEquals(cut.size() + 1, readAll(saved).frames());
        }
    }

    @Test
    void theFrameStoreHoldsFramesOfAnyLengthEvenBeyondItsBlocks() {
        FrameStore store = new FrameStore(100, 64L << 20);
        int[] sizes = {10, PcapReader.MAX_FRAME, 5 << 20, 0, 4 << 20, 1, (4 << 20) - 1, 9 << 20, 60};
        for (int size : sizes) {
            byte[] data = new byte[size];
            java.util.Arrays.fill(data, (byte) size);
            assertTrue(store.add(new RawFrame(1, size, size, socketlab.decode.LinkType.ETHERNET, data)), "" + size);
        }
        for (int i = 0; i < sizes.length; i++) {
            byte[] back = store.get(i).data();
            assertEquals(sizes[i], back.length);
            for (byte b : back) {
                if (b != (byte) sizes[i]) {
                    fail("frame " + i + " of " + sizes[i] + " bytes came back changed");
                }
            }
        }
        assertEquals(9 << 20, store.largest());
    }

    @Test
    void aDecoderFailureEndsTheStreamWithTheErrorInsteadOfLeavingTheReaderWaiting() throws Exception {
        Path file = dir.resolve("good.pcap");
        Files.write(file, HostileFiles.pcap(65_535, HostileFiles.frames()));
        // A reader that fails on the third frame the way a defect would: with an Error, not an exception.
        PcapReader real = PcapReader.open(file);
        PcapReader failing = new PcapReader() {
            private int seen;

            @Override
            public socketlab.decode.LinkType linkType() {
                return real.linkType();
            }

            @Override
            public int snapLength() {
                return real.snapLength();
            }

            @Override
            public RawFrame next() throws PcapFileException {
                if (++seen == 3) {
                    throw new StackOverflowError("a reader defect");
                }
                return real.next();
            }

            @Override
            public void close() {
                real.close();
            }
        };
        int frames = 0;
        try (DecodedFrames d = DecodedFrames.start(failing, new FrameDecoder(LocalAddresses.loopbackOnly()))) {
            while (d.next() != null) {
                frames++;
            }
            fail("the failure must reach the reader of the frames");
        } catch (DecodedFrames.DecodeFailure e) {
            assertEquals(2, frames, "the frames decoded before the failure still arrive");
            assertTrue(e.getMessage().startsWith("decoding stopped after frame 2 (java.lang.StackOverflowError:"
                    + " a reader defect)"), e.getMessage());
        }
    }

    @Test
    void tenThousandFuzzedVariantsOfRealCapturesEachEndInFramesOrOneSentence() throws Exception {
        Random random = new Random(7);
        Map<String, byte[]> bases = HostileFiles.bases();
        Path file = dir.resolve("fuzzed.cap");
        int ended = 0;
        int damaged = 0;
        int framesRead = 0;
        for (int i = 0; i < FUZZED; i++) {
            String base = i % 2 == 0 ? "pcap" : "pcapng";
            byte[] bytes = HostileFiles.fuzz(bases.get(base), random);
            Outcome o;
            try {
                o = i % 10 == 0 ? decodeAll(file, bytes) : readAll(file, bytes);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("variant " + i + " of " + base + " (" + bytes.length + " bytes) broke the"
                        + " reader instead of being reported", e);
            }
            framesRead += o.frames();
            if (o.problem() == null) {
                ended++;
            } else {
                damaged++;
                String m = o.problem().getMessage();
                assertTrue(m.startsWith(file + ": ") && !m.contains("\n"), "variant " + i + ": " + m);
            }
        }
        assertEquals(FUZZED, ended + damaged);
        // The fuzz must exercise both outcomes, or it tests nothing.
        assertTrue(ended > 100 && damaged > 1000, ended + " read to the end, " + damaged + " damaged");
        assertTrue(framesRead > FUZZED, framesRead + " frames read");
    }

    @Test
    void randomBytesBehindAValidMagicNumberAreReadOrRefusedInOneSentence() throws Exception {
        Path file = dir.resolve("noise.cap");
        int i = 0;
        for (byte[] noise : HostileFiles.noiseBehindMagic(new Random(11), 500)) {
            Outcome o = readAll(file, noise);
            if (o.problem() != null) {
                assertFalse(o.problem().getMessage().contains("\n"), "noise " + i + ": " + o.problem().getMessage());
            }
            i++;
        }
    }
}
