package socketlab.ui.client;

import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import socketlab.client.BurstMode;
import socketlab.client.ClientEvent;
import socketlab.client.ClientFailure;
import socketlab.client.ClientMode;
import socketlab.client.ClientSessions;
import socketlab.client.ClientStep;
import socketlab.client.LabClient;
import socketlab.server.ServerKind;
import socketlab.ui.Background;
import socketlab.ui.PulseQueue;
import socketlab.ui.Pulses;
import socketlab.ui.UncaughtErrors;
import socketlab.ui.client.ClientSessionViewModel.Phase;
import socketlab.ui.server.RunningServerViewModel;

/**
 * The Clients pane: the form that names a server, the one client connected from it (connect, send a line, close)
 * and the burst. Every socket call runs off the JavaFX thread; what the client does reaches the window per pulse.
 */
public final class ClientsViewModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ClientsViewModel.class.getName());

    private final Background control;
    private final ClientSessions sessions;
    private final Subscription pulse;
    private final Subscription serversWatch;
    private final ClientFormViewModel form = new ClientFormViewModel();
    /** Gives each client connected a listener that also sees its events (the capture pane's record of calls). */
    private Supplier<Consumer<ClientEvent>> eventTaps = () -> e -> { };
    private final BurstViewModel burst;

    // Properties
    private final ObservableList<ServerChoice> serverChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ClientSessionViewModel> session = new ReadOnlyObjectWrapper<>(this,
            "session");
    private final StringProperty line = new SimpleStringProperty(this, "line", "");
    private final ReadOnlyBooleanWrapper canConnect = new ReadOnlyBooleanWrapper(this, "canConnect");
    private final ReadOnlyBooleanWrapper canSend = new ReadOnlyBooleanWrapper(this, "canSend");
    private final ReadOnlyBooleanWrapper canClose = new ReadOnlyBooleanWrapper(this, "canClose");

    /**
     * @param control  runs connect, reads, writes and close off the JavaFX thread
     * @param sessions where the window's clients are listed for the lab's view of every connection
     * @param servers  the lab servers running now, offered as targets
     */
    /** Each client connected from now on also gives its events, on its threads, to a listener from {@code taps}. */
    public void setEventTaps(Supplier<Consumer<ClientEvent>> taps) {
        eventTaps = taps;
    }

    public ClientsViewModel(Background control, Pulses pulses, ClientSessions sessions,
            ObservableList<RunningServerViewModel> servers) {
        this.control = control;
        this.sessions = sessions;
        this.burst = new BurstViewModel(control, sessions, form);
        this.pulse = pulses.subscribe(this::pulse);
        Runnable refresh = () -> serverChoices.setAll(servers.stream()
                .map(s -> ServerChoice.of(s.title(), s.server().localEndpoint(), s.server().config().kind()))
                .toList());
        refresh.run();
        this.serversWatch = servers.subscribe(refresh);
        ObservableValue<Phase> phase = session.flatMap(ClientSessionViewModel::phaseProperty);
        canConnect.bind(Bindings.createBooleanBinding(
                () -> form.validProperty().get() && phase.getValue() != Phase.CONNECTING,
                form.validProperty(), phase));
        canSend.bind(Bindings.createBooleanBinding(
                () -> phase.getValue() == Phase.OPEN && session.get().mode() == ClientMode.LINE, phase));
        canClose.bind(Bindings.createBooleanBinding(
                () -> phase.getValue() != null && !phase.getValue().ended(), phase));
    }

    public ClientFormViewModel form() {
        return form;
    }

    public BurstViewModel burst() {
        return burst;
    }

    /** The lab servers running now, as targets. */
    public ObservableList<ServerChoice> serverChoices() {
        return serverChoices;
    }

    /** The client shown: the last one connected, until the next Connect. */
    public ReadOnlyObjectProperty<ClientSessionViewModel> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The line to send next in line mode. */
    public StringProperty lineProperty() {
        return line;
    }

    public ReadOnlyBooleanProperty canConnectProperty() {
        return canConnect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSendProperty() {
        return canSend.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCloseProperty() {
        return canClose.getReadOnlyProperty();
    }

    private void pulse() {
        ClientSessionViewModel s = session.get();
        if (s != null) {
            s.pulse();
        }
        burst.pulse();
    }

    // Commands

    /** Points the form, and the burst, at a running lab server, in the mode that suits its kind. */
    public void target(ServerChoice choice) {
        form.host().textProperty().set(choice.connect().host());
        form.port().textProperty().set(String.valueOf(choice.connect().port()));
        switch (choice.kind()) {
            case ECHO -> {
                form.modeProperty().set(ClientMode.LINE);
                burst.modeProperty().set(BurstMode.ECHO);
            }
            case HTTP -> {
                form.modeProperty().set(ClientMode.HTTP);
                burst.modeProperty().set(BurstMode.HTTP);
            }
            case HELLO, TIME -> {
                form.modeProperty().set(ClientMode.EOF);
                burst.modeProperty().set(BurstMode.EOF);
            }
        }
    }

    /**
     * Connects a new client as the form says, off the JavaFX thread; a client still connected is closed first.
     * Reading until EOF and the HTTP request follow at once; line mode waits for lines.
     */
    public void connect() {
        if (!canConnect.get()) {
            return;
        }
        ClientSessionViewModel old = session.get();
        if (old != null && !old.phaseProperty().get().ended()) {
            close(old, "closed: a new client was connected");
        }
        ClientMode mode = form.modeProperty().get();
        String path = mode == ClientMode.HTTP ? form.path().value() : null;
        PulseQueue<ClientEvent> events = new PulseQueue<>(ClientSessionViewModel.EVENT_QUEUE_CAPACITY);
        Consumer<ClientEvent> tap = eventTaps.get();
        LabClient client = new LabClient(form.toSpec(), e -> {
            events.offer(e);
            tap.accept(e);
        });
        ClientSessionViewModel s = new ClientSessionViewModel(client, events, sessions.track(client, mode), mode);
        session.set(s);
        control.run(() -> {
            client.connect();
            return null;
        }, connected -> {
            s.opened();
            if (mode != ClientMode.LINE) {
                receive(s, path);
            }
        }, e -> fail(s, e));
    }

    /** Reads until EOF, after sending the HTTP request when {@code path} is given, then closes. */
    private void receive(ClientSessionViewModel s, String path) {
        LabClient client = s.client();
        control.run(() -> {
            long n = path == null ? client.readToEof() : client.httpGet(path);
            client.close();
            return n;
        }, n -> s.finished("done: read returned 0 (EOF) after " + n + (n == 1 ? " byte" : " bytes")
                + " from the server, so this client closed its socket too"), e -> fail(s, e));
    }

    /** Sends the line and reads the reply line, off the JavaFX thread. */
    public void send() {
        ClientSessionViewModel s = session.get();
        if (!canSend.get() || s == null) {
            return;
        }
        String text = line.get() == null ? "" : line.get();
        line.set("");
        s.waitingForReply();
        control.run(() -> s.client().sendLine(text), reply -> {
            if (!s.phaseProperty().get().ended()) {
                s.opened();
            }
        }, e -> fail(s, e));
    }

    /** Closes the shown client. */
    public void closeClient() {
        ClientSessionViewModel s = session.get();
        if (canClose.get() && s != null) {
            close(s, "closed by this client: close() sends FIN, and the server's read returns 0 (EOF)");
        }
    }

    private void close(ClientSessionViewModel s, String how) {
        s.finished(how);
        LabClient client = s.client();
        control.run(() -> {
            client.close();
            return null;
        }, done -> { }, e -> LOG.log(Level.WARNING, "closing a client failed", e));
    }

    private void fail(ClientSessionViewModel s, Exception e) {
        LabClient client = s.client();
        if (s.phaseProperty().get().ended()) {
            return; // closed on purpose: the read or connect it ended is no failure
        }
        if (e instanceof ClientFailure f) {
            s.failed(explained(f, s.mode(), client));
        } else {
            LOG.log(Level.ERROR, "a client failed unexpectedly", e);
            s.failed("unexpected error: " + UncaughtErrors.plainWords(e));
        }
        control.run(() -> {
            client.close();
            return null;
        }, done -> { }, closeFailure -> LOG.log(Level.WARNING, "closing a client failed", closeFailure));
    }

    /** The failure in plain words, with what it means for the mode the client was in. */
    static String explained(ClientFailure f, ClientMode mode, LabClient client) {
        if (mode == ClientMode.LINE && client.sawEndOfStream()) {
            return f.getMessage() + "; read returned 0 (EOF), so this client closed its socket too";
        }
        if (mode == ClientMode.EOF && f.step() == ClientStep.READ && client.bytesReceived() == 0
                && f.getCause() instanceof SocketTimeoutException) {
            // Typical of reading from an echo server, which waits for the client to speak first.
            return f.getMessage() + " — a server that waits for a line first, such as echo, needs line mode";
        }
        return f.getMessage();
    }

    /** Closes the client and stops the burst: used when the window closes. */
    @Override
    public void close() {
        pulse.unsubscribe();
        serversWatch.unsubscribe();
        ClientSessionViewModel s = session.get();
        if (s != null) {
            s.client().close();
        }
        burst.close();
    }
}
