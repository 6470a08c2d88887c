package socketlab.capture;

import java.lang.System.Logger.Level;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * is compiled before the first frame is read, so a bad one is reported and nothing is captured. Frames are read on
 * a named daemon thread in immediate mode (each frame as soon as it arrives, not when a buffer fills) and handed to
 * the listener in batches, as many as one read returns.
 *
 * <p>Only the capture thread reads frames and closes the handle; other threads may ask for statistics and stop it,
 * which libpcap's breakloop allows from any thread.
 */
public final class CaptureSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CaptureSession.class.getName());
    /** How long stop() waits for the capture thread; breakloop ends a read at once, so this is only a bound. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /** Lets a read return now and then on systems where immediate mode alone does not wake it. */
    private static final int READ_TIMEOUT_MILLIS = 100;

    private final CaptureOptions options;
    private final PcapHandle handle;
    private final LinkType linkType;
    private final Consumer<List<RawFrame>> listener;
    private final Thread thread;
    /** Serialises statistics with each other and with closing the handle. */
    private final Object statsLock = new Object();

    private volatile boolean stopRequested;
    private volatile long captured;
    private volatile CaptureProblem failure;
    private CaptureStats lastStats = CaptureStats.NONE; // guarded by statsLock
    private boolean closed; // guarded by statsLock

    // Touched by the capture thread only.
    private long number;
    private List<RawFrame> batch = new ArrayList<>();

    private CaptureSession(CaptureOptions options, PcapHandle handle, LinkType linkType,
            Consumer<List<RawFrame>> listener) {
        this.options = options;
        this.handle = handle;
        this.linkType = linkType;
        this.listener = listener;
        this.thread = Thread.ofPlatform().name("socketlab-capture-" + options.interfaceName()).daemon(true)
                .unstarted(this::run);
    }

    /**
     * Opens the interface, installs the filter and starts capturing.
     *
     * @param listener receives each batch of frames, in order, on the capture thread; the list is the listener's to
     *                 keep. It should only hand the frames on (to a queue, a file): while it runs, frames wait in
     *                 the kernel buffer, and when that is full they are dropped
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
        session.thread.start();
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

    private void run() {
        try {
            while (!stopRequested && !countReached()) {
                handle.dispatch(-1, this::collect);
                deliver();
            }
        } catch (InterruptedException e) {
            deliver(); // breakloop: stop() was called; the frames read before it still count
        } catch (PcapNativeException e) {
            deliver();
            failure = Pcap.openFailure(e, "capture on " + options.interfaceName() + " stopped");
        } catch (NotOpenException | RuntimeException e) {
            // Not expected (only this thread closes the handle, below). The failure reaches the caller in words
            // through failure(); the trace stays in the log for whoever debugs it.
            LOG.log(Level.DEBUG, "the capture loop failed", e);
            failure = CaptureProblem.failed("capture on " + options.interfaceName() + " stopped: " + e);
        } finally {
            synchronized (statsLock) {
                lastStats = readStats();
                closed = true;
                handle.close();
            }
        }
    }

    /** Called by libpcap on this thread for each frame of a read. */
    private void collect(byte[] data) {
        if (countReached()) {
            return; // the rest of the read's frames are over the count
        }
        Integer original = handle.getOriginalLength();
        batch.add(new RawFrame(++number, micros(handle.getTimestamp()),
                original == null ? data.length : original, linkType, data));
    }

    private boolean countReached() {
        return options.count() > 0 && number >= options.count();
    }

    private void deliver() {
        if (batch.isEmpty()) {
            return;
        }
        List<RawFrame> frames = batch;
        batch = new ArrayList<>();
        captured += frames.size();
        try {
            listener.accept(frames);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "the capture listener failed", e);
            failure = CaptureProblem.failed("capture on " + options.interfaceName()
                    + " stopped: the captured frames could not be handled (" + e + ")");
            stopRequested = true;
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
        synchronized (statsLock) {
            if (!closed) {
                lastStats = readStats();
            }
            return lastStats;
        }
    }

    private CaptureStats readStats() {
        try {
            PcapStat s = handle.getStats();
            return new CaptureStats(captured, s.getNumPacketsReceived(), s.getNumPacketsDropped(),
                    s.getNumPacketsDroppedByIf());
        } catch (PcapNativeException | NotOpenException e) {
            LOG.log(Level.DEBUG, "capture statistics unavailable", e);
            return new CaptureStats(captured, lastStats.received(), lastStats.droppedByKernel(),
                    lastStats.droppedByInterface());
        }
    }

    /**
     * Stops capturing and waits until the capture thread has delivered its last frames and ended. Safe to call more
     * than once, from any thread, the listener included (which then does not wait for itself).
     */
    public void stop() {
        stopRequested = true;
        try {
            handle.breakLoop();
        } catch (NotOpenException e) {
            // Already ended.
        }
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            if (!thread.join(STOP_WAIT)) {
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

    /** Waits until the capture has ended (stopped, its count reached, or failed) and its thread with it. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return thread.join(timeout);
    }

    /** Waits as long as it takes for the capture to end. */
    public void awaitEnd() throws InterruptedException {
        thread.join();
    }

    /** True until the capture thread has ended; it runs from {@link #start} on. */
    public boolean isRunning() {
        return thread.isAlive();
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
