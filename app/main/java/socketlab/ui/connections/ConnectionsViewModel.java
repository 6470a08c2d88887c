package socketlab.ui.connections;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import socketlab.net.ConnectionSource;
import socketlab.net.Endpoint;
import socketlab.net.MachineSockets;
import socketlab.net.PortNotes;
import socketlab.net.TcpState;
import socketlab.ui.Pulses;

/**
 * The Connections pane: every connection the lab holds, both ends, and on Linux the kernel's whole TCP table, with
 * the two ends of a connection paired. A poll thread takes snapshots (the lab's about four times a second, the
 * machine's once a second, only while the pane is shown); each pulse applies the newest ones on the JavaFX thread,
 * updating rows in place.
 */
public final class ConnectionsViewModel implements AutoCloseable {
    static final long LAB_POLL_MILLIS = 250;
    static final long MACHINE_POLL_MILLIS = 1_000;
    private static final System.Logger LOG = System.getLogger(ConnectionsViewModel.class.getName());

    private final List<ConnectionSource> sources;
    private final Supplier<MachineSockets> machineTable;
    private final Supplier<PortNotes> notes;
    private final ScheduledExecutorService poller;
    private final Subscription pulse;
    private final AtomicReference<LabSnapshot> latestLab = new AtomicReference<>();
    private final AtomicReference<MachineSnapshot> latestMachine = new AtomicReference<>();
    // Read by the poll thread: what each table last saw listening, so the other can explain its ports.
    private volatile List<Endpoint> labListening = List.of();
    private volatile List<Endpoint> machineListening = List.of();
    private volatile boolean machineWanted;
    private final Map<String, LabRow> labByKey = new HashMap<>();
    private final Map<String, MachineRow> machineByKey = new HashMap<>();
    private MachineSnapshot machineShown;
    private ScheduledFuture<?> labPolling;
    private ScheduledFuture<?> machinePolling;

    // Properties
    private final RowList<LabRow> labRows = new RowList<>();
    private final ObservableList<LabRow> labRowsView = FXCollections.unmodifiableObservableList(labRows);
    private final RowList<MachineRow> machineRows = new RowList<>();
    private final ObservableList<MachineRow> machineRowsView = FXCollections.unmodifiableObservableList(
            machineRows);
    private final ReadOnlyObjectWrapper<PairRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper pairText = new ReadOnlyStringWrapper(this, "pairText",
            Pairing.NOTHING_SELECTED);
    private final ReadOnlyStringWrapper portsText = new ReadOnlyStringWrapper(this, "portsText", "");
    private final ReadOnlyObjectWrapper<LabRow> labPartner = new ReadOnlyObjectWrapper<>(this, "labPartner");
    private final ReadOnlyObjectWrapper<MachineRow> machinePartner = new ReadOnlyObjectWrapper<>(this,
            "machinePartner");
    private final ReadOnlyStringWrapper labCount = new ReadOnlyStringWrapper(this, "labCount", "");
    private final ReadOnlyStringWrapper machineCount = new ReadOnlyStringWrapper(this, "machineCount", "");
    private final ReadOnlyStringWrapper machineNote = new ReadOnlyStringWrapper(this, "machineNote", "");
    private final BooleanProperty wholeMachine = new SimpleBooleanProperty(this, "wholeMachine");
    private final BooleanProperty showListening = new SimpleBooleanProperty(this, "showListening", true);
    private final BooleanProperty showTimeWait = new SimpleBooleanProperty(this, "showTimeWait", true);
    private final BooleanProperty onlyLabPorts = new SimpleBooleanProperty(this, "onlyLabPorts");
    private final boolean machineAvailable;

    /**
     * @param sources      the lab objects that hold connections (the servers, the clients), asked in this order
     * @param machineTable reads the kernel's TCP table; called on the poll thread
     * @param notes        explains ports; first called on the poll thread, where it may read the services file
     * @param poller       the thread that takes the snapshots
     * @param pulses       applies them on the JavaFX thread
     */
    public ConnectionsViewModel(List<ConnectionSource> sources, Supplier<MachineSockets> machineTable,
            boolean machineAvailable, Supplier<PortNotes> notes, ScheduledExecutorService poller, Pulses pulses) {
        this.sources = List.copyOf(sources);
        this.machineTable = machineTable;
        this.machineAvailable = machineAvailable;
        this.notes = notes;
        this.poller = poller;
        this.pulse = pulses.subscribe(this::pulse);
        if (!machineAvailable) {
            machineNote.set("Whole machine is Linux only: it lists the kernel's TCP table from /proc/net/tcp"
                    + " and /proc/net/tcp6, as ss -tan does; this system has no such table.");
        }
        wholeMachine.subscribe(this::wholeMachineChanged);
        showListening.subscribe(v -> reapplyMachine());
        showTimeWait.subscribe(v -> reapplyMachine());
        onlyLabPorts.subscribe(v -> reapplyMachine());
        updateLabCount();
    }

