package socketlab.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import socketlab.HeapBudget;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LinkType;
import socketlab.decode.LocalAddresses;
import socketlab.decode.Protocol;
import socketlab.decode.RawFrame;
import socketlab.decode.TcpDissector;

/**
 * The packets of one capture as the window shows them: the frames kept compactly, in order, with the decoder state
 * that follows them (TCP streams, relative sequence numbers), so that any one frame can be decoded again when it is
 * looked at. Frames are added in capture order by one background thread and read by any thread.
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
    private FrameStore store;
    private FrameDecoder decoder;
    /** The TCP stream of each frame, -1 for frames without TCP: picks a connection's frames without decoding all. */
    private int[] streams = new int[1024];
    /** How many frames each TCP stream has, so a view knows when a connection it shows has grown. */
    private int[] streamSizes = new int[64];
    private boolean full;
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
    public synchronized void clear() {
        store = new FrameStore(maxFrames, maxBytes);
        decoder = new FrameDecoder(local);
        streams = new int[1024];
        streamSizes = new int[64];
        full = false;
        size = 0;
        snapLength = CaptureOptions.MAX_SNAPLEN;
    }

    /**
     * Records the snap length of the frames' source, such as an opened file's header, so that saving them writes
     * the same; the default is the largest, which keeps every frame whole.
     */
    public synchronized void setSnapLength(int snapLength) {
        this.snapLength = Math.clamp(snapLength, 1, CaptureOptions.MAX_SNAPLEN);
    }

    /** The snap length a save writes: the source's, or more if a frame held is longer. */
    public synchronized int snapLength() {
        return Math.max(snapLength, store.largest());
    }

    /**
     * Adds frames in capture order and decodes each once, to follow its TCP connection.
     *
     * @return how many were kept: fewer than offered once the log is full, or when a frame's link type differs from
     *         the frames before it (a log holds one capture)
     */
    public synchronized int addAll(List<RawFrame> frames) {
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
            int stream = streamOf(decoder.decode(store.get(index)));
            streams[index] = stream;
            if (stream >= 0) {
                if (stream >= streamSizes.length) {
                    streamSizes = Arrays.copyOf(streamSizes, Math.max(stream + 1, streamSizes.length * 2));
                }
                streamSizes[stream]++;
            }
            kept++;
        }
        size = store.size();
        return kept;
    }

    private static int streamOf(Frame f) {
        return f.layer(Protocol.TCP).map(l -> (int) l.number(TcpDissector.STREAM, -1)).orElse(-1);
    }

    /** How many frames the log holds; safe to ask from any thread without waiting for the writer. */
    public int size() {
        return size;
    }

    /** True once a frame did not fit: the capture reached the log's limit. */
    public synchronized boolean isFull() {
        return full;
    }

    public int maxFrames() {
        return maxFrames;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The captured bytes held. */
    public synchronized long bytes() {
        return store.bytes();
    }

    /** The frames' link type, when there are frames. */
    public synchronized Optional<LinkType> linkType() {
        return Optional.ofNullable(store.linkType());
    }

    /** The frame at {@code index} (0-based) as captured, numbered {@code index + 1}. */
    public synchronized RawFrame raw(int index) {
        return store.get(index);
    }

    /** The frame at {@code index} decoded, with relative sequence numbers of its connection. */
    public synchronized Frame decode(int index) {
        return decoder.decode(store.get(index));
    }

    /** Microseconds from the first frame to the frame at {@code index}. */
    public synchronized long relativeMicros(int index) {
        return store.micros(index) - store.micros(0);
    }

    /** The TCP stream number of the frame at {@code index}, or -1 when it carries no TCP. */
    public synchronized int stream(int index) {
        return streams[index];
    }

    /** How many frames TCP stream {@code stream} has so far. */
    public synchronized int streamSize(int stream) {
        return stream >= 0 && stream < streamSizes.length ? streamSizes[stream] : 0;
    }

    /** Every frame of TCP stream {@code stream}, decoded, in capture order. */
    public synchronized List<Frame> streamFrames(int stream) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < store.size(); i++) {
            if (streams[i] == stream) {
                frames.add(decoder.decode(store.get(i)));
            }
        }
        return frames;
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
        synchronized (this) {
            frames = store;
            snap = snapLength();
            type = store.linkType();
            count = store.size();
        }
        if (type == null) {
            throw new IllegalStateException("there are no packets to save");
        }
        try (PcapWriter w = PcapWriter.create(file, type, snap)) {
            for (int from = 0; from < count; from += SAVE_CHUNK) {
                List<RawFrame> chunk = new ArrayList<>(SAVE_CHUNK);
                synchronized (this) {
                    for (int i = from; i < Math.min(count, from + SAVE_CHUNK); i++) {
                        chunk.add(frames.get(i));
                    }
                }
                for (RawFrame f : chunk) {
                    w.write(f);
                }
            }
        }
    }
}
