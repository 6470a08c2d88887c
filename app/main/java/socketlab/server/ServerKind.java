package socketlab.server;

import java.util.Optional;
import socketlab.Choice;

/** What a lab server says to each client: the three servers of the lectures. */
public enum ServerKind implements Choice {
    HELLO("hello", "writes \"Hello world!\" and closes"),
    ECHO("echo", "sends every line back until the client closes"),
    TIME("time", "writes the current UTC time, as C's %c does, and closes");

    private final String id;
    private final String summary;

    ServerKind(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    @Override
    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    public static Optional<ServerKind> fromId(String text) {
        return Choice.fromId(ServerKind.class, text);
    }

    @Override
    public String toString() {
        return id;
    }
}
