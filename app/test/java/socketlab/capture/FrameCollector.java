package socketlab.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import socketlab.decode.RawFrame;

/** A capture listener for tests: keeps every frame, remembers the capture thread, and waits for a condition. */
public final class FrameCollector implements Consumer<List<RawFrame>> {
    static final Duration WAIT = Duration.ofSeconds(30);

    private final List<RawFrame> frames = new ArrayList<>();
    private final List<Integer> batchSizes = new ArrayList<>();
    private Thread captureThread;

    @Override
    public synchronized void accept(List<RawFrame> batch) {
        captureThread = Thread.currentThread();
        frames.addAll(batch);
        batchSizes.add(batch.size());
        notifyAll();
    }

    public synchronized List<RawFrame> frames() {
        return List.copyOf(frames);
    }

    synchronized Thread captureThread() {
        return captureThread;
    }

    synchronized List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }

    /** Waits generously until the frames so far satisfy {@code done}; fails the test if they never do. */
    public synchronized List<RawFrame> awaitUntil(Predicate<List<RawFrame>> done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.test(frames)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + what + " within " + WAIT + "; captured " + frames.size()
                        + " frames: " + frames);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(frames);
    }
}
