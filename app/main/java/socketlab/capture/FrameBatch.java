package socketlab.capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * Frames read from the kernel in one go, held as plain arrays: the reading thread stores each frame's bytes, time
 * stamp and length on the wire and makes no object of its own per frame. The batch is used again once its frames
 * are handed on, so a busy capture allocates nothing here but the frames' bytes.
 *
 * <p>Filled by the capture thread, then read by the delivering thread; the queue between them orders the two.
 */
final class FrameBatch {
    /** Frames per batch: a few kernel blocks' worth of small frames, handed on together. */
    static final int MAX_FRAMES = 4096;
    /** Bytes per batch, so that the batches waiting, if their frames are large, do not hold much memory. */
    static final long MAX_BYTES = 1L << 20;

    private final byte[][] data = new byte[MAX_FRAMES][];
    private final long[] micros = new long[MAX_FRAMES];
    private final int[] original = new int[MAX_FRAMES];
    private int size;
    private long bytes;

    /** Keeps one frame; the caller checks {@link #isFull()} before each. */
    void add(byte[] frame, long epochMicros, int originalLength) {
        data[size] = frame;
        micros[size] = epochMicros;
        original[size] = originalLength;
        bytes += frame.length;
        size++;
    }

    boolean isFull() {
        return size == MAX_FRAMES || bytes >= MAX_BYTES;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The frames as the lab's records, numbered on from {@code firstNumber}. */
    List<RawFrame> frames(long firstNumber, LinkType linkType) {
        List<RawFrame> frames = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            frames.add(new RawFrame(firstNumber + i, micros[i], Math.max(original[i], data[i].length), linkType,
                    data[i]));
        }
        return frames;
    }

    /** Empties the batch for its next use, letting go of the frames' bytes. */
    void clear() {
        Arrays.fill(data, 0, size, null);
        size = 0;
        bytes = 0;
    }
}
