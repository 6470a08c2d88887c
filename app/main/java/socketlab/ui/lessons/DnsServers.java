package socketlab.ui.lessons;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import socketlab.dns.DnsServer;
import socketlab.dns.LocalHierarchy;
import socketlab.ui.Background;

/**
 * Where the DNS lessons ask: the Internet (the system resolver, the Internet's root servers) when this machine can
 * reach a root server, otherwise a {@link LocalHierarchy} the lab starts itself, once, and says so on screen. Decided
 * off the JavaFX thread the first time a DNS lesson needs it; the hierarchy stops when the window closes.
 */
public final class DnsServers implements AutoCloseable {
    /** How long a root server may take to answer before the lab decides it is offline. */
    static final Duration PROBE = Duration.ofSeconds(2);

    private final Background background;
    private final boolean probeInternet;
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private CompletableFuture<DnsServers> ready;
    private volatile LocalHierarchy local;
    private volatile boolean closed;

    /**
     * Set to true, the lessons use the local hierarchy without asking the Internet's roots first: a lab with no
     * Internet on purpose, and the tests, which send nothing beyond loopback.
     */
    public static final String OFFLINE_PROPERTY = "socketlab.dns.offline";

    /** {@code probeInternet}: false to use the local hierarchy without asking the Internet. */
    public DnsServers(Background background, boolean probeInternet) {
        this.background = background;
        this.probeInternet = probeInternet;
    }

    /** Probes the Internet unless {@link #OFFLINE_PROPERTY} says not to. */
    public DnsServers(Background background) {
        this(background, !Boolean.getBoolean(OFFLINE_PROPERTY));
    }

    /** Completes on the JavaFX thread once it is known where to ask; JavaFX thread. */
    CompletableFuture<DnsServers> ready() {
        if (ready == null) {
            ready = new CompletableFuture<>();
            background.run(() -> {
                if (probeInternet && LocalHierarchy.internetRootsReachable(PROBE)) {
                    return null;
                }
                LocalHierarchy h = LocalHierarchy.start();
                if (closed) {
                    h.close();
                }
                return h;
            }, h -> {
                local = h;
                note.set(h == null ? "" : "This machine cannot reach the Internet's root servers, so DNS questions go"
                        + " to " + h.describe().replaceFirst(", because the Internet's root servers cannot be"
                        + " reached", "") + "; the DNS pane's Server and Roots fields point there.");
                ready.complete(this);
            }, e -> {
                CompletableFuture<DnsServers> failed = ready;
                ready = null; // the next DNS step tries again
                failed.completeExceptionally(new ShowMeFailure("the lab could not start its local DNS hierarchy: "
                        + (e instanceof IOException ? e.getMessage() : String.valueOf(e))));
            });
        }
        return ready;
    }

    /** The server to ask for {@code name}, as the DNS pane's server field takes it; empty: the system resolver. */
    Optional<String> serverFor(String name) {
        LocalHierarchy h = local;
        return h == null || name == null ? Optional.empty() : h.serverFor(name).map(DnsServers::text);
    }

    /** The roots a trace starts from, as the DNS pane's roots field takes them; empty: the Internet's. */
    String roots() {
        LocalHierarchy h = local;
        return h == null ? "" : h.roots().stream().map(DnsServers::text).collect(Collectors.joining(", "));
    }

    /** Whether the lessons ask the lab's local hierarchy (known once {@link #ready()} completed). */
    boolean isLocal() {
        return local != null;
    }

    /** Whether {@code text} is what the lab puts in the DNS pane's fields: its roots, or one of its servers. */
    boolean isLabAddress(String text) {
        LocalHierarchy h = local;
        if (h == null) {
            return false;
        }
        return text.equals(roots()) || java.util.stream.Stream.of(LocalHierarchy.ROOT, LocalHierarchy.TLD,
                LocalHierarchy.DOMAIN).anyMatch(a -> text.equals(text(new DnsServer(a, h.port()))));
    }

    private static String text(DnsServer s) {
        return socketlab.net.Addresses.toText(s.address()) + ":" + s.port();
    }

    /** What the lessons say about where DNS questions go, when it is the local hierarchy; else empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        LocalHierarchy h = local;
        if (h != null) {
            h.close();
        }
    }
}
