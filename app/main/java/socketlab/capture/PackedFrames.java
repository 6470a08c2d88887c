package socketlab.capture;

import java.util.ArrayList;
import java.util.List;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * A batch of frames packed for a wait in a queue: their bytes one after another in one array, their numbers, times
 * and lengths in plain arrays. A few objects per batch instead of a few per frame, so frames waiting for a busy
 * thread cost the garbage collector a copy of their bytes rather than a walk over many small objects (a pause of
 * the window's thread would be as long as that walk).
 */
public final class PackedFrames {
    private final LinkType linkType;
    private final byte[] bytes;
    private final int[] offsets;
    private final long[] numbers;
    private final long[] micros;
    private final int[] original;

    private PackedFrames(LinkType linkType, byte[] bytes, int[] offsets, long[] numbers, long[] micros,
            int[] original) {
        this.linkType = linkType;
        this.bytes = bytes;
        this.offsets = offsets;
        this.numbers = numbers;
        this.micros = micros;
        this.original = original;
    }

    /** Copies the frames, which must share one link type, into one packed batch. */
    public static PackedFrames of(List<RawFrame> frames) {
        int n = frames.size();
        long total = 0;
        for (RawFrame f : frames) {
            total += f.data().length;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many bytes for one batch: " + total);
        }
        byte[] bytes = new byte[(int) total];
        int[] offsets = new int[n + 1];
        long[] numbers = new long[n];
        long[] micros = new long[n];
        int[] original = new int[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            RawFrame f = frames.get(i);
            System.arraycopy(f.data(), 0, bytes, at, f.data().length);
            offsets[i] = at;
            at += f.data().length;
            numbers[i] = f.number();
            micros[i] = f.epochMicros();
            original[i] = f.originalLength();
        }
        offsets[n] = at;
        return new PackedFrames(n == 0 ? LinkType.ETHERNET : frames.getFirst().linkType(), bytes, offsets, numbers,
                micros, original);
    }

    public int size() {
        return numbers.length;
    }

    /** Frames {@code from} (inclusive) to {@code to} (exclusive) as records, each with a copy of its bytes. */
    public List<RawFrame> frames(int from, int to) {
        List<RawFrame> frames = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            byte[] data = java.util.Arrays.copyOfRange(bytes, offsets[i], offsets[i + 1]);
            frames.add(new RawFrame(numbers[i], micros[i], original[i], linkType, data));
        }
        return frames;
    }
}
