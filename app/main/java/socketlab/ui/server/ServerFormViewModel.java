package socketlab.ui.server;

import java.net.InetAddress;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import socketlab.net.Addresses;
import socketlab.net.Numbers;
import socketlab.net.Ports;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.server.ThreadKind;
import socketlab.ui.ValidatedField;

/** The "new server" form: every field as text or choice, validated as it is typed, and the config it makes. */
public final class ServerFormViewModel {
    /** The longest idle timeout the form accepts: one day. */
    public static final int MAX_IDLE_SECONDS = 86_400;

    private static final ServerConfig DEFAULTS = ServerConfig.defaults(ServerKind.HELLO);

    /** Under Backlog: the listen() argument, in the lecture's words. */
    public static final String BACKLOG_HINT = "how many connections the kernel queues before accept() takes them:"
            + " listen(fd, backlog)";
    /** Under the idle timeout: what the server does with a silent client. */
    public static final String IDLE_HINT = "a connection whose read() or write() makes no progress for this long is"
            + " closed, also one whose client stopped reading what the server writes";
    static final String PERMITS_HINT = "how many clients are served at once: a counting semaphore, sem_wait()"
            + " before serving a client and sem_post() after";
    static final String PERMITS_OFF = "only the semaphore mode has permits";
    static final String MAX_HANDLERS_HINT = "how many clients are served at once: one thread each; a client beyond"
            + " this waits, accepted, until a thread is free";
    static final String THREADS_HINT = "platform = one OS thread per client, as pthread_create in the lecture;"
            + " virtual = the JVM's lightweight threads";
    static final String THREADS_OFF = "an iterative server starts no threads: it serves each client on its one"
            + " thread, so Threads applies to the other two modes";
    static final String UPPERCASE_HINT = "the echo server sends each line back in capitals: the reply differs from"
            + " the request";
    static final String UPPERCASE_OFF = "only the echo server sends lines back, so only it can uppercase them";

    // Properties
    private final ObjectProperty<ServerKind> kind = new SimpleObjectProperty<>(this, "kind", DEFAULTS.kind());
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", DEFAULTS.mode());
    private final ObjectProperty<ThreadKind> threads = new SimpleObjectProperty<>(this, "threads",
            DEFAULTS.threads());
    private final BooleanProperty uppercase = new SimpleBooleanProperty(this, "uppercase", false);
    private final ValidatedField<Integer> permits = new ValidatedField<>(String.valueOf(DEFAULTS.permits()),
            t -> Numbers.parseInRange(t, "permits", 1, ServerConfig.MAX_PERMITS));
    private final ValidatedField<Integer> maxHandlers = new ValidatedField<>(
            String.valueOf(DEFAULTS.maxHandlers()),
            t -> Numbers.parseInRange(t, "clients at once", 1, ServerConfig.MAX_HANDLERS));
    private final ValidatedField<InetAddress> bind = new ValidatedField<>("127.0.0.1", Addresses::parseLiteral);
    private final ValidatedField<Integer> port = new ValidatedField<>("0", Ports::parse);
    private final ValidatedField<Integer> backlog = new ValidatedField<>(String.valueOf(DEFAULTS.backlog()),
            t -> Numbers.parseInRange(t, "backlog", 1, ServerConfig.MAX_BACKLOG));
    private final ValidatedField<Integer> idleSeconds = new ValidatedField<>(
            String.valueOf(DEFAULTS.idleTimeout().toSeconds()),
            t -> Numbers.parseInRange(t, "idle timeout", 1, MAX_IDLE_SECONDS));

