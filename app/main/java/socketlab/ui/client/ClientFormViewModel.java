package socketlab.ui.client;

import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import socketlab.client.ClientMode;
import socketlab.client.ClientSpec;
import socketlab.client.Host;
import socketlab.client.HttpGet;
import socketlab.net.Numbers;
import socketlab.net.Ports;
import socketlab.ui.ValidatedField;

/** Where a client connects and how: host, port, timeout, mode and HTTP path, validated as they are typed. */
public final class ClientFormViewModel {
    /** Under Timeout: what it bounds. */
    public static final String TIMEOUT_HINT = "for connect() and for each read(): connect can hang when nobody"
            + " answers";
    static final String PATH_HINT = "the path of the request line GET /path HTTP/1.1 that the client writes first";
    static final String PATH_OFF = "only HTTP mode sends a request, so only it has a path";

    /** The longest timeout the form accepts, in seconds. */
    public static final int MAX_TIMEOUT_SECONDS = 300;

    // Properties
    private final ValidatedField<Host> host = new ValidatedField<>("127.0.0.1", Host::parse);
    private final ValidatedField<Integer> port = new ValidatedField<>("",
            t -> Numbers.parseInRange(t, "port", 1, Ports.MAX));
    private final ValidatedField<Integer> timeoutSeconds = new ValidatedField<>(
            String.valueOf(ClientSpec.DEFAULT_TIMEOUT.toSeconds()),
            t -> Numbers.parseInRange(t, "timeout", 1, MAX_TIMEOUT_SECONDS));
    private final ObjectProperty<ClientMode> mode = new SimpleObjectProperty<>(this, "mode", ClientMode.EOF);
    private final ValidatedField<String> path = new ValidatedField<>("/", HttpGet::parsePath);
    private final ReadOnlyBooleanWrapper pathEnabled = new ReadOnlyBooleanWrapper(this, "pathEnabled");
    private final ReadOnlyStringWrapper hostHint = new ReadOnlyStringWrapper(this, "hostHint", "");
    private final ReadOnlyStringWrapper portHint = new ReadOnlyStringWrapper(this, "portHint", "");
    private final ReadOnlyStringWrapper pathHint = new ReadOnlyStringWrapper(this, "pathHint", "");
    private final ReadOnlyBooleanWrapper targetValid = new ReadOnlyBooleanWrapper(this, "targetValid");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    public ClientFormViewModel() {
        pathEnabled.bind(mode.isEqualTo(ClientMode.HTTP));
        pathEnabled.subscribe(on -> pathHint.set(on ? PATH_HINT : PATH_OFF));
        host.parsedProperty().subscribe(p -> hostHint.set(!p.isOk() ? "" : p.value().isLiteral()
                ? "an address: connect() gets it as it is, no DNS lookup"
                : "a name: the system resolver looks it up first (getaddrinfo)"));
        port.parsedProperty().subscribe(p -> {
            String name = p.isOk() ? Ports.wellKnownName(p.value()) : "";
            portHint.set(port.textProperty().get() == null || port.textProperty().get().isBlank()
                    ? "type it, or pick a lab server above"
                    : name.isEmpty() ? "the port the server listens on: connect() goes to host:port"
                    : "well-known port of " + name);
        });
        targetValid.bind(Bindings.createBooleanBinding(
                () -> host.isValid() && port.isValid() && timeoutSeconds.isValid(),
                host.validProperty(), port.validProperty(), timeoutSeconds.validProperty()));
        valid.bind(targetValid.and(pathEnabled.not().or(path.validProperty())));
    }

    public ValidatedField<Host> host() {
        return host;
    }

    public ValidatedField<Integer> port() {
        return port;
    }

    public ValidatedField<Integer> timeoutSeconds() {
        return timeoutSeconds;
    }

    public ObjectProperty<ClientMode> modeProperty() {
        return mode;
    }

    public ValidatedField<String> path() {
        return path;
    }

    /** True in HTTP mode, the only one that sends a path. */
    public ReadOnlyBooleanProperty pathEnabledProperty() {
        return pathEnabled.getReadOnlyProperty();
    }

    /** Says whether connecting starts with a DNS lookup. */
    public ReadOnlyStringProperty hostHintProperty() {
        return hostHint.getReadOnlyProperty();
    }

    /** Names a well-known port, or says what to type while the field is empty. */
    public ReadOnlyStringProperty portHintProperty() {
        return portHint.getReadOnlyProperty();
    }

    /** What the path is, or why this mode sends none. */
    public ReadOnlyStringProperty pathHintProperty() {
        return pathHint.getReadOnlyProperty();
    }

    /** Host, port and timeout are acceptable: enough for a burst. */
    public ReadOnlyBooleanProperty targetValidProperty() {
        return targetValid.getReadOnlyProperty();
    }

    /** Everything a single client needs is acceptable. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The client the form describes; only while {@link #targetValidProperty()} holds. */
    public ClientSpec toSpec() {
        return ClientSpec.of(host.value(), port.value()).withTimeout(Duration.ofSeconds(timeoutSeconds.value()));
    }
}