    /** The lab's connections, in the order of the sources, oldest first within each. */
    public ObservableList<LabRow> labRows() {
        return labRowsView;
    }

    /** The kernel's TCP sockets that pass the filters, grouped by local port; empty while Whole machine is off. */
    public ObservableList<MachineRow> machineRows() {
        return machineRowsView;
    }

    /** The row selected in either table. */
    public ReadOnlyObjectProperty<PairRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the selected row pairs with, in one sentence. */
    public ReadOnlyStringProperty pairTextProperty() {
        return pairText.getReadOnlyProperty();
    }

    /** The selected row's two ports explained; empty with nothing selected. */
    public ReadOnlyStringProperty portsTextProperty() {
        return portsText.getReadOnlyProperty();
    }

    /** The row of the lab table to bring into view for the selection: its other end, or the same socket. */
    public ReadOnlyObjectProperty<LabRow> labPartnerProperty() {
        return labPartner.getReadOnlyProperty();
    }

    /** The row of the machine table to bring into view for the selection: its other end, or the same socket. */
    public ReadOnlyObjectProperty<MachineRow> machinePartnerProperty() {
        return machinePartner.getReadOnlyProperty();
    }

    /** e.g. "4 connections". */
    public ReadOnlyStringProperty labCountProperty() {
        return labCount.getReadOnlyProperty();
    }

    /** e.g. "312 sockets · 4 the lab's · 20 hidden by the filters". */
    public ReadOnlyStringProperty machineCountProperty() {
        return machineCount.getReadOnlyProperty();
    }

    /** Why the whole-machine table is not there (not Linux, or unreadable); empty when it works. */
    public ReadOnlyStringProperty machineNoteProperty() {
        return machineNote.getReadOnlyProperty();
    }

    /** True on systems with a kernel TCP table to show (Linux). */
    public boolean machineAvailable() {
        return machineAvailable;
    }

    /** Whether the kernel's TCP table of the whole machine is shown under the lab's connections. */
    public BooleanProperty wholeMachineProperty() {
        return wholeMachine;
    }

    /** Filter: show listening sockets in the machine table. */
    public BooleanProperty showListeningProperty() {
        return showListening;
    }

    /** Filter: show TIME_WAIT sockets in the machine table. */
    public BooleanProperty showTimeWaitProperty() {
        return showTimeWait;
    }

    /** Filter: show only machine sockets on a port the lab uses, at either end (its connections, its servers). */
    public BooleanProperty onlyLabPortsProperty() {
        return onlyLabPorts;
    }

    // Commands

    /** Selects a row of either table, or nothing. */
    public void select(PairRow row) {
        boolean known = row instanceof LabRow l ? labRows.contains(l)
                : row instanceof MachineRow m && machineRows.contains(m);
        selected.set(known ? row : null);
        markPairs();
    }

