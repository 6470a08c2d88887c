package socketlab.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import socketlab.HeapBudget;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LinkType;
import socketlab.decode.LocalAddresses;
import socketlab.decode.RawFrame;

/**
 * The packets of one capture as the window shows them: the frames kept compactly, in order, with the decoder state
 * that follows them (TCP streams, relative sequence numbers), so that any one frame can be decoded again when it is
 * looked at. Frames are added in capture order by one background thread and read by any thread; the writer gives
 * way to readers waiting for the lock, so drawing rows never waits for a backlog of frames to be added.
 *
 * <p>It holds at most a number of frames and bytes, by default what the heap allows ({@link HeapBudget}), at most
 * {@link #MAX_FRAMES} frames and {@link #MAX_BYTES} bytes: a capture that reaches either is told so
 * ({@link #isFull()}) instead of using up the machine's memory.
 */
public final class PacketLog {
    /** Two million frames: far more than a lab exercise makes, and room for the benchmark's million. */
    public static final int MAX_FRAMES = HeapBudget.CAPTURE_FRAMES_CEILING;
    /** Half a gigabyte of captured bytes, the most the window keeps on any machine. */
    public static final long MAX_BYTES = HeapBudget.CAPTURE_BYTES_CEILING;

    private static final int SAVE_CHUNK = 4096;

    private final int maxFrames;
    private final long maxBytes;
    private final LocalAddresses local;
    /**
     * Guards everything below but {@code size} and {@code full}. Fair, so that a reader that waits for it gets it
     * before the writer takes it again; see {@link #giveWayToReaders()}.
     */
    private final ReentrantLock lock = new ReentrantLock(true);
    private FrameStore store;
    private FrameDecoder decoder;
    /** The TCP stream of each frame, -1 for frames without TCP: picks a connection's frames without decoding all. */
    private int[] streams = new int[1024];
    /** How many frames each TCP stream has, so a view knows when a connection it shows has grown. */
    private int[] streamSizes = new int[64];
    private volatile boolean full;
    private volatile int size;
    /** The snap length of where the frames came from (an opened file's), which a save keeps. */
    private int snapLength = CaptureOptions.MAX_SNAPLEN;

    /** A log with the limits this JVM's heap allows ({@link HeapBudget}): the ceilings above on most machines. */
    public PacketLog() {
        this(HeapBudget.ofThisJvm().captureFrames(), HeapBudget.ofThisJvm().captureBytes(),
                LocalAddresses.ofThisMachine());
    }

    public PacketLog(int maxFrames, long maxBytes, LocalAddresses local) {
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
        this.local = local;
        clear();
    }

