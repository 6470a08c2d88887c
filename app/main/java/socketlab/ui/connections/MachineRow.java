package socketlab.ui.connections;

import java.net.Inet6Address;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import socketlab.net.Endpoint;
import socketlab.net.TcpSocket;
import socketlab.net.TcpState;

/** One socket of the kernel's TCP table: a row of the whole-machine table. */
public final class MachineRow extends PairRow {
    private final String remoteText;

    // Properties
    private final ReadOnlyObjectWrapper<TcpState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper recvQueue = new ReadOnlyStringWrapper(this, "recvQueue", "0");
    private final ReadOnlyStringWrapper sendQueue = new ReadOnlyStringWrapper(this, "sendQueue", "0");
    private final ReadOnlyStringWrapper labOwner = new ReadOnlyStringWrapper(this, "labOwner", "");

    MachineRow(String key, MachineSnapshot.Entry e) {
        super(key, e.socket().local(), e.socket().remote());
        this.remoteText = remoteText(e.socket().remote());
        update(e);
    }

    /** As ss prints it: a port of 0 on the remote side means "no other end", written "*". */
    static String remoteText(Endpoint remote) {
        if (remote.port() != 0) {
            return remote.toString();
        }
        String host = remote.host();
        return (remote.address() instanceof Inet6Address ? "[" + host + "]" : host) + ":*";
    }

    @Override
    public String remoteText() {
        return remoteText;
    }

    @Override
    String label(int index) {
        return "machine row " + (index + 1);
    }

    public ReadOnlyObjectProperty<TcpState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public TcpState state() {
        return state.get();
    }

    public ReadOnlyStringProperty recvQueueProperty() {
        return recvQueue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sendQueueProperty() {
        return sendQueue.getReadOnlyProperty();
    }

    /** The lab object holding this socket, e.g. "echo server 127.0.0.1:12345"; empty when the lab does not. */
    public ReadOnlyStringProperty labOwnerProperty() {
        return labOwner.getReadOnlyProperty();
    }

    public boolean isLabs() {
        return !labOwner.get().isEmpty();
    }

    void update(MachineSnapshot.Entry e) {
        TcpSocket s = e.socket();
        state.set(s.state());
        recvQueue.set(LabRow.count(s.recvQueue()));
        sendQueue.set(LabRow.count(s.sendQueue()));
        setNotes(e.localNote(), e.remoteNote());
    }

    void setLabOwner(String owner) {
        labOwner.set(owner);
    }
}