    /** Polls while the pane is on screen, and not otherwise: the tables cost nothing while nobody looks. */
    public void setShown(boolean shown) {
        if (shown == (labPolling != null)) {
            return;
        }
        if (shown) {
            try {
                labPolling = poller.scheduleWithFixedDelay(this::pollLab, 0, LAB_POLL_MILLIS, TimeUnit.MILLISECONDS);
                machinePolling = poller.scheduleWithFixedDelay(this::pollMachine, 0, MACHINE_POLL_MILLIS,
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                labPolling = null;
            }
        } else {
            stopPolling();
        }
    }

    /** Takes the lab's snapshot; poll thread. */
    void pollLab() {
        try {
            LabSnapshot s = LabSnapshot.take(sources, machineListening, notes.get());
            labListening = s.listening();
            latestLab.set(s);
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; log it and keep polling.
            LOG.log(Level.WARNING, "listing the lab's connections failed", e);
        }
    }

    /** Reads the kernel's table when it is wanted; poll thread. */
    void pollMachine() {
        if (!machineWanted) {
            return;
        }
        try {
            MachineSnapshot s = MachineSnapshot.take(machineTable.get(), labListening, notes.get());
            machineListening = s.listening();
            latestMachine.set(s);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading the kernel's TCP table failed", e);
        }
    }

    /** Applies the newest snapshots; JavaFX thread. */
    void pulse() {
        LabSnapshot lab = latestLab.getAndSet(null);
        MachineSnapshot machine = latestMachine.getAndSet(null);
        if (lab != null) {
            applyLab(lab);
        }
        if (machine != null && wholeMachine.get()) {
            machineShown = machine;
            applyMachine(machine);
        }
        if (lab != null || machine != null) {
            markPairs();
        }
    }

    private void applyLab(LabSnapshot s) {
        List<LabRow> rows = new ArrayList<>(s.entries().size());
        Map<String, LabRow> seen = new HashMap<>();
        for (LabSnapshot.Entry e : s.entries()) {
            LabRow row = labByKey.get(e.connection().key());
            // A key reused for another tuple (a client reconnected) is a new row: the endpoints never change.
            if (row == null || !row.local().equals(e.connection().local())
                    || !row.remote().equals(e.connection().remote())) {
                row = new LabRow(e, s.taken());
            } else {
                row.update(e, s.taken());
            }
            rows.add(row);
            seen.put(e.connection().key(), row);
        }
        labByKey.clear();
        labByKey.putAll(seen);
        labRows.sync(rows);
        updateLabCount();
        if (machineShown != null) {
            markLabOwned();
        }
    }

    private void applyMachine(MachineSnapshot s) {
        if (!s.unavailable().isEmpty()) {
            machineNote.set("The whole-machine table is not available: " + s.unavailable());
            machineRows.sync(List.of());
            machineByKey.clear();
            machineCount.set("");
            return;
        }
        machineNote.set("");
        List<MachineRow> rows = new ArrayList<>(s.entries().size());
        Map<String, MachineRow> seen = new HashMap<>();
        int hidden = 0;
        Set<Integer> labPorts = onlyLabPorts.get() ? labPorts() : null;
        for (MachineSnapshot.Entry e : s.entries()) {
            if (!passes(e.socket().state()) || labPorts != null && !labPorts.contains(e.socket().local().port())
                    && !labPorts.contains(e.socket().remote().port())) {
                hidden++;
                continue;
            }
            MachineRow row = machineByKey.get(e.key());
            if (row == null) {
                row = new MachineRow(e);
            } else {
                row.update(e);
            }
            rows.add(row);
            seen.put(e.key(), row);
        }
        machineByKey.clear();
        machineByKey.putAll(seen);
        machineRows.sync(rows);
        long labs = markLabOwned();
        machineCount.set(plural(s.entries().size(), "socket") + " · " + labs + " the lab's"
                + (hidden > 0 ? " · " + hidden + " hidden by the filters" : ""));
    }

    /** The ports at either end of the lab's connections, and those its servers listen on. */
    private Set<Integer> labPorts() {
        Set<Integer> ports = new HashSet<>();
        for (LabRow r : labRows) {
            ports.add(r.local().port());
            ports.add(r.remote().port());
        }
        for (Endpoint e : labListening) {
            ports.add(e.port());
        }
        return ports;
    }

    private boolean passes(TcpState state) {
        return (state != TcpState.LISTEN || showListening.get()) && (state != TcpState.TIME_WAIT || showTimeWait.get());
    }

    /** Marks the machine rows that are the lab's own sockets; returns how many there are. */
    private long markLabOwned() {
        Map<String, String> owners = new HashMap<>();
        for (LabRow r : labRows) {
            owners.put(r.pairKey(), r.owner());
        }
        Set<Endpoint> listening = new HashSet<>(labListening);
        long n = 0;
        for (MachineRow m : machineRows) {
            String owner = owners.isEmpty() ? null : owners.get(m.pairKey());
            if (owner == null && m.state() == TcpState.LISTEN && listening.contains(m.local())) {
                owner = "lab server, listening";
            }
            m.setLabOwner(owner == null ? "" : owner);
            n += owner == null ? 0 : 1;
        }
        return n;
    }

    private void markPairs() {
        PairRow s = selected.get();
        if (s instanceof LabRow l && !labRows.contains(l) || s instanceof MachineRow m && !machineRows.contains(m)) {
            selected.set(null);
            s = null;
        }
        Set<Endpoint> listeners = new HashSet<>(labListening);
        if (machineShown != null) {
            listeners.addAll(machineShown.listening());
        }
        Pairing.Result pairing = Pairing.mark(s, labRows, machineRows, listeners, wholeMachine.get());
        pairText.set(pairing.text());
        labPartner.set(pairing.labPartner());
        machinePartner.set(pairing.machinePartner());
        portsText.set(s == null ? "" : s.portsDetailProperty().get());
    }

    private void wholeMachineChanged(boolean on) {
        if (on && !machineAvailable) {
            wholeMachine.set(false);
            return;
        }
        machineWanted = on;
        if (on) {
            if (labPolling != null) {
                try {
                    poller.execute(this::pollMachine); // at once, not at the next tick
                } catch (RejectedExecutionException closing) {
                    LOG.log(Level.DEBUG, "machine poll refused while closing");
                }
            }
        } else {
            latestMachine.set(null);
            machineShown = null;
            machineListening = List.of();
            machineRows.sync(List.of());
            machineByKey.clear();
            machineCount.set("");
            markPairs();
        }
    }

    /** Applies the last machine snapshot again after a filter changed. */
    private void reapplyMachine() {
        if (machineShown != null && wholeMachine.get()) {
            applyMachine(machineShown);
            markPairs();
        }
    }

    private void updateLabCount() {
        labCount.set(plural(labRows.size(), "connection"));
    }

    private static String plural(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private void stopPolling() {
        if (labPolling != null) {
            labPolling.cancel(false);
            labPolling = null;
        }
        if (machinePolling != null) {
            machinePolling.cancel(false);
            machinePolling = null;
        }
    }

    /** Stops polling and leaves the pulses; the executor belongs to whoever passed it. */
    @Override
    public void close() {
        stopPolling();
        pulse.unsubscribe();
    }
}
