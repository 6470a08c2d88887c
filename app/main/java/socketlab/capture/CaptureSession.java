package socketlab.capture;

import java.lang.System.Logger.Level;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapHandle.TimestampPrecision;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface.PromiscuousMode;
import org.pcap4j.core.PcapStat;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * A live capture on one interface, always non-promiscuous: it sees only frames to or from this machine. The filter
 * is compiled before the first frame is read, so a bad one is reported and nothing is captured.
 *
 * <p>Two named daemon threads share the work so that the kernel's buffer is emptied as fast as it fills. The
 * capture thread only reads: it takes the kernel's blocks of frames in batches ({@code pcap_dispatch}) and moves
 * each frame's bytes, time stamp and length into a {@link FrameBatch}, with no other object per frame. The
 * delivering thread hands each batch to the listener, which may decode, print or write at its own pace; while it
 * does, the capture thread goes on reading. When the listener falls so far behind that every batch is waiting, the
 * capture thread waits too, frames queue in the kernel's buffer, and what that cannot hold the kernel drops and
 * counts ({@link CaptureStats#droppedByKernel()}), never silently.
 *
 * <p>Only the capture thread reads frames and closes the handle; other threads may ask for statistics and stop it,
 * which libpcap's breakloop allows from any thread.
 */
public final class CaptureSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CaptureSession.class.getName());
    /** How long stop() waits for the threads; breakloop ends a read at once, so this is only a bound. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /** Lets a read return now and then on systems where immediate mode alone does not wake it. */
    private static final int READ_TIMEOUT_MILLIS = 100;
    /**
     * Batches waiting for the listener at most. Together with the kernel's buffer they absorb a burst while the
     * listener catches up (a cold JIT and a busy machine make it slow at first): 128 batches of up to 4,096 frames
     * or 1 MiB, so about half a million small frames or 128 MiB of large ones.
     */
    private static final int QUEUED_BATCHES = 128;
    /** Marks the end of the batches: the capture thread has stopped reading. */
    private static final FrameBatch END = new FrameBatch();

    private final CaptureOptions options;
    private final PcapHandle handle;
    private final LinkType linkType;
    private final Consumer<List<RawFrame>> listener;
    private final Thread reader;
    private final Thread deliverer;
    private final BlockingQueue<FrameBatch> filled = new ArrayBlockingQueue<>(QUEUED_BATCHES + 1);
    private final BlockingQueue<FrameBatch> free = new ArrayBlockingQueue<>(QUEUED_BATCHES + 2);
    /** Serialises statistics with each other and with closing the handle. */
    private final Object statsLock = new Object();

    private volatile boolean stopRequested;
    private volatile long captured;
    private volatile CaptureProblem failure;
    private boolean listenerFailed; // the delivering thread's only
    private PcapStat lastKernelStats; // guarded by statsLock; null until read
    private boolean closed; // guarded by statsLock

    // Touched by the capture thread only.
    private long read;
    private int batches;
    private FrameBatch filling;

    private CaptureSession(CaptureOptions options, PcapHandle handle, LinkType linkType,
            Consumer<List<RawFrame>> listener) {
        this.options = options;
        this.handle = handle;
        this.linkType = linkType;
        this.listener = listener;
        String name = "socketlab-capture-" + options.interfaceName();
        this.reader = Thread.ofPlatform().name(name).daemon(true).unstarted(this::read);
        this.deliverer = Thread.ofPlatform().name(name + "-deliver").daemon(true).unstarted(this::deliver);
    }

    /**
     * Opens the interface, installs the filter and starts capturing.
     *
     * @param listener receives each batch of frames, in order, on the capture's delivering thread (not the one that
     *                 reads the kernel's buffer); the list is the listener's to keep. While it runs, further frames
     *                 are read and queued; only when it falls far behind do they wait in the kernel's buffer, which
     *                 drops them when it is full
     * @throws CaptureProblem when capture is not permitted, libpcap is missing, the interface does not exist, the
     *                        filter is not valid, or libpcap refuses for another reason
     */
    public static CaptureSession start(CaptureOptions options, Consumer<List<RawFrame>> listener)
            throws CaptureProblem {
        Interfaces.find(options.interfaceName());
        PcapHandle handle = open(options);
        LinkType linkType;
        try {
            linkType = decodable(handle, options.interfaceName());
            CaptureFilter.install(handle, options.filter());
        } catch (CaptureProblem e) {
            handle.close();
            throw e;
        } catch (NotOpenException e) {
            handle.close();
            throw new IllegalStateException("the capture handle closed while it was being set up", e);
        }
        CaptureSession session = new CaptureSession(options, handle, linkType, listener);
        session.deliverer.start();
        session.reader.start();
        return session;
    }

    /**
     * Whether a live capture on {@code interfaceName} can open, without capturing anything: it opens the interface
     * as {@link #start} does and closes it at once. A window asks this before the user presses Start, so that a
     * missing permission is explained up front.
     *
     * @throws CaptureProblem what {@link #start} would throw for the interface: not permitted, no libpcap, no such
     *                        interface, a link type the lab cannot decode, or another refusal of libpcap's
     */
    public static void check(String interfaceName) throws CaptureProblem {
        Interfaces.find(interfaceName);
        // The smallest buffer: nothing is read, so the kernel need not reserve a capture's worth of memory.
        PcapHandle handle = open(CaptureOptions.on(interfaceName).withBufferBytes(CaptureOptions.MIN_BUFFER_BYTES));
        try {
            decodable(handle, interfaceName);
        } finally {
            handle.close();
        }
    }

    /** The link type of the interface's frames, when the lab can decode them: a capture it cannot show is refused. */
    private static LinkType decodable(PcapHandle handle, String interfaceName) throws CaptureProblem {
        int dlt = handle.getDlt().value();
        return LinkType.fromCode(LinkTypes.fromDlt(dlt)).orElseThrow(() -> CaptureProblem.failed("cannot capture on "
                + interfaceName + ": its frames have link-layer type " + handle.getDlt().name() + " (" + dlt
                + "), which the lab does not decode; capture on lo or an Ethernet interface"));
    }

    private static PcapHandle open(CaptureOptions options) throws CaptureProblem {
        try {
            return new PcapHandle.Builder(options.interfaceName())
                    // Never PROMISCUOUS, and no option to ask for it: only this machine's own traffic.
                    .promiscuousMode(PromiscuousMode.NONPROMISCUOUS)
                    .immediateMode(options.immediate())
                    .snaplen(options.snaplen())
                    .bufferSize(options.bufferBytes())
                    .timeoutMillis(options.immediate() ? READ_TIMEOUT_MILLIS : CaptureOptions.BATCH_MILLIS)
                    .timestampPrecision(TimestampPrecision.MICRO)
                    .build();
        } catch (PcapNativeException e) {
            throw Pcap.openFailure(e, "cannot capture on " + options.interfaceName());
        } catch (LinkageError e) {
            throw Pcap.libraryMissing(e);
        }
    }

    // ---- the capture thread

    private void read() {
        try {
            filling = emptyBatch();
            while (!stopRequested && !countReached()) {
                // One call takes what the kernel has ready, block after block, up to a batch: one native call and
                // one wake-up for many frames instead of one per frame.
                handle.dispatch(FrameBatch.MAX_FRAMES, this::collect);
                handOff();
            }
        } catch (InterruptedException e) {
            // breakloop: stop() was called; the frames read before it still count.
        } catch (PcapNativeException e) {
            failure = Pcap.openFailure(e, "capture on " + options.interfaceName() + " stopped");
        } catch (NotOpenException | RuntimeException e) {
            // Not expected (only this thread closes the handle, below). The failure reaches the caller in words
            // through failure(); the trace stays in the log for whoever debugs it.
            LOG.log(Level.DEBUG, "the capture loop failed", e);
            failure = CaptureProblem.failed("capture on " + options.interfaceName() + " stopped: " + e);
        } finally {
            try {
                handOff();
            } finally {
                synchronized (statsLock) {
                    lastKernelStats = kernelStats();
                    closed = true;
                    handle.close();
                }
                putUninterruptibly(END);
            }
        }
    }

    /** Called by libpcap on the capture thread for each frame of a read: keeps its bytes, time and length. */
    private void collect(byte[] data) {
        if (countReached() || filling == null) {
            return; // the rest of the read's frames are over the count
        }
        Integer original = handle.getOriginalLength();
        filling.add(data, micros(handle.getTimestamp()), original == null ? data.length : original);
        read++;
        if (filling.isFull()) {
            handOff();
        }
    }

    private boolean countReached() {
        return options.count() > 0 && read >= options.count();
    }

    /** Queues the batch being filled for the delivering thread and takes an empty one. */
    private void handOff() {
        if (filling == null || filling.isEmpty()) {
            return;
        }
        putUninterruptibly(filling);
        filling = null;
        filling = emptyBatch();
    }

    /** A batch the listener is done with, or a new one while fewer exist than the queue holds. */
    private FrameBatch emptyBatch() {
        FrameBatch b = free.poll();
        if (b != null) {
            return b;
        }
        if (batches < QUEUED_BATCHES + 2) {
            batches++;
            return new FrameBatch();
        }
        // Every batch waits for the listener: wait with it. Meanwhile frames queue in the kernel's buffer.
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return free.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void putUninterruptibly(FrameBatch b) {
        boolean interrupted = false;
        while (true) {
            try {
                filled.put(b);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the delivering thread

    private void deliver() {
        while (true) {
            FrameBatch b;
            try {
                b = filled.take();
            } catch (InterruptedException e) {
                continue; // only the batches' end ends this thread, so that the capture thread never waits forever
            }
            if (b == END) {
                return;
            }
            if (!listenerFailed) {
                hand(b);
            }
            b.clear();
            free.offer(b);
        }
    }

    private void hand(FrameBatch b) {
        List<RawFrame> frames = b.frames(captured + 1, linkType);
        captured += frames.size(); // before the listener sees them: whoever it tells finds them counted
        try {
            listener.accept(frames);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "the capture listener failed", e);
            listenerFailed = true;
            failure = CaptureProblem.failed("capture on " + options.interfaceName()
                    + " stopped: the captured frames could not be handled (" + e + ")");
            stop();
        }
    }

    /** Microseconds since the epoch of a pcap time stamp (whole seconds in the time, microseconds in the nanos). */
    static long micros(Timestamp t) {
        if (t == null) {
            return System.currentTimeMillis() * 1000;
        }
        return Math.floorDiv(t.getTime(), 1000) * 1_000_000 + t.getNanos() / 1000;
    }

    /** The counters so far; after the capture ended, its final counters. */
    public CaptureStats stats() {
        long delivered = captured; // read first: libpcap's counts read after it include every frame delivered
        synchronized (statsLock) {
            if (!closed) {
                PcapStat now = kernelStats();
                lastKernelStats = now == null ? lastKernelStats : now;
            }
            PcapStat s = lastKernelStats;
            return s == null ? new CaptureStats(delivered, 0, 0, 0)
                    : new CaptureStats(delivered, s.getNumPacketsReceived(), s.getNumPacketsDropped(),
                            s.getNumPacketsDroppedByIf());
        }
    }

    /** libpcap's counters, or null when it cannot give them. */
    private PcapStat kernelStats() {
        try {
            return handle.getStats();
        } catch (PcapNativeException | NotOpenException e) {
            LOG.log(Level.DEBUG, "capture statistics unavailable", e);
            return null;
        }
    }

    /**
     * Stops capturing and waits until the last frames read have been delivered and both threads have ended. Safe to
     * call more than once, from any thread, the listener included (which then does not wait for itself).
     */
    public void stop() {
        stopRequested = true;
        try {
            handle.breakLoop();
        } catch (NotOpenException e) {
            // Already ended.
        }
        if (Thread.currentThread() == reader || Thread.currentThread() == deliverer) {
            return;
        }
        try {
            if (!reader.join(STOP_WAIT) || !deliverer.join(STOP_WAIT)) {
                LOG.log(Level.WARNING, "the capture on " + options.interfaceName() + " did not stop within "
                        + STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Waits until the capture has ended (stopped, its count reached, or failed), its last frames delivered and its
     * threads with it.
     */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return reader.join(timeout) && deliverer.join(timeout);
    }

    /** Waits as long as it takes for the capture to end. */
    public void awaitEnd() throws InterruptedException {
        reader.join();
        deliverer.join();
    }

    /** True until the capture has ended and its last frames are delivered; it runs from {@link #start} on. */
    public boolean isRunning() {
        return reader.isAlive() || deliverer.isAlive();
    }

    /** Why the capture stopped by itself, when it did not end by {@link #stop()} or its count. */
    public Optional<CaptureProblem> failure() {
        return Optional.ofNullable(failure);
    }

    public CaptureOptions options() {
        return options;
    }

    public String interfaceName() {
        return options.interfaceName();
    }

    /** The frames' link-layer header type (Ethernet, which loopback also uses, on Linux). */
    public LinkType linkType() {
        return linkType;
    }
}
