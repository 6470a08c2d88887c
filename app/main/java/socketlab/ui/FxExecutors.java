package socketlab.ui;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The window's background threads: one named daemon executor per concern, so a thread dump says what each
 * thread is for, all shut down together when the window closes.
 */
public final class FxExecutors implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FxExecutors.class.getName());

    private final List<ExecutorService> executors = new CopyOnWriteArrayList<>();

    /** Threads for one-shot work of one concern, e.g. "server-control"; idle threads end after a minute. */
    public ExecutorService background(String concern) {
        return register(Executors.newCachedThreadPool(named(concern)));
    }

    /** One thread that runs the work of one concern in the order it was given, e.g. "capture-ingest". */
    public ExecutorService sequential(String concern) {
        return register(Executors.newSingleThreadExecutor(named(concern)));
    }

    /** One thread for periodic work of one concern, e.g. "server-poll". */
    public ScheduledExecutorService scheduler(String concern) {
        return register(Executors.newSingleThreadScheduledExecutor(named(concern)));
    }

    private <E extends ExecutorService> E register(E executor) {
        executors.add(executor);
        return executor;
    }

    /** Stops every executor: running work is interrupted, and each gets a moment to end. */
    @Override
    public void close() {
        for (ExecutorService e : executors) {
            e.shutdownNow();
        }
        for (ExecutorService e : executors) {
            try {
                if (!e.awaitTermination(2, TimeUnit.SECONDS)) {
                    LOG.log(Level.WARNING, "a background executor did not stop in time");
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        executors.clear();
    }

    private static ThreadFactory named(String concern) {
        AtomicInteger n = new AtomicInteger();
        return r -> Thread.ofPlatform().daemon(true).name("socketlab-ui-" + concern + "-" + n.incrementAndGet())
                .unstarted(r);
    }
}
