package socketlab.ui.connections;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import socketlab.net.TcpSocket;
import socketlab.net.TcpState;

/** One socket of the kernel's TCP table: a row of the whole-machine table. */
public final class MachineRow extends PairRow {
    // Properties
    private final ReadOnlyObjectWrapper<TcpState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper recvQueue = new ReadOnlyStringWrapper(this, "recvQueue", "0");
    private final ReadOnlyStringWrapper sendQueue = new ReadOnlyStringWrapper(this, "sendQueue", "0");
    private final ReadOnlyStringWrapper labOwner = new ReadOnlyStringWrapper(this, "labOwner", "");

    MachineRow(MachineSnapshot.Entry e) {
        super(e.key(), e.pairKey(), e.socket().local(), e.socket().remote(), e.localText(), e.remoteText());
        update(e);
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
        recvQueue.set(e.recvQueue());
        sendQueue.set(e.sendQueue());
        setPorts(e.ports(), e.portsDetail());
    }

    void setLabOwner(String owner) {
        labOwner.set(owner);
    }
}
