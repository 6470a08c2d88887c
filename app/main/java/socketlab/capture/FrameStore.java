package socketlab.capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * The frames of one capture, kept compactly: their bytes packed one after another in large blocks and their times
 * and lengths in plain arrays, about 20 bytes per frame beyond the bytes themselves, instead of an object and an
 * array per frame. A frame is copied out only when someone looks at it. The store has limits on frames and bytes, so
 * a long capture fills it and stops rather than exhausting memory.
 *
 * <p>Not thread-safe on its own: {@link PacketLog} guards it.
 */
final class FrameStore {
    /**
     * Blocks of 4 MiB: many frames each (a snap length is at most 256 KiB), few enough to waste little. A frame
     * larger than a block, should a caller ever keep one, gets a block of its own size.
     */
    private static final int BLOCK = 4 << 20;

    private final int maxFrames;
    private final long maxBytes;
    private final List<byte[]> blocks = new ArrayList<>();
    private int blockUsed; // of the last block
    private long[] where = new long[1024]; // block index << 32 | offset in the block
    private long[] micros = new long[1024];
    private int[] captured = new int[1024];
    private int[] original = new int[1024];
    private int size;
    private long bytes;
    private int largest;
    private LinkType linkType;

    FrameStore(int maxFrames, long maxBytes) {
        if (maxFrames < 1 || maxBytes < BLOCK) {
            throw new IllegalArgumentException("limits too small: " + maxFrames + " frames, " + maxBytes + " bytes");
        }
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
        blocks.add(new byte[0]); // an empty block: the first frame opens a real one
    }

    /** Keeps a copy of the frame; false when the store is full or the frame's link type differs from the others'. */
    boolean add(RawFrame frame) {
        byte[] data = frame.data();
        if (size >= maxFrames || bytes + data.length > maxBytes) {
            return false;
        }
        if (linkType == null) {
            linkType = frame.linkType();
        } else if (linkType != frame.linkType()) {
            return false;
        }
        if (blockUsed + data.length > blocks.getLast().length) {
            blocks.add(new byte[Math.max(BLOCK, data.length)]);
            blockUsed = 0;
        }
        if (size == where.length) {
            int grown = (int) Math.min(maxFrames, (long) size * 2);
            where = Arrays.copyOf(where, grown);
            micros = Arrays.copyOf(micros, grown);
            captured = Arrays.copyOf(captured, grown);
            original = Arrays.copyOf(original, grown);
        }
        System.arraycopy(data, 0, blocks.getLast(), blockUsed, data.length);
        where[size] = (long) (blocks.size() - 1) << 32 | blockUsed;
        micros[size] = frame.epochMicros();
        captured[size] = data.length;
        original[size] = frame.originalLength();
        blockUsed += data.length;
        bytes += data.length;
        largest = Math.max(largest, data.length);
        size++;
        return true;
    }

    /** The frame at {@code index} (0-based), numbered {@code index + 1}, with a copy of its bytes. */
    RawFrame get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        long w = where[index];
        int offset = (int) w;
        byte[] data = Arrays.copyOfRange(blocks.get((int) (w >>> 32)), offset, offset + captured[index]);
        return new RawFrame(index + 1, micros[index], original[index], linkType, data);
    }

    /** The capture time of the frame at {@code index}, without copying its bytes. */
    long micros(int index) {
        return micros[index];
    }

    int size() {
        return size;
    }

    /** The captured bytes kept so far. */
    long bytes() {
        return bytes;
    }

    /** The most bytes any one frame held: a file saved from the store needs a snap length at least this. */
    int largest() {
        return largest;
    }

    int maxFrames() {
        return maxFrames;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The frames' link type; {@code null} while the store is empty. */
    LinkType linkType() {
        return linkType;
    }

    /** Whether another frame of {@code length} bytes would still fit. */
    boolean hasRoomFor(int length) {
        return size < maxFrames && bytes + length <= maxBytes;
    }
}
