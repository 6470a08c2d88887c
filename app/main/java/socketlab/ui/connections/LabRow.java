package socketlab.ui.connections;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import socketlab.net.LabConnection;

/** One connection the lab holds, seen from the lab object that owns it: a row of the lab table. */
public final class LabRow extends PairRow {
    private final String owner;

    // Properties
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyStringWrapper bytesIn = new ReadOnlyStringWrapper(this, "bytesIn", "0");
    private final ReadOnlyStringWrapper bytesOut = new ReadOnlyStringWrapper(this, "bytesOut", "0");
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper(this, "age", "");

    LabRow(LabSnapshot.Entry e, Instant now) {
        super(e.connection().key(), e.pairKey(), e.connection().local(), e.connection().remote(),
                e.connection().local().toString(), e.connection().remote().toString());
        this.owner = e.connection().owner();
        update(e, now);
    }

    /** The lab object holding this end, e.g. "echo server 127.0.0.1:12345". */
    public String owner() {
        return owner;
    }

    @Override
    String label(int index) {
        return "lab row " + (index + 1);
    }

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

    void update(LabSnapshot.Entry e, Instant now) {
        LabConnection c = e.connection();
        state.set(c.state());
        bytesIn.set(PairText.count(c.bytesIn()));
        bytesOut.set(PairText.count(c.bytesOut()));
        age.set(age(Duration.between(c.opened(), now)));
        setPorts(e.ports(), e.portsDetail());
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
