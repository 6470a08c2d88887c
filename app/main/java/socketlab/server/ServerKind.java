package socketlab.server;

import java.util.Optional;
import socketlab.Choice;

/** What a lab server says to each client: the three servers of the lectures, and a small web server. */
public enum ServerKind implements Choice {
    HELLO("hello", "writes \"Hello world!\" and closes"),
    ECHO("echo", "sends every line back until the client closes"),
    TIME("time", "writes the current UTC time, as C's %c does, and closes"),
    HTTP("http", "a web server: answers GET / with a page showing the request it read; HTTP/1.0 and 1.1,"
            + " keep-alive");

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
