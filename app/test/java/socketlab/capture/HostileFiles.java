package socketlab.capture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import socketlab.decode.Packets;
import socketlab.decode.SampleFrames;

/**
 * Capture files made to break a reader: headers that lie about snap lengths and record lengths, files cut at every
 * kind of place, pcapng blocks with impossible lengths, random bytes, and fuzzed variants of real captures. Each
 * hostile file comes with what an honest reader makes of it: how many frames it gives before it stops, and the words
 * its one sentence must hold (none when the file is fine).
 */
public final class HostileFiles {
    /** A hostile file and the reader's expected answer. */
    public record Case(String name, byte[] bytes, int frames, String problem) {
    }

    private static final int LINKTYPE_ETHERNET = 1;

    private HostileFiles() {
    }

    /** The real frames every base capture holds: a loopback TCP and UDP exchange in Ethernet frames. */
    public static List<byte[]> frames() {
        List<byte[]> frames = new ArrayList<>();
        for (byte[] p : SampleFrames.ipPackets()) {
            frames.add(Packets.loopbackEthernet(p));
        }
        return frames;
    }

    /** A classic pcap (little-endian, microseconds) with the given snap length and well-formed records. */
    public static byte[] pcap(int snaplen, List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(pcapHeader(snaplen));
        long t = 1_732_227_594_177_677L;
        for (byte[] f : frames) {
            out.writeBytes(record(t++, f.length, f.length, f));
        }
        return out.toByteArray();
    }

    static byte[] pcapHeader(int snaplen) {
        return le(24).putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(snaplen)
                .putInt(LINKTYPE_ETHERNET).array();
    }

