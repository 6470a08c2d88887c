package socketlab.client;

import java.util.Optional;
import socketlab.Choice;

/** What a client does once connected. */
public enum ClientMode implements Choice {
    /** Read until the server closes: the way to talk to the hello and time servers. */
    EOF("eof", "read until EOF", "for hello and time: they write, then close"),
    /** Type a line, send it, read the reply line; again until closed: the CMU echo client. */
    LINE("line", "line mode", "for echo: send a line, read its reply"),
    /** Send an HTTP/1.0 request written by hand and read the raw reply until the server closes. */
    HTTP("http", "HTTP GET", "for a web server: a GET request by hand");

    private final String id;
    private final String label;
    private final String summary;

    ClientMode(String id, String label, String summary) {
        this.id = id;
        this.label = label;
        this.summary = summary;
    }

    @Override
    public String id() {
        return id;
    }

    /** The short name the window shows, e.g. "line mode". */
    public String label() {
        return label;
    }

    public String summary() {
        return summary;
    }

    public static Optional<ClientMode> fromId(String text) {
        return Choice.fromId(ClientMode.class, text);
    }
}
