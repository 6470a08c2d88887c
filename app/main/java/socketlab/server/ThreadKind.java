package socketlab.server;

import java.util.Locale;
import java.util.Optional;

/** Which threads run a threaded server's handlers: operating-system threads or JVM virtual threads. */
public enum ThreadKind {
    PLATFORM("platform"),
    VIRTUAL("virtual");

    private final String id;

    ThreadKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ThreadKind> fromId(String text) {
        for (ThreadKind t : values()) {
            if (t.id.equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