    /** A record header claiming {@code incl} captured and {@code orig} original bytes, followed by {@code data}. */
    static byte[] record(long micros, long incl, long orig, byte[] data) {
        ByteBuffer b = le(16 + data.length).putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000))
                .putInt((int) incl).putInt((int) orig);
        return b.put(data).array();
    }

    /** A pcapng file: section header, one Ethernet interface, one enhanced packet block per frame. */
    public static byte[] pcapng(List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(pcapngHead());
        long t = 1_732_227_594_177_677L;
        for (byte[] f : frames) {
            out.writeBytes(epb(t++, f.length, f));
        }
        return out.toByteArray();
    }

    static byte[] pcapngHead() {
        ByteBuffer b = le(28 + 20);
        b.putInt(0x0a0d0d0a).putInt(28).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1)
                .putInt(28);
        b.putInt(1).putInt(20).putShort((short) LINKTYPE_ETHERNET).putShort((short) 0).putInt(262_144).putInt(20);
        return b.array();
    }

    /** An enhanced packet block claiming {@code capLen} captured bytes and holding {@code data} (padded). */
    static byte[] epb(long micros, long capLen, byte[] data) {
        int padded = (data.length + 3) & ~3;
        int length = 32 + padded;
        return le(length).putInt(6).putInt(length).putInt(0).putInt((int) (micros >>> 32)).putInt((int) micros)
                .putInt((int) capLen).putInt(data.length).put(data).put(new byte[padded - data.length]).putInt(length)
                .array();
    }

    static byte[] block(int type, int length, int realBytes) {
        ByteBuffer b = le(Math.max(8, realBytes)).putInt(type).putInt(length);
        return b.array();
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The hand-made hostile set, each with the frames a reader keeps and the words of its sentence. */
    public static List<Case> cases() {
        List<byte[]> frames = frames();
        byte[] one = frames.getFirst();
        int n = frames.size();
        byte[] good = pcap(65_535, frames);
        long t = 1_732_227_594_177_677L;
        int secondRecord = 24 + 16 + one.length;
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("snaplen 0x7FFFFFFF and a record as long", concat(pcapHeader(0x7fffffff), record(t, one.length,
                one.length, one), record(t, 0x7fffffffL, 0x7fffffffL, new byte[0])), 1,
                "frame 2, at byte " + secondRecord + ": its record claims 2147483647 captured bytes, more than the"
                        + " 262144 a frame can hold"));
        cases.add(new Case("snaplen 0", pcap(0, frames), n, null));
        cases.add(new Case("snaplen 0xFFFFFFFF and a record of 4 GiB", concat(pcapHeader(-1), record(t, 0xffffffffL,
                0xffffffffL, new byte[0])), 0, "frame 1, at byte 24: its record claims 4294967295 captured bytes"));
        cases.add(new Case("a record past the end of the file", concat(pcapHeader(65_535), record(t, one.length,
                one.length, one), record(t, 1000, 1000, new byte[10])), 1,
                "frame 2, at byte " + secondRecord + ": the file ends after 10 of its 1000 bytes"));
        cases.add(new Case("a record past the cap", concat(pcapHeader(0x7fffffff), record(t, 262_145, 262_145,
                new byte[262_145])), 0, "frame 1, at byte 24: its record claims 262145 captured bytes, more than"
                        + " the 262144 a frame can hold"));
        cases.add(new Case("a record at the cap", concat(pcapHeader(65_535), record(t, 262_144, 262_144,
                new byte[262_144])), 1, null));
        cases.add(new Case("incl_len > orig_len", concat(pcapHeader(65_535), record(t, one.length, 10, one)), 1, null));
        cases.add(new Case("zero-length records", concat(pcapHeader(65_535), record(t, 0, 0, new byte[0]), record(t, 0,
                1514, new byte[0]), record(t, one.length, one.length, one)), 3, null));
        cases.add(new Case("a truncated record header", concat(java.util.Arrays.copyOf(good, good.length), new byte[7]),
                n, "frame " + (n + 1) + ", at byte " + good.length + ": the file ends inside its 16-byte record"
                        + " header (7 bytes)"));
        cases.add(new Case("a truncated record", java.util.Arrays.copyOf(good, secondRecord + 16 + 3), 1,
                "frame 2, at byte " + secondRecord + ": the file ends after 3 of its"));
        cases.add(new Case("a truncated file header", java.util.Arrays.copyOf(good, 10), 0,
                "the capture file's header is cut short (10 of 24 bytes)"));
        cases.add(new Case("bad magic", concat(new byte[] {1, 2, 3, 4}, java.util.Arrays.copyOfRange(good, 4,
                good.length)), 0, "not a capture file"));
        byte[] ng = pcapng(frames);
        int firstEpb = 48;
        int secondEpb = firstEpb + epb(t, one.length, one).length;
        cases.add(new Case("pcapng", ng, n, null));
        cases.add(new Case("pcapng with a zero block length", concat(pcapngHead(), epb(t, one.length, one),
                block(6, 0, 64)), 1, "frame 2, at byte " + secondEpb + ": a block claims a length of 0 bytes"));
        cases.add(new Case("pcapng with a block length past the end", concat(pcapngHead(), epb(t, one.length, one),
                block(6, 4096, 64)), 1, "frame 2, at byte " + secondEpb + ": the file ends after 64 of its block's"
                        + " 4096 bytes"));
        cases.add(new Case("pcapng with a block length of 4 GiB", concat(pcapngHead(), block(6, 0xfffffffc, 64)), 0,
                "frame 1, at byte " + firstEpb + ": its block claims 4294967292 bytes, more than a frame"));
        cases.add(new Case("pcapng with a packet claiming 2 GiB", concat(pcapngHead(), epb(t, 0x7fffffffL, one)), 0,
                "frame 1, at byte " + firstEpb + ": its block claims 2147483647 captured bytes, more than the 262144"));
        byte[] unknown = le(20).putInt(0x0badf00d).putInt(20).putInt(7).putInt(9).putInt(20).array();
        cases.add(new Case("pcapng with an unknown block type", concat(pcapngHead(), epb(t, one.length, one), unknown,
                epb(t, one.length, one)), 2, null));
        cases.add(new Case("pcapng with an unknown block past the end", concat(pcapngHead(), epb(t, one.length, one),
                block(0x0badf00d, 1 << 30, 64)), 1, "frame 2, at byte " + secondEpb + ": the file ends inside a block"
                        + " that claims 1073741824 bytes"));
        cases.add(new Case("pcapng whose packet names a missing interface", concat(pcapngHead(),
                le(32 + 4).putInt(6).putInt(36).putInt(5).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0)
                        .putInt(36).array()), 0, "frame 1, at byte 48: it names interface 5, but the section"
                        + " describes 1"));
        Random random = new Random(20_261_207);
        for (int i = 0; i < 4; i++) {
            byte[] noise = new byte[1 + random.nextInt(4096)];
            random.nextBytes(noise);
            cases.add(new Case("random bytes " + i, noise, 0, "not a capture file"));
        }
        return cases;
    }

    /** Random bytes behind a valid magic number: the reader must get past the first check. */
    public static List<byte[]> noiseBehindMagic(Random random, int count) {
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] noise = new byte[24 + random.nextInt(8192)];
            random.nextBytes(noise);
            byte[] head = i % 2 == 0 ? pcapHeader(random.nextInt()) : pcapngHead();
            System.arraycopy(head, 0, noise, 0, Math.min(head.length, i % 2 == 0 ? 4 : 12));
            files.add(noise);
        }
        return files;
    }

    /**
     * A fuzzed variant of a real capture: a few of its bytes replaced by random or extreme values (lengths of
     * 0, 0x7FFFFFFF and 0xFFFFFFFF written over any four bytes), a cut at a random length, or a span duplicated.
     */
    public static byte[] fuzz(byte[] base, Random random) {
        byte[] b = base.clone();
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            switch (random.nextInt(5)) {
                case 0 -> b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                case 1 -> {
                    int at = random.nextInt(Math.max(1, b.length - 3));
                    int v = switch (random.nextInt(4)) {
                        case 0 -> 0;
                        case 1 -> 0x7fffffff;
                        case 2 -> 0xffffffff;
                        default -> random.nextInt(1 << 20);
                    };
                    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(Math.min(at, b.length - 4), v);
                }
                case 2 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
                case 3 -> {
                    int from = random.nextInt(b.length + 1);
                    int to = from + random.nextInt(b.length - from + 1);
                    b = concat(java.util.Arrays.copyOf(b, to), java.util.Arrays.copyOfRange(b, from, b.length));
                }
                default -> b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
            }
            if (b.length < 4) {
                return b;
            }
        }
        return b;
    }

    /** The real captures fuzzing starts from, by name: classic pcap and pcapng of the same frames. */
    public static Map<String, byte[]> bases() {
        Map<String, byte[]> bases = new LinkedHashMap<>();
        bases.put("pcap", pcap(262_144, frames()));
        bases.put("pcapng", pcapng(frames()));
        return bases;
    }
}
