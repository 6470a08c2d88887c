package socketlab.server;

import java.util.Optional;
import socketlab.Choice;

/** Which threads run a threaded server's handlers: operating-system threads or JVM virtual threads. */
public enum ThreadKind implements Choice {
    PLATFORM("platform"),
    VIRTUAL("virtual");

    private final String id;

    ThreadKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<ThreadKind> fromId(String text) {
        return Choice.fromId(ThreadKind.class, text);
    }

    @Override
    public String toString() {
        return id;
    }
}
