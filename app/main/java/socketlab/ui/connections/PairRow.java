package socketlab.ui.connections;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import socketlab.net.Endpoint;

/**
 * One end of a TCP connection as a table row: its local and remote endpoints, what their ports are, and how it
 * relates to the selected row. The endpoints never change; a row whose tuple changes is a different row.
 */
public abstract sealed class PairRow permits LabRow, MachineRow {
    private final String key;
    private final String pairKey;
    private final Endpoint local;
    private final Endpoint remote;
    private final String localText;
    private final String remoteText;

    // Properties
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>(this, "highlight",
            Highlight.NONE);
    private final ReadOnlyStringWrapper ports = new ReadOnlyStringWrapper(this, "ports", "");
    private final ReadOnlyStringWrapper portsDetail = new ReadOnlyStringWrapper(this, "portsDetail", "");

    PairRow(String key, String pairKey, Endpoint local, Endpoint remote, String localText, String remoteText) {
        this.key = key;
        this.pairKey = pairKey;
        this.local = local;
        this.remote = remote;
        this.localText = localText;
        this.remoteText = remoteText;
    }

    /** Unique within its table. */
    public String key() {
        return key;
    }

    /** The tuple as one string: rows of the two tables with equal keys show the same socket. */
    String pairKey() {
        return pairKey;
    }

    public Endpoint local() {
        return local;
    }

    public Endpoint remote() {
        return remote;
    }

    /** The local end as text, e.g. "127.0.0.1:12345". */
    public String localText() {
        return localText;
    }

    /** The remote end as text; "*" for the port of a socket that has no other end. */
    public String remoteText() {
        return remoteText;
    }

    /** e.g. "lab row 3": how the line under the tables names this row, given its index in its table. */
    abstract String label(int index);

    /** True when {@code other} is the same connection seen from its other end. */
    public boolean mirrors(PairRow other) {
        return local.equals(other.remote) && remote.equals(other.local);
    }

    /** True when {@code other} shows the same socket: the same local and remote endpoints. */
    public boolean sameTuple(PairRow other) {
        return local.equals(other.local) && remote.equals(other.remote);
    }

    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** The two ports in a word or two each, e.g. "listening ↔ ephemeral". */
    public ReadOnlyStringProperty portsProperty() {
        return ports.getReadOnlyProperty();
    }

    /** The two ports explained, one line each: "local 12345 — the server's listening port", then the remote. */
    public ReadOnlyStringProperty portsDetailProperty() {
        return portsDetail.getReadOnlyProperty();
    }

    void setHighlight(Highlight h) {
        highlight.set(h);
    }

    void setPorts(String brief, String detail) {
        ports.set(brief);
        portsDetail.set(detail);
    }
}
