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
    private long decoded;

    /**
     * One handful of decoded frames, or the end of the file, possibly with what ended it: a damaged file
     * ({@link PcapFileException}) or anything else that went wrong on the worker (a bug, memory).
     */
    private record Batch(Frame[] frames, int count, Throwable error, boolean last) {
    }

    private DecodedFrames(PcapReader reader, FrameDecoder decoder) {
        this.reader = reader;
        this.worker = Thread.ofPlatform().name("decode " + reader.linkType().dltName()).daemon()
                .unstarted(() -> produce(decoder));
    }

    /** Opens the file and starts decoding it with {@code decoder}, which must not be used by anyone else. */
    public static DecodedFrames open(Path file, FrameDecoder decoder) throws PcapFileException {
        return start(PcapReader.open(file), decoder);
    }

    /** Starts decoding the frames of an open reader, which the stream closes when it ends. */
    static DecodedFrames start(PcapReader reader, FrameDecoder decoder) {
        DecodedFrames frames = new DecodedFrames(reader, decoder);
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
                Throwable e = current.error();
                if (e != null) {
                    current = new Batch(new Frame[0], 0, null, true);
                    if (e instanceof PcapFileException p) {
                        throw p;
                    }
                    throw new DecodeFailure(decoded, e);
                }
                return null;
            }
            current = queue.take();
            index = 0;
        }
        decoded++;
        return current.frames()[index++];
    }

    /** Decoding stopped for a reason that is not the file's fault: a defect of the lab, or the machine's memory. */
    public static final class DecodeFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DecodeFailure(long after, Throwable cause) {
            super("decoding stopped after frame " + after + " (" + cause + ")", cause);
        }
    }

    /**
     * Reads and decodes until the end of the file, an error, or {@link #close()}. Whatever happens, the stream ends
     * with a last batch, so that the reader of the frames never waits for ever: the catch is deliberately for
     * {@link Throwable}, since an Error here would otherwise end the thread silently.
     */
    private void produce(FrameDecoder decoder) {
        boolean ended = false;
        Frame[] frames = new Frame[BATCH];
        int n = 0;
        try {
            while (!closed) {
                frames = new Frame[BATCH];
                n = 0;
                Throwable error = null;
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
                hand(new Batch(frames, n, error, last));
                if (last) {
                    ended = true;
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            // The frames decoded before the failure still reach the reader, then the failure itself.
            ended = true;
            try {
                hand(new Batch(frames, n, t, true));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } finally {
            reader.close();
            if (!ended && !closed) {
                queue.offer(new Batch(new Frame[0], 0, new IllegalStateException("the decoding thread was stopped"),
                        true));
            }
        }
    }

    /** Queues a batch, waiting for room unless the frames' reader has gone (closed). */
    private void hand(Batch batch) throws InterruptedException {
        while (!closed && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            // the reader of the frames is slower; wait for room (or for close)
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
