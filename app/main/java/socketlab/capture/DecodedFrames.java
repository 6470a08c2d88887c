package socketlab.capture;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * The frames of a capture file, read and decoded on a background thread while the caller uses the previous ones:
 * a file is decoded in order (TCP state follows the frames) but reading and decoding overlap with whatever the
 * caller does with each frame, such as formatting it. At most a few batches are in flight, so memory stays bounded
 * whatever the file's size.
 */
public final class DecodedFrames implements AutoCloseable {
    static final int BATCH = 256;
    private static final int BATCHES_IN_FLIGHT = 8;

    private final PcapReader reader;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private final Thread worker;
    private volatile boolean closed;
    private Batch current;
    private int index;

    /** One handful of decoded frames, or the end of the file (possibly with the error that ended it). */
    private record Batch(Frame[] frames, int count, PcapFileException error, boolean last) {
    }

    private DecodedFrames(PcapReader reader, FrameDecoder decoder) {
        this.reader = reader;
        this.worker = Thread.ofPlatform().name("decode " + reader.linkType().dltName()).daemon()
                .unstarted(() -> produce(decoder));
    }

    /** Opens the file and starts decoding it with {@code decoder}, which must not be used by anyone else. */
    public static DecodedFrames open(Path file, FrameDecoder decoder) throws PcapFileException {
        DecodedFrames frames = new DecodedFrames(PcapReader.open(file), decoder);
        frames.worker.start();
        return frames;
    }

    public LinkType linkType() {
        return reader.linkType();
    }

    /**
     * The next frame in file order, or {@code null} after the last one.
     *
     * @throws PcapFileException when the file turned out damaged after the frames before this point
     */
    public Frame next() throws PcapFileException, InterruptedException {
        while (current == null || index >= current.count()) {
            if (current != null && current.last()) {
                if (current.error() != null) {
                    PcapFileException e = current.error();
                    current = new Batch(new Frame[0], 0, null, true);
                    throw e;
                }
                return null;
            }
            current = queue.take();
            index = 0;
        }
        return current.frames()[index++];
    }

    private void produce(FrameDecoder decoder) {
        try {
            while (!closed) {
                Frame[] frames = new Frame[BATCH];
                int n = 0;
                PcapFileException error = null;
                boolean last = false;
                try {
                    while (n < BATCH) {
                        RawFrame raw = reader.next();
                        if (raw == null) {
                            last = true;
                            break;
                        }
                        frames[n++] = decoder.decode(raw);
                    }
                } catch (PcapFileException e) {
                    error = e;
                    last = true;
                }
                while (!closed && !queue.offer(new Batch(frames, n, error, last), 100, TimeUnit.MILLISECONDS)) {
                    // the reader of the frames is slower; wait for room (or for close)
                }
                if (last) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reader.close();
        }
    }

    /** Stops decoding (when the caller leaves early) and releases the file. */
    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