    private final ReadOnlyBooleanWrapper permitsEnabled = new ReadOnlyBooleanWrapper(this, "permitsEnabled");
    private final ReadOnlyBooleanWrapper maxHandlersEnabled = new ReadOnlyBooleanWrapper(this,
            "maxHandlersEnabled");
    private final ReadOnlyBooleanWrapper threadsEnabled = new ReadOnlyBooleanWrapper(this, "threadsEnabled");
    private final ReadOnlyBooleanWrapper uppercaseEnabled = new ReadOnlyBooleanWrapper(this, "uppercaseEnabled");
    private final ReadOnlyStringWrapper bindNote = new ReadOnlyStringWrapper(this, "bindNote", "");
    private final ReadOnlyStringWrapper bindWarning = new ReadOnlyStringWrapper(this, "bindWarning", "");
    private final ReadOnlyStringWrapper portHint = new ReadOnlyStringWrapper(this, "portHint", "");
    private final ReadOnlyStringWrapper permitsHint = new ReadOnlyStringWrapper(this, "permitsHint", "");
    private final ReadOnlyStringWrapper threadsHint = new ReadOnlyStringWrapper(this, "threadsHint", "");
    private final ReadOnlyStringWrapper uppercaseHint = new ReadOnlyStringWrapper(this, "uppercaseHint", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    public ServerFormViewModel() {
        permitsEnabled.bind(mode.isEqualTo(Mode.SEMAPHORE));
        maxHandlersEnabled.bind(mode.isEqualTo(Mode.THREADED));
        threadsEnabled.bind(mode.isNotEqualTo(Mode.ITERATIVE));
        uppercaseEnabled.bind(kind.isEqualTo(ServerKind.ECHO));
        // A disabled control says why: the hint under it names the mode or kind that uses it.
        mode.subscribe(m -> permitsHint.set(switch (m) {
            case SEMAPHORE -> PERMITS_HINT;
            case THREADED -> MAX_HANDLERS_HINT;
            case ITERATIVE -> PERMITS_OFF;
        }));
        threadsEnabled.subscribe(on -> threadsHint.set(on ? THREADS_HINT : THREADS_OFF));
        uppercaseEnabled.subscribe(on -> uppercaseHint.set(on ? UPPERCASE_HINT : UPPERCASE_OFF));
        bind.parsedProperty().subscribe(p -> {
            bindNote.set(p.isOk() ? BindChoice.describe(p.value()) : "");
            bindWarning.set(p.isOk() ? BindChoice.exposureWarning(p.value()) : "");
        });
        port.parsedProperty().subscribe(p -> portHint.set(p.isOk() ? hintFor(p.value()) : ""));
        // A disabled field does not count: its value is not used for the chosen mode.
        BooleanBinding permitsOk = permitsEnabled.not().or(permits.validProperty());
        BooleanBinding maxHandlersOk = maxHandlersEnabled.not().or(maxHandlers.validProperty());
        valid.bind(Bindings.createBooleanBinding(
                () -> permitsOk.get() && maxHandlersOk.get() && bind.isValid() && port.isValid()
                        && backlog.isValid() && idleSeconds.isValid(),
                permitsOk, maxHandlersOk, bind.validProperty(), port.validProperty(), backlog.validProperty(),
                idleSeconds.validProperty()));
    }

    static String hintFor(int p) {
        if (p == 0) {
            return "0 = the kernel picks a free port, as bind() with sin_port 0 does";
        }
        String name = Ports.wellKnownName(p);
        String known = name.isEmpty() ? "" : "well-known port of " + name + "; ";
        return Ports.isPrivileged(p) ? known + "below 1024: needs administrator rights"
                : known + "the port bind() gives the listening socket; clients connect() to it";
    }

    public ObjectProperty<ServerKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<ThreadKind> threadsProperty() {
        return threads;
    }

    public BooleanProperty uppercaseProperty() {
        return uppercase;
    }

    public ValidatedField<Integer> permits() {
        return permits;
    }

    /** Threaded mode's cap on clients served at once; beyond it new clients wait. */
    public ValidatedField<Integer> maxHandlers() {
        return maxHandlers;
    }

    public ReadOnlyBooleanProperty maxHandlersEnabledProperty() {
        return maxHandlersEnabled.getReadOnlyProperty();
    }

    public ValidatedField<InetAddress> bind() {
        return bind;
    }

    public ValidatedField<Integer> port() {
        return port;
    }

    public ValidatedField<Integer> backlog() {
        return backlog;
    }

    public ValidatedField<Integer> idleSeconds() {
        return idleSeconds;
    }

    public ReadOnlyBooleanProperty permitsEnabledProperty() {
        return permitsEnabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty threadsEnabledProperty() {
        return threadsEnabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty uppercaseEnabledProperty() {
        return uppercaseEnabled.getReadOnlyProperty();
    }

    /** Who can reach a server on the typed address. */
    public ReadOnlyStringProperty bindNoteProperty() {
        return bindNote.getReadOnlyProperty();
    }

    /** Set while the address is a wildcard that lets other machines connect. */
    public ReadOnlyStringProperty bindWarningProperty() {
        return bindWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty portHintProperty() {
        return portHint.getReadOnlyProperty();
    }

    /** What permits are, or why this mode has none. */
    public ReadOnlyStringProperty permitsHintProperty() {
        return permitsHint.getReadOnlyProperty();
    }

    /** Platform and virtual threads in the lecture's words, or why this mode starts none. */
    public ReadOnlyStringProperty threadsHintProperty() {
        return threadsHint.getReadOnlyProperty();
    }

    /** What uppercasing does, or why only echo can. */
    public ReadOnlyStringProperty uppercaseHintProperty() {
        return uppercaseHint.getReadOnlyProperty();
    }

    /** True while every field that the chosen kind and mode use holds an acceptable value. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    // Commands

    /** The server the form describes; only while {@link #validProperty()} is true. */
    public ServerConfig toConfig() {
        if (!valid.get()) {
            throw new IllegalStateException("the form has invalid fields");
        }
        Mode m = mode.get();
        return DEFAULTS.withKind(kind.get())
                .withMode(m)
                .withPermits(m == Mode.SEMAPHORE ? permits.value() : DEFAULTS.permits())
                .withMaxHandlers(m == Mode.THREADED ? maxHandlers.value() : DEFAULTS.maxHandlers())
                .withThreads(threads.get())
                .withBindAddress(bind.value())
                .withPort(port.value())
                .withBacklog(backlog.value())
                .withUppercase(kind.get() == ServerKind.ECHO && uppercase.get())
                .withIdleTimeout(Duration.ofSeconds(idleSeconds.value()));
    }

    /** How the window names a mode. */
    public static String modeLabel(Mode m) {
        return switch (m) {
            case ITERATIVE -> "iterative";
            case THREADED -> "thread per connection";
            case SEMAPHORE -> "semaphore";
        };
    }

    /** One short line under the mode choice: what the mode does with clients. */
    public static String modeHint(Mode m) {
        return switch (m) {
            case ITERATIVE -> "one client at a time; the rest wait";
            case THREADED -> "a new thread per client; past the cap, new clients wait";
            case SEMAPHORE -> "a thread per client, at most N at once";
        };
    }

    /** What a running server is, e.g. "echo server · semaphore, 16 permits · virtual threads · idle timeout 30 s". */
    public static String summary(ServerConfig c) {
        StringBuilder sb = new StringBuilder(c.kind().id()).append(" server");
        if (c.kind() == ServerKind.ECHO && c.uppercase()) {
            sb.append(" (uppercase)");
        }
        sb.append(" · ").append(switch (c.mode()) {
            case ITERATIVE -> "iterative";
            case THREADED -> "thread per connection, at most " + c.maxHandlers() + " at once";
            case SEMAPHORE -> "semaphore, " + c.permits() + " permits";
        });
        if (c.mode() != Mode.ITERATIVE) {
            sb.append(" · ").append(c.threads().id()).append(" threads");
        }
        return sb.append(" · idle timeout ").append(c.idleTimeout().toSeconds()).append(" s").toString();
    }

    /** A short title for a running server, e.g. "echo · semaphore(16) · 127.0.0.1:40123". */
    public static String title(ServerConfig c, String endpoint) {
        StringBuilder sb = new StringBuilder(c.kind().id());
        if (c.kind() == ServerKind.ECHO && c.uppercase()) {
            sb.append(" (uppercase)");
        }
        sb.append(" · ").append(switch (c.mode()) {
            case ITERATIVE -> "iterative";
            case THREADED -> "thread per connection";
            case SEMAPHORE -> "semaphore(" + c.permits() + ")";
        });
        if (c.mode() != Mode.ITERATIVE && c.threads() == ThreadKind.VIRTUAL) {
            sb.append(" · virtual threads");
        }
        return sb.append(" · ").append(endpoint).toString();
    }
}
