package socketlab.server;

import java.util.Locale;
import java.util.Optional;

/** What a lab server says to each client: the three servers of the lectures. */
public enum ServerKind {
    HELLO("hello", "writes \"Hello world!\" and closes"),
    ECHO("echo", "sends every line back until the client closes"),
    TIME("time", "writes the current UTC time, as C's %c does, and closes");

    private final String id;
    private final String summary;

    ServerKind(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /** The name used on the command line and in the window. */
    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    public static Optional<ServerKind> fromId(String text) {
        for (ServerKind k : values()) {
            if (k.id.equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
