package socketlab.capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * Frames read from the kernel in one go, held as plain arrays: the capture thread copies each frame's bytes into
 * the batch's one buffer and its time stamp and lengths into primitive arrays, and makes no object per frame. The
 * batch and its buffer are used again once its frames are handed on. Frames waiting for a slow listener are
 * therefore a few large arrays, which the garbage collector moves quickly, rather than hundreds of thousands of
 * small ones, whose walk would pause every thread, the capture thread included, while the kernel's buffer fills.
 *
 * <p>Filled by the capture thread, then read by the delivering thread; the queue between them orders the two.
 */
final class FrameBatch {
    /** Frames per batch: a few kernel blocks' worth of small frames, handed on together. */
    static final int MAX_FRAMES = 4096;
    /** Bytes per batch, so that the batches waiting, if their frames are large, do not hold much memory. */
    static final int MAX_BYTES = 1 << 20;
    private static final int FIRST_BUFFER = 64 << 10;

    private byte[] bytes = new byte[FIRST_BUFFER];
    private final int[] offsets = new int[MAX_FRAMES];
    private final int[] lengths = new int[MAX_FRAMES];
    private final long[] micros = new long[MAX_FRAMES];
    private final int[] original = new int[MAX_FRAMES];
    private int size;
    private int used;

    /** Keeps a copy of one frame; the caller checks {@link #isFull()} before each. */
    void add(byte[] frame, long epochMicros, int originalLength) {
        if (used + frame.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(used + frame.length, Math.min(2 * bytes.length,
                    MAX_BYTES + CaptureOptions.MAX_SNAPLEN)));
        }
        System.arraycopy(frame, 0, bytes, used, frame.length);
        offsets[size] = used;
        lengths[size] = frame.length;
        micros[size] = epochMicros;
        original[size] = originalLength;
        used += frame.length;
        size++;
    }

    boolean isFull() {
        return size == MAX_FRAMES || used >= MAX_BYTES;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The frames as the lab's records, each with its own copy of its bytes, numbered on from {@code firstNumber}. */
    List<RawFrame> frames(long firstNumber, LinkType linkType) {
        List<RawFrame> frames = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte[] data = Arrays.copyOfRange(bytes, offsets[i], offsets[i] + lengths[i]);
            frames.add(new RawFrame(firstNumber + i, micros[i], Math.max(original[i], lengths[i]), linkType, data));
        }
        return frames;
    }

    /** Empties the batch for its next use; a buffer grown by a burst shrinks again when batches are small. */
    void clear() {
        if (bytes.length > 4 * FIRST_BUFFER && used < bytes.length / 4) {
            bytes = new byte[FIRST_BUFFER];
        }
        size = 0;
        used = 0;
    }
}
