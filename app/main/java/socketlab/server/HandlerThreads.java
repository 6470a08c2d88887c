package socketlab.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
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

    private final ExecutorService executor;
    private final String prefix;

    HandlerThreads(ThreadKind kind, String prefix) {
        this.prefix = prefix;
        this.executor = switch (kind) {
            case VIRTUAL -> Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(prefix, 1).factory());
            case PLATFORM -> new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
                    new SynchronousQueue<>(),
                    Thread.ofPlatform().daemon(true).stackSize(STACK_BYTES).name(prefix, 1).factory());
        };
    }

    /** Runs {@code handler} on a thread of its own, named after the connection it serves. */
    void start(long connectionId, Runnable handler) {
        executor.execute(() -> {
            Thread.currentThread().setName(prefix + connectionId);
            handler.run();
        });
    }

    /** Lets running handlers finish (their sockets are already closed) and ends every thread. */
    void shutdown(long timeoutMillis) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS)) {
            executor.shutdownNow();
            executor.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
        }
    }
}
