package socketlab.ui.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import socketlab.server.ConnectionInfo;

/** One row of the open-connections table: a connection's socket pair and its live state, bytes and age. */
public final class ConnectionRow {
    private final long id;
    private final String client;
    private final String server;
    private boolean closing;

    // Properties
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyStringWrapper bytesIn = new ReadOnlyStringWrapper(this, "bytesIn", "0");
    private final ReadOnlyStringWrapper bytesOut = new ReadOnlyStringWrapper(this, "bytesOut", "0");
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper(this, "age", "");

    public ConnectionRow(ConnectionInfo info, Instant now) {
        this.id = info.id();
        this.client = info.pair().client().toString();
        this.server = info.pair().server().toString();
        update(info, now);
    }

    public long id() {
        return id;
    }

    /** The client's ip:port: the peer address accept returned. */
    public String client() {
        return client;
    }

    /** The server's ip:port on this connection: the listening port, on the address the client reached. */
    public String server() {
        return server;
    }

    /** "waiting" (accepted, no handler yet), "active" or "closing…". */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bytesInProperty() {
        return bytesIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bytesOutProperty() {
        return bytesOut.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ageProperty() {
        return age.getReadOnlyProperty();
    }

    void update(ConnectionInfo info, Instant now) {
        if (!closing) {
            state.set(info.state() == ConnectionInfo.State.ACTIVE ? "active" : "waiting");
        }
        bytesIn.set(count(info.bytesRead()));
        bytesOut.set(count(info.bytesWritten()));
        age.set(age(Duration.between(info.opened(), now)));
    }

    /** Shown from the click until the connection is gone from the next snapshot. */
    void markClosing() {
        closing = true;
        state.set("closing…");
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String age(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d m %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d m", s / 3600, (s % 3600) / 60);
    }
}