    /** Forgets every frame and the decoder's state: the next frame starts a new capture. */
    public void clear() {
        lock.lock();
        try {
            store = new FrameStore(maxFrames, maxBytes);
            decoder = new FrameDecoder(local);
            streams = new int[1024];
            streamSizes = new int[64];
            full = false;
            size = 0;
            snapLength = CaptureOptions.MAX_SNAPLEN;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records the snap length of the frames' source, such as an opened file's header, so that saving them writes
     * the same; the default is the largest, which keeps every frame whole.
     */
    public void setSnapLength(int snapLength) {
        lock.lock();
        try {
            this.snapLength = Math.clamp(snapLength, 1, CaptureOptions.MAX_SNAPLEN);
        } finally {
            lock.unlock();
        }
    }

    /** The snap length a save writes: the source's, or more if a frame held is longer. */
    public int snapLength() {
        lock.lock();
        try {
            return Math.max(snapLength, store.largest());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds frames in capture order and decodes each once, to follow its TCP connection.
     *
     * @return how many were kept: fewer than offered once the log is full, or when a frame's link type differs from
     *         the frames before it (a log holds one capture)
     */
    public int addAll(List<RawFrame> frames) {
        lock.lock();
        try {
            FrameStore into = store;
            int kept = 0;
            for (RawFrame f : frames) {
                if (full || !store.add(f)) {
                    full = full || !store.hasRoomFor(f.data().length);
                    break;
                }
                int index = store.size() - 1;
                if (index == streams.length) {
                    streams = Arrays.copyOf(streams, Math.min(maxFrames, index * 2));
                }
                // the stream from the decoder's TCP state: asking the field for it made every field of every frame
                int stream = decoder.decode(store.get(index)).tcpStream();
                streams[index] = stream;
                if (stream >= 0) {
                    if (stream >= streamSizes.length) {
                        streamSizes = Arrays.copyOf(streamSizes, Math.max(stream + 1, streamSizes.length * 2));
                    }
                    streamSizes[stream]++;
                }
                kept++;
                size = store.size();
                if (lock.hasQueuedThreads()) {
                    giveWayToReaders();
                    if (store != into) {
                        break; // cleared meanwhile: these frames belong to the capture before
                    }
                }
            }
            size = store.size();
            return kept;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The writer, holding the lock, lets the threads waiting for it (the window drawing rows) go first. With a lock
     * that is not fair, a writer with a backlog that let go and at once took it again would starve them: the JavaFX
     * thread, woken when the writer let go, found the lock taken again and waited for the whole backlog, a second
     * and more during a burst on a busy machine. The fair lock queues the writer behind them.
     */
    private void giveWayToReaders() {
        lock.unlock();
        lock.lock();
    }

    /** How many frames the log holds; safe to ask from any thread without waiting for the writer. */
    public int size() {
        return size;
    }

    /** True once a frame did not fit: the capture reached the log's limit. */
    public boolean isFull() {
        return full;
    }

    public int maxFrames() {
        return maxFrames;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The captured bytes held. */
    public long bytes() {
        lock.lock();
        try {
            return store.bytes();
        } finally {
            lock.unlock();
        }
    }

    /** The frames' link type, when there are frames. */
    public Optional<LinkType> linkType() {
        lock.lock();
        try {
            return Optional.ofNullable(store.linkType());
        } finally {
            lock.unlock();
        }
    }

    /** The frame at {@code index} (0-based) as captured, numbered {@code index + 1}. */
    public RawFrame raw(int index) {
        lock.lock();
        try {
            return store.get(index);
        } finally {
            lock.unlock();
        }
    }

    /** The frame at {@code index} decoded, with relative sequence numbers of its connection. */
    public Frame decode(int index) {
        lock.lock();
        try {
            return decoder.decode(store.get(index));
        } finally {
            lock.unlock();
        }
    }

    /** What {@link #decodeRange} hands over for each frame. */
    public interface DecodedFrame {
        void accept(int index, Frame frame, long relativeMicros);
    }

    /**
     * Decodes the frames from {@code from} to {@code to} (exclusive) under one hold of the lock, handing each with its
     * microseconds from the first frame: a screen of rows costs one wait for the writer, not one per row.
     */
    public void decodeRange(int from, int to, DecodedFrame each) {
        lock.lock();
        try {
            long first = to > from ? store.micros(0) : 0;
            for (int i = from; i < to; i++) {
                each.accept(i, decoder.decode(store.get(i)), store.micros(i) - first);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Microseconds from the first frame to the frame at {@code index}. */
    public long relativeMicros(int index) {
        lock.lock();
        try {
            return store.micros(index) - store.micros(0);
        } finally {
            lock.unlock();
        }
    }

    /** The TCP stream number of the frame at {@code index}, or -1 when it carries no TCP. */
    public int stream(int index) {
        lock.lock();
        try {
            return streams[index];
        } finally {
            lock.unlock();
        }
    }

    /** How many frames TCP stream {@code stream} has so far. */
    public int streamSize(int stream) {
        lock.lock();
        try {
            return stream >= 0 && stream < streamSizes.length ? streamSizes[stream] : 0;
        } finally {
            lock.unlock();
        }
    }

    /** Every frame of TCP stream {@code stream}, decoded, in capture order. */
    public List<Frame> streamFrames(int stream) {
        lock.lock();
        try {
            List<Frame> frames = new ArrayList<>();
            for (int i = 0; i < store.size(); i++) {
                if (streams[i] == stream) {
                    frames.add(decoder.decode(store.get(i)));
                }
            }
            return frames;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Saves every frame held when it is called as a classic pcap file that tcpdump and Wireshark open. Frames are
     * copied out a few thousand at a time, so a capture can go on (and the window read frames) while a large one is
     * written.
     *
     * @throws IOException when the file cannot be written
     * @throws IllegalStateException when the log is empty
     */
    public void save(Path file) throws IOException {
        LinkType type;
        int count;
        FrameStore frames; // kept even if the log is cleared meanwhile: the file gets what was there when asked
        int snap;
        lock.lock();
        try {
            frames = store;
            snap = snapLength();
            type = store.linkType();
            count = store.size();
        } finally {
            lock.unlock();
        }
        if (type == null) {
            throw new IllegalStateException("there are no packets to save");
        }
        try (PcapWriter w = PcapWriter.create(file, type, snap)) {
            for (int from = 0; from < count; from += SAVE_CHUNK) {
                List<RawFrame> chunk = new ArrayList<>(SAVE_CHUNK);
                lock.lock();
                try {
                    for (int i = from; i < Math.min(count, from + SAVE_CHUNK); i++) {
                        chunk.add(frames.get(i));
                    }
                } finally {
                    lock.unlock();
                }
                for (RawFrame f : chunk) {
                    w.write(f);
                }
            }
        }
    }
}
