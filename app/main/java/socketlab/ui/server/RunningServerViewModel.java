package socketlab.ui.server;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import socketlab.server.ConnectionInfo;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerEvent;
import socketlab.server.ServerStats;
import socketlab.ui.Background;
import socketlab.ui.CappedList;
import socketlab.ui.ErrorReporter;
import socketlab.ui.PulseQueue;

/**
 * One running server as the window shows it. The server's threads only queue events and the poll thread only
 * stores the newest snapshot; {@link #pulse()} on the JavaFX thread turns both into the log, the counters, the
 * connections table and the teaching strip, once per frame.
 */
public final class RunningServerViewModel {
    /** Log lines kept; older ones scroll away. */
    public static final int LOG_CAPACITY = 2_000;
    /** Events queued between two pulses before further ones are counted as skipped. */
    public static final int EVENT_QUEUE_CAPACITY = 8_192;
    static final long POLL_MILLIS = 250;
    private static final System.Logger LOG = System.getLogger(RunningServerViewModel.class.getName());

    private final LabServer server;
    private final PulseQueue<ServerEvent> events;
    private final Background control;
    private final ErrorReporter errors;
    private final AtomicReference<ServerSnapshot> latest = new AtomicReference<>();
    private final Map<Long, ConnectionRow> rowsById = new HashMap<>();
    private final String title;
    private ScheduledFuture<?> polling;
    private long flashes;

