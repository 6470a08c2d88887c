package socketlab.ui.server;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import socketlab.net.ConnectionSource;
import socketlab.net.Endpoint;
import socketlab.net.LabConnection;
import socketlab.server.LabServer;
import socketlab.server.ServerConfig;
import socketlab.server.ServerConnections;
import socketlab.server.ServerEvent;
import socketlab.server.ServerStartException;
import socketlab.ui.Background;
import socketlab.ui.ErrorReporter;
import socketlab.ui.PulseQueue;
import socketlab.ui.Pulses;
import socketlab.ui.UncaughtErrors;

/** The Servers pane: the new-server form, the servers running now, the one selected, and start and stop. */
public final class ServersViewModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ServersViewModel.class.getName());

    private final Background control;
    private final ScheduledExecutorService poller;
    private final ErrorReporter errors;
    private final Subscription pulse;
    private final ServerFormViewModel form = new ServerFormViewModel();
    // The running servers for threads other than the JavaFX one (the Connections pane's poll thread).
    private final List<ServerConnections> running = new CopyOnWriteArrayList<>();

    // Properties
    private final ObservableList<RunningServerViewModel> servers = FXCollections.observableArrayList();
    private final ObservableList<RunningServerViewModel> serversView = FXCollections.unmodifiableObservableList(
            servers);
    private final ReadOnlyObjectWrapper<RunningServerViewModel> selected = new ReadOnlyObjectWrapper<>(this,
            "selected");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper(this, "startError", "");
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(this, "starting");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private final ReadOnlyBooleanWrapper canCapture = new ReadOnlyBooleanWrapper(this, "canCapture");
    private IntConsumer captureHandler = port -> { };
    /** Gives each server started a listener that also sees its events (the capture pane's record of calls). */
    private Supplier<Consumer<ServerEvent>> eventTaps = () -> e -> { };

    /**
     * @param control runs start, stop and close off the JavaFX thread
     * @param poller  the thread that polls running servers
     * @param pulses  drives the per-frame update of every running server
     */
    public ServersViewModel(Background control, ScheduledExecutorService poller, Pulses pulses,
            ErrorReporter errors) {
        this.control = control;
        this.poller = poller;
        this.errors = errors;
        this.pulse = pulses.subscribe(this::pulse);
        canStart.bind(form.validProperty().and(starting.not()));
        // A refusal is about what the form said then ("cannot bind 192.0.2.1"): once the form changes, it would
        // describe a server nobody asks for any more, so it goes.
        for (javafx.beans.value.ObservableValue<?> o : List.<javafx.beans.value.ObservableValue<?>>of(form.bind().textProperty(), form.port().textProperty(),
                form.backlog().textProperty(), form.idleSeconds().textProperty(), form.permits().textProperty(),
                form.kindProperty(), form.modeProperty(), form.threadsProperty())) {
            o.addListener((value, was, now) -> startError.set(""));
        }
    }

    public ServerFormViewModel form() {
        return form;
    }

    /** The servers running now, in the order they started. */
    public ObservableList<RunningServerViewModel> servers() {
        return serversView;
    }

    /** The connections of every running server, listable from any thread. */
    public ConnectionSource connectionSource() {
        return new ConnectionSource() {
            @Override
            public List<LabConnection> labConnections() {
                List<LabConnection> all = new ArrayList<>();
                for (ServerConnections s : running) {
                    all.addAll(s.labConnections());
                }
                return all;
            }

            @Override
            public List<Endpoint> listening() {
                List<Endpoint> all = new ArrayList<>();
                for (ServerConnections s : running) {
                    all.addAll(s.listening());
                }
                return all;
            }
        };
    }

    public ReadOnlyObjectProperty<RunningServerViewModel> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Why the last start failed, in plain words; empty after a successful start. */
    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    /** True while the form is valid and no start is under way. */
    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    private void pulse() {
        for (RunningServerViewModel s : servers) {
            s.pulse();
        }
    }

    // Commands

    public void select(RunningServerViewModel server) {
        selected.set(server != null && servers.contains(server) ? server : null);
    }

    /** Starts the server the form describes, off the JavaFX thread; a refusal ends up in the start error. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        ServerConfig config = form.toConfig();
        PulseQueue<ServerEvent> events = new PulseQueue<>(RunningServerViewModel.EVENT_QUEUE_CAPACITY);
        starting.set(true);
        Consumer<ServerEvent> eventTap = eventTaps.get();
        Consumer<ServerEvent> configTap = configTaps.apply(config);
        control.run(() -> LabServer.start(config, e -> {
            events.offer(e);
            eventTap.accept(e);
            configTap.accept(e);
        }), server -> {
            starting.set(false);
            startError.set("");
            RunningServerViewModel vm = new RunningServerViewModel(server, events, control, errors);
            servers.add(vm);
            running.add(new ServerConnections(server));
            vm.startPolling(poller);
            selected.set(vm);
        }, e -> {
            starting.set(false);
            startError.set(startFailure(e));
        });
    }

    private static String startFailure(Exception e) {
        if (e instanceof ServerStartException) {
            return "The server did not start: " + e.getMessage();
        }
        LOG.log(Level.ERROR, "starting a server failed unexpectedly", e);
        return "The server did not start: " + UncaughtErrors.plainWords(e);
    }

    /** What "Capture" on a server does: open the capture pane on loopback, filtered to the server's port. */
    public void setCaptureHandler(IntConsumer handler) {
        captureHandler = handler;
        canCapture.set(true);
    }

    /** Whether a capture handler is set, so that the server's view offers "Capture". */
    public ReadOnlyBooleanProperty canCaptureProperty() {
        return canCapture.getReadOnlyProperty();
    }

    /** Captures {@code server}'s traffic. */
    public void capture(RunningServerViewModel server) {
        captureHandler.accept(server.port());
    }

    /**
     * Each server started from now on also gives its events, on its own threads, to a listener of its own from
     * {@code taps}: connection numbers are counted per server, so one listener must not hear two servers.
     */
    public void setEventTaps(Supplier<Consumer<ServerEvent>> taps) {
        eventTaps = taps;
    }

    /**
     * As {@link #setEventTaps}, for a listener that also needs to know the server's settings (the lessons check
     * "an iterative echo server is running" from them).
     */
    public void setConfigTaps(java.util.function.Function<ServerConfig, Consumer<ServerEvent>> taps) {
        configTaps = taps;
    }

    private java.util.function.Function<ServerConfig, Consumer<ServerEvent>> configTaps = c -> e -> { };

    /** Stops a server off the JavaFX thread: listener, connections and handler threads; then it leaves the list. */
    public void stop(RunningServerViewModel server) {
        if (server == null || !servers.contains(server) || server.statusProperty().get().startsWith("stopping")) {
            return;
        }
        server.markStopping();
        control.run(() -> {
            server.server().close();
            return null;
        }, done -> remove(server), e -> {
            remove(server);
            errors.report("Stopping the server did not finish cleanly", UncaughtErrors.plainWords(e));
        });
    }

    private void remove(RunningServerViewModel server) {
        server.dispose();
        running.removeIf(c -> c.server() == server.server());
        int index = servers.indexOf(server);
        servers.remove(server);
        if (selected.get() == server) {
            selected.set(servers.isEmpty() ? null : servers.get(Math.min(index, servers.size() - 1)));
        }
    }

    /** Stops every server and waits for them: used when the window closes. */
    @Override
    public void close() {
        pulse.unsubscribe();
        List<RunningServerViewModel> all = List.copyOf(servers);
        for (RunningServerViewModel s : all) {
            s.dispose();
        }
        // Closed on separate threads so that the window closes in the time of the slowest server, not the sum.
        List<Thread> stoppers = all.stream()
                .map(s -> Thread.ofPlatform().name("socketlab-ui-stop-" + s.port()).start(s.server()::close))
                .toList();
        for (Thread t : stoppers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        servers.clear();
        running.clear();
        selected.set(null);
    }
}
