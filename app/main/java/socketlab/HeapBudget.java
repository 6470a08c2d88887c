package socketlab;

/**
 * The lab's limits derived from the memory the JVM really has ({@link Runtime#maxMemory()}), so that a 2 GB student
 * laptop stops a capture or refuses a burst with a message instead of running out of memory, while a large machine
 * keeps the full limits. Half the heap is the capture's; the rest is for the window, the decoder and everything else.
 *
 * @param maxMemory the heap the JVM may grow to, in bytes
 */
public record HeapBudget(long maxMemory) {
    /** The most frames a capture keeps on any machine: room for the benchmark's million. */
    public static final int CAPTURE_FRAMES_CEILING = 2_000_000;
    /** The most captured bytes a capture keeps on any machine. */
    public static final long CAPTURE_BYTES_CEILING = 512L << 20;
    /** What one kept frame costs beyond its bytes: its slots in the store, its row, its stream number. */
    static final int BYTES_PER_FRAME = 96;
    /** The least a capture may keep, so that a tiny heap still captures a lesson's exchange. */
    static final long CAPTURE_BYTES_FLOOR = 8L << 20;
    /** The most clients one burst launches, on any machine. */
    public static final int BURST_CLIENTS_CEILING = 5_000;
    /**
     * What one client of a burst may cost while it runs: its thread's committed stack, its socket and buffers, its
     * result; measured peaks were far lower, this leaves headroom.
     */
    static final int BYTES_PER_BURST_CLIENT = 128 * 1024;

    public HeapBudget {
        if (maxMemory < 1) {
            throw new IllegalArgumentException("max memory must be positive: " + maxMemory);
        }
    }

    /** The budget of this JVM. */
    public static HeapBudget ofThisJvm() {
        return new HeapBudget(Runtime.getRuntime().maxMemory());
    }

    /** The captured bytes a capture keeps: a third of the heap, within the floor and the ceiling. */
    public long captureBytes() {
        return Math.clamp(maxMemory / 3, CAPTURE_BYTES_FLOOR, CAPTURE_BYTES_CEILING);
    }

    /** The frames a capture keeps: what a sixth of the heap holds of their bookkeeping, within the ceiling. */
    public int captureFrames() {
        return (int) Math.clamp(maxMemory / 6 / BYTES_PER_FRAME, 10_000, CAPTURE_FRAMES_CEILING);
    }

    /** True when this machine's heap, not the lab's ceiling, sets the capture's limits. */
    public boolean captureLimitedByHeap() {
        return captureBytes() < CAPTURE_BYTES_CEILING || captureFrames() < CAPTURE_FRAMES_CEILING;
    }

    /** The most clients a burst launches in all: each keeps a small result, so only a tiny heap lowers this. */
    public int burstClients() {
        return (int) Math.clamp(maxMemory / (64 * 1024), 50, BURST_CLIENTS_CEILING);
    }

    /** The most clients a burst runs at once: what a quarter of the heap holds of running clients. */
    public int burstConcurrency() {
        return (int) Math.clamp(maxMemory / 4 / BYTES_PER_BURST_CLIENT, 50, burstClients());
    }

    /** The heap in words: "1.9 GiB", "512 MiB". */
    public String heapText() {
        double gib = maxMemory / (double) (1L << 30);
        return gib >= 1 ? String.format(java.util.Locale.ROOT, "%.1f GiB", gib) : (maxMemory >> 20) + " MiB";
    }
}
