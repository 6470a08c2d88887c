package socketlab.server;

import java.util.Optional;
import socketlab.Choice;

/** How a lab server spreads its clients over threads. */
public enum Mode implements Choice {
    ITERATIVE("iterative", "one client at a time, on the accepting thread"),
    THREADED("threaded", "a new thread for every connection, up to a generous cap (1,000 by default)"),
    SEMAPHORE("semaphore", "a thread per connection, at most N at once: a semaphore's permits");

    private final String id;
    private final String summary;

    Mode(String id, String summary) {
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

    public static Optional<Mode> fromId(String text) {
        return Choice.fromId(Mode.class, text);
    }

    @Override
    public String toString() {
        return id;
    }
}
