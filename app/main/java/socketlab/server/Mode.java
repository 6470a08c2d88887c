package socketlab.server;

import java.util.Locale;
import java.util.Optional;

/** How a lab server spreads its clients over threads. */
public enum Mode {
    ITERATIVE("iterative", "one client at a time, on the accepting thread"),
    THREADED("threaded", "a new thread for every connection, without limit"),
    SEMAPHORE("semaphore", "a thread per connection, at most N at once: a semaphore's permits");

    private final String id;
    private final String summary;

    Mode(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    public static Optional<Mode> fromId(String text) {
        for (Mode m : values()) {
            if (m.id.equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
