package socketlab.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import socketlab.Eventually;

/**
 * A server listener for tests: keeps every event in arrival order, remembers the threads that published them, and
 * lets a test wait (generously) for the event it expects.
 */
final class EventRecorder implements Consumer<ServerEvent> {
    static final Duration PATIENCE = Eventually.PATIENCE;

    private final List<ServerEvent> events = new ArrayList<>();
    private final Set<Thread> threads = new LinkedHashSet<>();

    @Override
    public synchronized void accept(ServerEvent event) {
        events.add(event);
        threads.add(Thread.currentThread());
        notifyAll();
    }

    synchronized List<ServerEvent> all() {
        return List.copyOf(events);
    }

    /** Every thread that published an event, platform or virtual. */
    synchronized List<Thread> publishers() {
        return List.copyOf(threads);
    }

    synchronized <T extends ServerEvent> List<T> all(Class<T> type) {
        List<T> list = new ArrayList<>();
        for (ServerEvent e : events) {
            if (type.isInstance(e)) {
                list.add(type.cast(e));
            }
        }
        return list;
    }

    /** The events about one connection, in the order they were published. */
    synchronized List<ServerEvent> about(long connectionId) {
        List<ServerEvent> list = new ArrayList<>();
        for (ServerEvent e : events) {
            if (connectionOf(e) == connectionId) {
                list.add(e);
            }
        }
        return list;
    }

    /** Waits for the first event of {@code type} that matches, and returns it. */
    synchronized <T extends ServerEvent> T await(Class<T> type, Predicate<? super T> matches) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < events.size(); seen++) {
                ServerEvent e = events.get(seen);
                if (type.isInstance(e) && matches.test(type.cast(e))) {
                    return type.cast(e);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("no " + type.getSimpleName() + " event as expected within " + PATIENCE + "; events: "
                        + describeTail());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for a " + type.getSimpleName());
            }
        }
    }

    /** Waits for the Closed event of one connection. */
    ServerEvent.Closed awaitClosed(long connectionId) {
        return await(ServerEvent.Closed.class, c -> c.connectionId() == connectionId);
    }

    private String describeTail() {
        int from = Math.max(0, events.size() - 30);
        StringBuilder sb = new StringBuilder();
        for (ServerEvent e : events.subList(from, events.size())) {
            sb.append("\n  ").append(e.describe());
        }
        return sb.toString();
    }

    static long connectionOf(ServerEvent e) {
        return switch (e) {
            case ServerEvent.Accepted a -> a.connectionId();
            case ServerEvent.WaitingForPermit w -> w.connectionId();
            case ServerEvent.PermitTaken t -> t.connectionId();
            case ServerEvent.PermitReleased r -> r.connectionId();
            case ServerEvent.BytesRead r -> r.connectionId();
            case ServerEvent.BytesWritten w -> w.connectionId();
            case ServerEvent.HttpRequestRead r -> r.connectionId();
            case ServerEvent.HttpResponseWritten w -> w.connectionId();
            case ServerEvent.Closed c -> c.connectionId();
            case ServerEvent.Failed f -> f.connectionId();
            case ServerEvent.Listening l -> 0;
            case ServerEvent.Stopped s -> 0;
            case ServerEvent.Notice n -> n.connectionId();
        };
    }
}
