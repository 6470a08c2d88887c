package socketlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded hand-off from background threads to the JavaFX thread: producers offer items, the JavaFX thread drains
 * them once per pulse. When the queue is full, new items are dropped and counted, so a flood of events costs the
 * producers nothing and the window shows "n skipped" instead of falling ever further behind.
 *
 * @param <T> what is handed over
 */
public final class PulseQueue<T> {
    private final int capacity;
    private final ConcurrentLinkedQueue<T> items = new ConcurrentLinkedQueue<>();
    // Counted separately because ConcurrentLinkedQueue.size() walks the whole queue.
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();

    public PulseQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Queues an item from any thread; returns false, and counts it as dropped, when the queue is full. */
    public boolean offer(T item) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            dropped.incrementAndGet();
            return false;
        }
        items.add(item);
        return true;
    }

    /** Takes everything queued so far and the number of items dropped since the last drain. */
    public Batch<T> drain() {
        List<T> out = new ArrayList<>(Math.min(size.get(), capacity));
        T item;
        while (out.size() < capacity && (item = items.poll()) != null) {
            size.decrementAndGet();
            out.add(item);
        }
        return new Batch<>(out, dropped.getAndSet(0));
    }

    public int capacity() {
        return capacity;
    }

    /**
     * What one drain took.
     *
     * @param items   the queued items, oldest first
     * @param dropped how many items were offered while the queue was full
     */
    public record Batch<T>(List<T> items, long dropped) {
        public boolean isEmpty() {
            return items.isEmpty() && dropped == 0;
        }
    }
}
