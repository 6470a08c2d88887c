package socketlab.ui.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import socketlab.client.ClientEvent;
import socketlab.client.ClientMode;
import socketlab.client.ClientSpec;
import socketlab.client.LabClient;
import socketlab.net.Endpoint;
import socketlab.net.Ports;
import socketlab.ui.CappedList;
import socketlab.ui.PulseQueue;

/**
 * One client as the window shows it: its two ends, its phase, its transcript and the step to light. The client's
 * thread only queues events; {@link #pulse()} on the JavaFX thread turns them into rows, once per frame.
 */
public final class ClientSessionViewModel {
    /** Transcript rows kept; older ones scroll away. */
    public static final int TRANSCRIPT_CAPACITY = 2_000;
    static final int EVENT_QUEUE_CAPACITY = 8_192;
    static final String EPHEMERAL = "ephemeral — chosen by the kernel";

    /** Where the client is in its life. */
    public enum Phase {
        CONNECTING, OPEN, WAITING_FOR_REPLY, FINISHED, FAILED;

        /** True once the client has ended, well or not. */
        public boolean ended() {
            return this == FINISHED || this == FAILED;
        }
    }

    private final LabClient client;
    private final PulseQueue<ClientEvent> events;
    private final int number;
    private final ClientMode mode;
    private final Instant start = Instant.now();
    private long flashes;
    private long sentBytes;
    private long sentWrites;
    private long receivedBytes;
    private long receivedReads;

    // Properties
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.CONNECTING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper local = new ReadOnlyStringWrapper(this, "local", "");
    private final ReadOnlyStringWrapper remote = new ReadOnlyStringWrapper(this, "remote", "");
    private final ReadOnlyStringWrapper ends = new ReadOnlyStringWrapper(this, "ends", "");
    private final ReadOnlyStringWrapper service = new ReadOnlyStringWrapper(this, "service", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyObjectWrapper<ClientFlash> flash = new ReadOnlyObjectWrapper<>(this, "flash");
    private final ObservableList<TranscriptRow> transcript = FXCollections.observableArrayList();
    private final ObservableList<TranscriptRow> transcriptView = FXCollections.unmodifiableObservableList(
            transcript);

    /**
     * @param client its listener offers to {@code events}
     * @param number the client's number in the lab, as "client #n"
     */
    ClientSessionViewModel(LabClient client, PulseQueue<ClientEvent> events, int number, ClientMode mode) {
        this.client = client;
        this.events = events;
        this.number = number;
        this.mode = mode;
        ClientSpec spec = client.spec();
        status.set("connecting to " + spec.host() + " port " + spec.port() + "…");
        counts.set(counts());
    }

    public LabClient client() {
        return client;
    }

    public int number() {
        return number;
    }

    public ClientMode mode() {
        return mode;
    }

    /** e.g. "client #2 · line mode". */
    public String title() {
        return "client #" + number + " · " + mode.label();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** What the client is doing or how it ended, in plain words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** This end once connected, e.g. "127.0.0.1:51213"; empty before. */
    public ReadOnlyStringProperty localProperty() {
        return local.getReadOnlyProperty();
    }

    /** The server's end once connected. */
    public ReadOnlyStringProperty remoteProperty() {
        return remote.getReadOnlyProperty();
    }

    /** Both ends in one sentence: "local 127.0.0.1:51213 (ephemeral — chosen by the kernel) → remote ...". */
    public ReadOnlyStringProperty endsProperty() {
        return ends.getReadOnlyProperty();
    }

    /** The well-known service of the server's port, e.g. "http"; empty for other ports. */
    public ReadOnlyStringProperty serviceProperty() {
        return service.getReadOnlyProperty();
    }

    /** e.g. "→ 10 bytes in 1 write   ← 10 bytes in 1 read". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClientFlash> flashProperty() {
        return flash.getReadOnlyProperty();
    }

    /** The newest {@value #TRANSCRIPT_CAPACITY} rows. */
    public ObservableList<TranscriptRow> transcript() {
        return transcriptView;
    }

    /** Applies what the client did since the last pulse; JavaFX thread. */
    public void pulse() {
        PulseQueue.Batch<ClientEvent> batch = events.drain();
        if (batch.isEmpty()) {
            return;
        }
        List<TranscriptRow> rows = new ArrayList<>(batch.items().size() + 1);
        for (ClientEvent e : batch.items()) {
            rows.add(TranscriptRow.of(e, start));
            switch (e) {
                case ClientEvent.Connected c -> connected(c.local(), c.remote());
                case ClientEvent.Sent s -> {
                    sentBytes += s.bytes().length;
                    sentWrites++;
                }
                case ClientEvent.Received r -> {
                    receivedBytes += r.bytes().length;
                    receivedReads++;
                }
                default -> {
                    // the other steps only add their row
                }
            }
        }
        if (batch.dropped() > 0) {
            rows.add(TranscriptRow.skipped(batch.dropped(), start));
        }
        CappedList.append(transcript, rows, TRANSCRIPT_CAPACITY);
        counts.set(counts());
        if (!batch.items().isEmpty()) {
            flash.set(new ClientFlash(batch.items().getLast().step(), ++flashes));
        }
    }

    private void connected(Endpoint l, Endpoint r) {
        local.set(l.toString());
        remote.set(r.toString());
        service.set(Ports.wellKnownName(r.port()));
        ends.set("local " + l + " (" + EPHEMERAL + ") → remote " + r);
    }

    private String counts() {
        return "→ " + bytes(sentBytes) + " in " + plural(sentWrites, "write") + "    ← " + bytes(receivedBytes)
                + " in " + plural(receivedReads, "read");
    }

    private static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " byte" : " bytes");
    }

    private static String plural(long n, String word) {
        return String.format(Locale.ROOT, "%,d", n) + " " + word + (n == 1 ? "" : "s");
    }

    // Transitions, called on the JavaFX thread by the commands that run the client

    void opened() {
        phase.set(Phase.OPEN);
        status.set(mode == ClientMode.LINE ? "connected · type a line and press Enter" : "connected");
    }

    void waitingForReply() {
        phase.set(Phase.WAITING_FOR_REPLY);
        status.set("line sent · waiting for the reply…");
    }

    void finished(String how) {
        phase.set(Phase.FINISHED);
        status.set(how);
    }

    void failed(String reason) {
        phase.set(Phase.FAILED);
        status.set(reason);
    }
}
