package socketlab.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that run a threaded server's handlers, one per connection being served.
 *
 * <p>Virtual threads are cheap, so every connection gets a new one, exactly as the lecture's
 * {@code thread(handler, connfd).detach()}. Platform threads cost the JVM about 80 µs to start, which caps a
 * server at roughly 12,000 new connections a second on the accepting thread alone; so a platform thread that
 * finished its client waits up to {@value #IDLE_SECONDS} s to take the next one instead of exiting. The number of
 * threads still grows with the number of clients served at once, without limit — the point of the lesson.
 */
final class HandlerThreads {
    private static final int IDLE_SECONDS = 30;
    private static final long STACK_BYTES = 256 * 1024;
    private static final int MIN_PRUNE_AT = 64;

    private final ExecutorService executor;
    private final String prefix;
    // Every thread the executor made, so that shutdown can join them. An executor's awaitTermination returns once
    // the last task has finished, while the threads that ran them may still be ending; a stop must not return
    // before they have. Ended threads are pruned whenever the set has doubled, so the cost per thread is constant.
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private int pruneAt = MIN_PRUNE_AT; // guarded by this

    HandlerThreads(ThreadKind kind, String prefix) {
        this.prefix = prefix;
        this.executor = switch (kind) {
            case VIRTUAL -> Executors.newThreadPerTaskExecutor(tracked(Thread.ofVirtual().name(prefix, 1).factory()));
            case PLATFORM -> new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
                    new SynchronousQueue<>(),
                    tracked(Thread.ofPlatform().daemon(true).stackSize(STACK_BYTES).name(prefix, 1).factory()));
        };
    }

    private ThreadFactory tracked(ThreadFactory factory) {
        return task -> {
            Thread t = factory.newThread(task);
            if (t != null) {
                remember(t);
            }
            return t;
        };
    }

    private synchronized void remember(Thread t) {
        threads.add(t);
        if (threads.size() >= pruneAt) {
            threads.removeIf(h -> h.getState() == Thread.State.TERMINATED);
            pruneAt = Math.max(MIN_PRUNE_AT, 2 * threads.size());
        }
    }

    /** Runs {@code handler} on a thread of its own, named after the connection it serves. */
    void start(long connectionId, Runnable handler) {
        executor.execute(() -> {
            Thread.currentThread().setName(prefix + connectionId);
            handler.run();
        });
    }

    /** Lets running handlers finish (their sockets are already closed) and waits until every thread has ended. */
    void shutdown(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        executor.shutdown();
        if (!executor.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS)) {
            executor.shutdownNow();
            executor.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        for (Thread t : threads) {
            if (t == Thread.currentThread()) {
                continue; // a listener stopping the server from a handler thread: that thread ends afterwards
            }
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            t.join(left);
        }
    }
}