    // Properties
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "running");
    private final ReadOnlyObjectWrapper<ServerStats> stats = new ReadOnlyObjectWrapper<>(this, "stats",
            new ServerStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    private final ReadOnlyObjectWrapper<OptionalInt> listenQueue = new ReadOnlyObjectWrapper<>(this,
            "listenQueue", OptionalInt.empty());
    private final ReadOnlyStringWrapper gaugeText = new ReadOnlyStringWrapper(this, "gaugeText", "");
    private final ReadOnlyObjectWrapper<StepFlash> flash = new ReadOnlyObjectWrapper<>(this, "flash");
    private final ObservableList<ConnectionRow> connections = FXCollections.observableArrayList();
    private final ObservableList<ConnectionRow> connectionsView = FXCollections.unmodifiableObservableList(
            connections);
    private final ObservableList<LogLine> log = FXCollections.observableArrayList();
    private final ObservableList<LogLine> logView = FXCollections.unmodifiableObservableList(log);

    /**
     * @param server the started server
     * @param events the queue its listener offers to, created before it started so no event is missed
     */
    public RunningServerViewModel(LabServer server, PulseQueue<ServerEvent> events, Background control,
            ErrorReporter errors) {
        this.server = server;
        this.events = events;
        this.control = control;
        this.errors = errors;
        this.title = ServerFormViewModel.title(server.config(), server.localEndpoint().toString());
        gaugeText.set(gauge(stats.get(), listenQueue.get()));
    }

    /** Polls the server's counters, listen queue and connections every {@value #POLL_MILLIS} ms. */
    public void startPolling(ScheduledExecutorService poller) {
        polling = poller.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Takes a snapshot; runs on the poll thread. */
    void poll() {
        try {
            // The listen queue is read from a kernel table that can be long; the counters are taken last, so
            // they are as fresh as they can be when the window shows them.
            OptionalInt queue = server.listenQueueLength();
            List<ConnectionInfo> open = server.connections();
            latest.set(new ServerSnapshot(server.stats(), queue, open, Instant.now()));
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; log it and keep polling.
            LOG.log(Level.WARNING, "polling " + title + " failed", e);
        }
    }

    public LabServer server() {
        return server;
    }

    /** e.g. "echo · semaphore(16) · 127.0.0.1:40123". */
    public String title() {
        return title;
    }

    /** e.g. "echo server · semaphore, 16 permits · platform threads · idle timeout 30 s". */
    public String summary() {
        return ServerFormViewModel.summary(server.config());
    }

    public String host() {
        return server.localEndpoint().host();
    }

    public int port() {
        return server.localEndpoint().port();
    }

    public boolean isSemaphore() {
        return server.config().mode() == Mode.SEMAPHORE;
    }

    /** "running", or "stopping…" from the click on Stop until the server has closed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServerStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OptionalInt> listenQueueProperty() {
        return listenQueue.getReadOnlyProperty();
    }

    /** e.g. "12 / 16 permits in use · 1 client waiting for a permit · 3 in the listen backlog". */
    public ReadOnlyStringProperty gaugeTextProperty() {
        return gaugeText.getReadOnlyProperty();
    }

    /** The step the teaching strip should light; a new value every pulse in which the server did something. */
    public ReadOnlyObjectProperty<StepFlash> flashProperty() {
        return flash.getReadOnlyProperty();
    }

    /** The connections open at the last poll, oldest first. */
    public ObservableList<ConnectionRow> connections() {
        return connectionsView;
    }

    /** The newest {@value #LOG_CAPACITY} log lines. */
    public ObservableList<LogLine> log() {
        return logView;
    }

    /** Applies what arrived since the last pulse; JavaFX thread. */
    public void pulse() {
        PulseQueue.Batch<ServerEvent> batch = events.drain();
        if (!batch.isEmpty()) {
            applyEvents(batch);
        }
        ServerSnapshot s = latest.getAndSet(null);
        if (s != null) {
            apply(s);
        }
    }

    private void applyEvents(PulseQueue.Batch<ServerEvent> batch) {
        List<ServerEvent> items = batch.items();
        // Lines beyond the log's capacity would be dropped at once, so they are not even formatted.
        int skip = items.size() > LOG_CAPACITY - 2 ? items.size() - (LOG_CAPACITY - 2) : 0;
        List<LogLine> lines = new ArrayList<>(items.size() - skip + 2);
        if (skip > 0) {
            lines.add(LogLine.skipped(skip, items.get(skip - 1).time()));
        }
        boolean started = false;
        for (int i = skip; i < items.size(); i++) {
            lines.add(LogLine.of(items.get(i)));
        }
        for (ServerEvent e : items) {
            started |= e instanceof ServerEvent.Listening;
        }
        if (batch.dropped() > 0) {
            lines.add(LogLine.skipped(batch.dropped(), Instant.now()));
        }
        CappedList.append(log, lines, LOG_CAPACITY);
        if (!items.isEmpty()) {
            ServerEvent last = items.getLast();
            flash.set(StepFlash.of(last, started, ++flashes));
        }
    }

    private void apply(ServerSnapshot s) {
        stats.set(s.stats());
        listenQueue.set(s.listenQueue());
        gaugeText.set(gauge(s.stats(), s.listenQueue()));
        List<ConnectionRow> rows = new ArrayList<>(s.connections().size());
        Map<Long, ConnectionRow> seen = new HashMap<>();
        for (var info : s.connections()) {
            ConnectionRow row = rowsById.get(info.id());
            if (row == null) {
                row = new ConnectionRow(info, s.taken());
            } else {
                row.update(info, s.taken());
            }
            rows.add(row);
            seen.put(info.id(), row);
        }
        rowsById.clear();
        rowsById.putAll(seen);
        boolean same = rows.size() == connections.size();
        for (int i = 0; same && i < rows.size(); i++) {
            same = rows.get(i) == connections.get(i);
        }
        if (!same) {
            // Rows that stayed are the same objects, so only membership changes reach the table.
            connections.setAll(rows);
        }
    }

    /** The gauge's sentence for a mode: permits for a semaphore server, handlers otherwise, plus the backlog. */
    String gauge(ServerStats st, OptionalInt queue) {
        String backlog = queue.isPresent() ? " · " + queue.getAsInt() + " in the listen backlog" : "";
        return switch (server.config().mode()) {
            case SEMAPHORE -> st.permitsInUse() + " / " + st.permits() + " permits in use · "
                    + st.waitingForPermit() + (st.waitingForPermit() == 1 ? " client" : " clients")
                    + " waiting for a permit" + backlog;
            case THREADED -> st.active() + (st.active() == 1 ? " handler thread" : " handler threads")
                    + " running, at most " + server.config().maxHandlers()
                    + (st.waitingForPermit() == 0 ? "" : " · " + st.waitingForPermit() + " waiting") + backlog;
            case ITERATIVE -> (st.active() == 0 ? "idle" : "serving 1 client")
                    + " · one client at a time" + backlog;
        };
    }

    // Commands

    /** Closes one connection from the lab, off the JavaFX thread. */
    public void closeConnection(ConnectionRow row) {
        row.markClosing();
        control.run(() -> server.closeConnection(row.id()), closed -> {
        }, e -> errors.report("Could not close connection #" + row.id(), e.getMessage()));
    }

    /** Closes every open connection; the server keeps listening. */
    public void closeAllConnections() {
        for (ConnectionRow row : connections) {
            row.markClosing();
        }
        control.run(() -> {
            server.closeAllConnections();
            return null;
        }, done -> {
        }, e -> errors.report("Could not close the connections", e.getMessage()));
    }

    void markStopping() {
        status.set("stopping…");
    }

    /** Stops polling; the server itself is closed by whoever stops it. */
    void dispose() {
        if (polling != null) {
            polling.cancel(false);
        }
    }
}
