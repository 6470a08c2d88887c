package socketlab.client;

import java.util.Optional;
import socketlab.Choice;

/** What each client of a burst does once connected. */
public enum BurstMode implements Choice {
    /** Read until the server closes: the way to talk to the hello and time servers. */
    EOF("eof", "read until the server closes"),
    /** Send one line and read the reply line: the way to talk to the echo server. */
    ECHO("echo", "send one line, read the reply line"),
    /** Send the lectures' HTTP/1.0 request for / and read the response until the server closes: the web server. */
    HTTP("http", "send GET / HTTP/1.0, read the response until the server closes");

    private final String id;
    private final String summary;

    BurstMode(String id, String summary) {
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

    public static Optional<BurstMode> fromId(String text) {
        return Choice.fromId(BurstMode.class, text);
    }

    @Override
    public String toString() {
        return id;
    }
}
