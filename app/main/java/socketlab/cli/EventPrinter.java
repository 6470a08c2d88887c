package socketlab.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import socketlab.server.ServerEvent;

/**
 * Prints a server's accepted connections (and a web server's requests), one line each, without slowing the server: the server's threads only
 * put events in a queue; one daemon thread takes them in batches, prints each batch with one write and flushes.
 * The queue is bounded so memory stays bounded when the output is slower than the clients (a paused terminal); lines
 * that do not fit are counted and the count is printed instead.
 */
final class EventPrinter implements Consumer<ServerEvent> {
    private static final int CAPACITY = 100_000;
    private static final int MAX_BATCH = 4_096;
    private static final Duration FINISH_WAIT = Duration.ofSeconds(10);
    private static final Object END = new Object();

    private final PrintStream out;
    private final PrintStream err;
    private final String command;
    private final BlockingQueue<Object> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong droppedRequests = new AtomicLong();
    private final Thread thread;

    /** @param command the command's name, which prefixes the server's error lines on {@code err} */
    EventPrinter(String command, PrintStream out, PrintStream err) {
        this(command, out, err, CAPACITY);
    }

    /** @param capacity how many lines may wait for the printing thread */
    EventPrinter(String command, PrintStream out, PrintStream err, int capacity) {
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.command = command;
        this.out = out;
        this.err = err;
        this.thread = Thread.ofPlatform().daemon(true).name("socketlab-cli-printer").unstarted(this::printLoop);
    }

    /** Called on the server's threads: keeps what is printed, drops the rest (bytes, permits), never blocks. */
    @Override
    public void accept(ServerEvent event) {
        boolean printed = event instanceof ServerEvent.Accepted || event instanceof ServerEvent.HttpResponseWritten
                || event instanceof ServerEvent.Failed f && f.connectionId() == 0
                || event instanceof ServerEvent.Notice n && n.connectionId() == 0;
        if (printed && !queue.offer(event)) {
            (event instanceof ServerEvent.HttpResponseWritten ? droppedRequests : dropped).incrementAndGet();
        }
    }

    /** Starts printing; events queued before this are printed first. */
    void start() {
        thread.start();
    }

    /** Prints what is still queued and ends the printing thread; call once the server has stopped. */
    void finish() throws InterruptedException {
        // The printing thread makes room unless the output itself is stuck (a paused terminal): wait, but bounded.
        if (!queue.offer(END, FINISH_WAIT.toMillis(), TimeUnit.MILLISECONDS) || !thread.join(FINISH_WAIT)) {
            thread.interrupt();
        }
    }

    private void printLoop() {
        List<Object> batch = new ArrayList<>(MAX_BATCH);
        StringBuilder lines = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        boolean end = false;
        while (!end) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            for (Object o : batch) {
                switch (o) {
                    case ServerEvent.Accepted a -> lines.append("accepted ").append(a.pair().client())
                            .append(" -> ").append(a.pair().server()).append(" (#").append(a.connectionId())
                            .append(")\n");
                    case ServerEvent.HttpResponseWritten w -> lines.append("#").append(w.connectionId())
                            .append(" \"").append(w.requestLine()).append("\" -> ").append(w.statusLine())
                            .append(", ").append(w.bodyBytes()).append(" bytes")
                            .append(w.keepOpen() ? ", kept open" : ", closed").append('\n');
                    case ServerEvent.Failed f -> errors.append("socketlab ").append(command).append(": ")
                            .append(f.message()).append('\n');
                    case ServerEvent.Notice n -> lines.append(n.message()).append('\n');
                    default -> end |= o == END;
                }
            }
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                lines.append("(").append(lost).append(lost == 1 ? " connection was" : " connections were")
                        .append(" accepted but not shown: the output could not keep up)\n");
            }
            long lostRequests = droppedRequests.getAndSet(0);
            if (lostRequests > 0) {
                lines.append("(").append(lostRequests).append(lostRequests == 1 ? " request was" : " requests were")
                        .append(" answered but not shown: the output could not keep up)\n");
            }
            write(out, lines);
            write(err, errors);
            batch.clear();
        }
    }

    private static void write(PrintStream stream, StringBuilder text) {
        if (!text.isEmpty()) {
            stream.print(text);
            stream.flush();
            text.setLength(0);
        }
    }
}
