package socketlab.ui.capture;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import socketlab.capture.CaptureFilter;
import socketlab.capture.CaptureOptions;
import socketlab.capture.CaptureProblem;
import socketlab.capture.CaptureSession;
import socketlab.capture.CaptureStats;
import socketlab.capture.FilterPresets;
import socketlab.capture.Interfaces;
import socketlab.capture.NetInterface;
import socketlab.capture.PackedFrames;
import socketlab.capture.PacketLog;
import socketlab.capture.PcapFileException;
import socketlab.capture.PcapReader;
import socketlab.capture.PcapWriter;
import socketlab.capture.RouteInterface;
import socketlab.decode.Frame;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;
import socketlab.ladder.LabEventLog;
import socketlab.ladder.TcpConversation;
import socketlab.ui.Background;
import socketlab.ui.Pulses;
import socketlab.ui.UncaughtErrors;
import socketlab.ui.ValidatedField;

/**
 * The Capture pane's state: the interface and filter, the live capture or the opened file, the packets so far and
 * the one selected. Frames go from the capture, packed per batch, to one ingest thread, which keeps them in a
 * {@link PacketLog}; the JavaFX thread learns once per pulse how many there are and adds their rows in one go, and decodes a frame
 * only when its row is drawn or selected.
 */
public final class CaptureViewModel implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CaptureViewModel.class.getName());
    private static final String NO_PACKET = "Select a TCP packet: its connection is drawn here, segment by segment.";
    /** The packet list's empty state before any capture. */
    static final String EMPTY_IDLE = "No packets yet. Choose lo (the lab's own traffic goes there), press Start, then"
            + " connect a client in the Clients pane — or open a saved capture.";

    /** How often a connection on screen is rebuilt while its packets keep coming: it grows as the student watches. */
    private static final long CONVERSATION_EVERY_NANOS = 500_000_000L;

    /** How often the live counters are read: often enough to look alive, rarely enough to cost nothing. */
    private static final long STATS_EVERY_NANOS = 250_000_000L;
    /** Frames handed to the log per lock: the JavaFX thread, decoding a row, never waits long for the ingest thread. */
    private static final int INGEST_SLICE = 256;
    /** Rows decoded ahead each pulse while packets arrive: more than a list at the largest text shows at once. */
    private static final int NEWEST_ROWS = 80;
    /**
     * Rows added to the list per pulse at most: a backlog (after a file's first slices, or frames that piled up while
     * the window waited for a core or a collection) goes into the list over several pulses, so no one frame grows it
     * by hundreds of thousands of rows. Ten times 100,000 packets/s at a pulse every 16 ms.
     */
    static final int ROWS_PER_PULSE = 16_384;

    private final Background control;
    private final Executor ingest;
    private final Executor fx;
    private final Supplier<List<Integer>> labPorts;
    private final Supplier<Optional<String>> dnsFilter;
    private final PacketLog log;
    private final PacketRows rows;
    private final Subscription pulse;

    private final ObservableList<NetInterface> interfaces = FXCollections.observableArrayList();
    private final ObjectProperty<NetInterface> selectedInterface = new SimpleObjectProperty<>(this, "interface");
    private final ValidatedField<String> filter = new ValidatedField<>("",
            text -> CaptureFilter.validate(text, LinkType.ETHERNET));
    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper(this, "filterProblem", "");
    private final ReadOnlyStringWrapper presetNote = new ReadOnlyStringWrapper(this, "presetNote", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyStringWrapper limitNote = new ReadOnlyStringWrapper(this, "limitNote", "");
    private final ReadOnlyStringWrapper fileMessage = new ReadOnlyStringWrapper(this, "fileMessage", "");
    private final ReadOnlyObjectWrapper<CaptureProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", EMPTY_IDLE);
    private final ReadOnlyStringWrapper filterHint = new ReadOnlyStringWrapper(this, "filterHint", "");
    private final ObservableList<PacketRef> packets = FXCollections.observableArrayList();
    private final DisplayFilterModel displayFilter;
    private final ReadOnlyObjectWrapper<Frame> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    /** The field chosen in the selected packet's detail (its display-filter name), or null; lessons watch it. */
    private final javafx.beans.property.StringProperty selectedField = new javafx.beans.property.SimpleStringProperty(
            this, "selectedField");
    /** A field a lesson asked to select in the shown packet, by display-filter name; the detail view does it. */
    private final javafx.beans.property.StringProperty fieldRequest = new javafx.beans.property.SimpleStringProperty(
            this, "fieldRequest");
    private final ReadOnlyObjectWrapper<TcpConversation> conversation = new ReadOnlyObjectWrapper<>(this,
            "conversation");
    private final ReadOnlyStringWrapper conversationNote = new ReadOnlyStringWrapper(this, "conversationNote",
            NO_PACKET);
    private final LabEventLog labEvents;
    /** Which capture, list, stream and length the conversation shown was built from; it is rebuilt when any changes. */
    private String conversationKey = "";
    private final javafx.beans.property.BooleanProperty conversationShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "conversationShown");
    private long lastConversation;

    // JavaFX thread only.
    private CaptureSession session;
    private long lastStats;
    private boolean interfacesRequested;
    private boolean startWhenListed;
    private boolean closed;
    /** Raised by every new capture or file; frames of an older one still queued for the ingest thread are dropped. */
    private volatile long captureId;
    /** Raised by every clear; the rows shown belong to the log once the ingest thread has caught up with it. */
    private volatile int requestedGeneration;
    private volatile int logGeneration;

    /**
     * @param control   one-shot work: listing interfaces, starting and stopping a capture, saving
     * @param ingest    one thread, in order: keeping captured frames, clearing, reading files
     * @param fx        the JavaFX thread
     * @param labPorts  the ports of the lab's running servers, for the "my lab servers" filter
     * @param dnsFilter the filter for the DNS pane's lookups, for the "this DNS lookup" filter
     * @param labEvents the lab's own socket calls, written beside the ladder of a connection they belong to
     */
    public CaptureViewModel(Background control, Executor ingest, Executor fx, Pulses pulses, PacketLog log,
            Supplier<List<Integer>> labPorts, Supplier<Optional<String>> dnsFilter, LabEventLog labEvents) {
        this.labEvents = labEvents;
        this.control = control;
        this.ingest = ingest;
        this.fx = fx;
        this.log = log;
        this.labPorts = labPorts;
        this.dnsFilter = dnsFilter;
        this.rows = new PacketRows(log);
        this.displayFilter = new DisplayFilterModel(packets, this::decodeForFilter, fx);
        filter.textProperty().subscribe(t -> filterProblem.set(""));
        running.subscribe(on -> filterHint.set(on
                ? "capturing: stop the capture to change the interface or the filter"
                : "a capture (BPF) filter as tcpdump takes it; the kernel keeps only the packets it matches"));
        selectedInterface.subscribe(this::checkInterface);
        this.pulse = pulses.subscribe(this::pulse);
    }

    // ---- interfaces

    /** Lists the interfaces in the background, once; loopback is chosen, since the lab's own traffic is there. */
    public void loadInterfaces() {
        if (interfacesRequested) {
            return;
        }
        interfacesRequested = true;
        control.run(Interfaces::list, list -> {
            interfaces.setAll(list);
            if (selectedInterface.get() == null || startWhenListed) {
                Interfaces.preferred(list).ifPresent(selectedInterface::set);
            }
            if (startWhenListed) {
                startWhenListed = false;
                start();
            }
        }, e -> {
            startWhenListed = false;
            failed(e);
        });
    }

    /**
     * Finds out in the background whether a capture on {@code nif} could open, so that a missing permission (or
     * library, or interface) is explained before Start is pressed.
     */
    private void checkInterface(NetInterface nif) {
        if (nif == null || running.get() || session != null) {
            return;
        }
        String name = nif.name();
        control.run(() -> {
            try {
                CaptureSession.check(name);
                return Optional.<CaptureProblem>empty();
            } catch (CaptureProblem p) {
                return Optional.of(p);
            }
        }, found -> {
            NetInterface now = selectedInterface.get();
            if (closed || now == null || !now.name().equals(name) || session != null || busy.get()) {
                return; // another interface was chosen, or a capture began, meanwhile
            }
            // A check that passes takes back an older banner too: it was about another interface or an earlier try.
            problem.set(found.orElse(null));
        }, this::failed);
    }

    // ---- capture

    /** Starts a new capture on the chosen interface with the filter, replacing the packets shown. */
    public void start() {
        start(() -> { });
    }

    /** As {@link #start()}; {@code then} runs once the capture runs or could not start. */
    private void start(Runnable then) {
        if (busy.get() || !filter.isValid()) {
            then.run(); // busy: a capture is starting or stopping; invalid: the field already says why
            return;
        }
        NetInterface nif = selectedInterface.get();
        if (nif == null) {
            problem.set(null);
            fileMessage.set("Choose an interface to capture on (lo carries the lab's own traffic).");
            then.run();
            return;
        }
        // In batches: a window shows them once per pulse anyway, and the kernel's buffer then holds far more frames.
        CaptureOptions options = CaptureOptions.on(nif.name()).withFilter(filter.value()).withImmediate(false);
        long id = beginNewCapture();
        busy.set(true);
        emptyText.set("Starting a capture on " + nif.name() + " …");
        control.run(() -> CaptureSession.start(options, batch -> storeLive(batch, id)),
                started -> {
                    busy.set(false);
                    if (closed || id != captureId) {
                        started.stop(); // the window closed or a file was opened while it was starting
                        if (!closed) {
                            then.run();
                        }
                        return;
                    }
                    session = started;
                    running.set(true);
                    lastStats = 0;
                    source.set("Live capture on " + where(nif, options)
                            + " · non-promiscuous: only this machine's own traffic");
                    status.set(CaptureStats.NONE.describe());
                    emptyText.set("Capturing on " + where(nif, options) + " — waiting for packets. None has come"
                            + " yet: connect a client in the Clients pane (or run a lookup in DNS) and its packets"
                            + " appear here.");
                    then.run();
                }, e -> {
                    busy.set(false);
                    emptyText.set(EMPTY_IDLE);
                    failed(e);
                    then.run();
                });
    }

    /** "lo (loopback), filter tcp port 5000" or "eth0, every packet". */
    private static String where(NetInterface nif, CaptureOptions options) {
        return nif.name() + (nif.loopback() ? " (loopback)" : "")
                + (options.filter().isEmpty() ? ", every packet" : ", filter " + options.filter());
    }

    /** Stops the live capture; its packets stay. */
    public void stop() {
        CaptureSession s = session;
        if (s == null) {
            return;
        }
        busy.set(true);
        control.run(() -> {
            s.stop();
            return s.stats();
        }, stats -> {
            busy.set(false);
            ended(s, stats);
        }, e -> {
            busy.set(false);
            failed(e);
        });
    }

    /**
     * Captures one lab server's traffic on loopback, at once, replacing a capture that is running: what "Capture my
     * server" asks for. When the interfaces are still being listed, it starts as soon as they are.
     */
    public void captureServer(int port) {
        filter.textProperty().set(FilterPresets.server(port));
        presetNote.set("");
        if (interfaces.isEmpty()) {
            startWhenListed = true;
            loadInterfaces();
            return;
        }
        interfaces.stream().filter(NetInterface::loopback).findFirst().ifPresent(selectedInterface::set);
        start();
    }

    /**
     * Captures the traffic to {@code destination} with {@code filterText}, at once, replacing a capture that is
     * running: on loopback for a loopback address, else on the interface the routing table sends its packets out
     * of. {@code then} runs on the JavaFX thread once the capture is running, or once it could not start (the pane
     * then says why), so that the work it was meant to watch is never lost.
     */
    public void captureToward(InetAddress destination, String filterText, Runnable then) {
        filter.textProperty().set(filterText);
        presetNote.set("");
        boolean listed = !interfaces.isEmpty();
        List<NetInterface> known = List.copyOf(interfaces);
        control.run(() -> {
            List<NetInterface> all = listed ? known : Interfaces.list();
            return new Route(all, RouteInterface.toward(destination, all));
        }, route -> {
            if (!listed) {
                interfacesRequested = true;
                interfaces.setAll(route.interfaces());
            }
            route.chosen().or(() -> Interfaces.preferred(route.interfaces())).ifPresent(selectedInterface::set);
            start(then);
        }, e -> {
            failed(e);
            then.run();
        });
    }

    /** The interfaces listed and the one that carries the packets in question. */
    private record Route(List<NetInterface> interfaces, Optional<NetInterface> chosen) {
    }

    /**
     * On the capture's delivering thread: packs the batch and queues it for the ingest thread. The delivering thread
     * never waits for the log (the ingest thread holds it while it decodes), and frames waiting in the queue are a few
     * arrays per batch, which the garbage collector copies quickly, instead of many small objects.
     */
    private void storeLive(List<RawFrame> batch, long id) {
        PackedFrames packed = PackedFrames.of(batch);
        ingest.execute(() -> ingestLive(packed, id));
    }

    private void ingestLive(PackedFrames frames, long id) {
        for (int from = 0; from < frames.size() && id == captureId && !log.isFull(); from += INGEST_SLICE) {
            // once the log is full it keeps nothing more; the next pulse stops the capture
            log.addAll(frames.frames(from, Math.min(frames.size(), from + INGEST_SLICE)));
        }
    }

    /** Forgets the packets shown; a live capture goes on into an empty list. */
    public void clear() {
        requestedGeneration++;
        int generation = requestedGeneration;
        packets.clear();
        rows.clear();
        selected.set(null);
        conversation.set(null);
        conversationKey = "";
        limitNote.set("");
        ingest.execute(() -> {
            log.clear();
            logGeneration = generation;
        });
    }

    /** A new capture or file: stops a live capture, clears the list and returns the new capture's id. */
    private long beginNewCapture() {
        captureId++;
        CaptureSession s = session;
        if (s != null) {
            session = null;
            running.set(false);
            control.run(() -> {
                s.stop();
                return s.stats();
            }, stats -> {
            }, this::failed);
        }
        problem.set(null);
        fileMessage.set("");
        clear();
        return captureId;
    }

    // ---- files

    /** Opens a capture file, replacing the packets shown; its frames appear as they are read. */
    public void open(Path file) {
        long id = beginNewCapture();
        source.set("File " + file.getFileName());
        emptyText.set("Reading " + file.getFileName() + " …");
        status.set("reading " + file.getFileName() + " …");
        busy.set(true);
        ingest.execute(() -> {
            String outcome;
            List<RawFrame> batch = new ArrayList<>(INGEST_SLICE);
            try (var reader = PcapReader.open(file)) {
                log.setSnapLength(reader.snapLength());
                RawFrame f;
                while (id == captureId && !log.isFull() && (f = reader.next()) != null) {
                    batch.add(f);
                    if (batch.size() == INGEST_SLICE) {
                        log.addAll(batch);
                        batch.clear();
                    }
                }
                log.addAll(batch);
                outcome = (log.isFull() ? "Opened the first " : "Opened ") + file + ": " + packets(log.size())
                        + ", link type "
                        + reader.linkType().description() + ".";
            } catch (PcapFileException e) {
                // The message names the file, the frame and the byte offset; the frames before it stay.
                outcome = "Could not read all of " + e.getMessage() + keptBefore(batch);
            } catch (Throwable e) {
                // Not the file's fault (a defect, or memory): still one sentence, the frames so far, and the pane
                // leaves "reading …" whatever happened; the details go to the log.
                LOG.log(System.Logger.Level.ERROR, "reading " + file + " failed", e);
                outcome = "Could not read all of " + file + ": " + UncaughtErrors.plainWords(e) + keptBefore(batch);
            }
            String message = outcome;
            fx.execute(() -> {
                if (id == captureId) {
                    busy.set(false);
                    fileMessage.set(message);
                    status.set(packets(log.size()));
                    emptyText.set(file.getFileName() + " holds no packets. Press Start to capture, or open"
                            + " another file.");
                }
            });
        });
    }

    /** Saves the packets shown as a pcap file, in the background; the outcome appears as the file message. */
    public void save(Path file) {
        if (packets.isEmpty()) {
            fileMessage.set("There are no packets to save yet.");
            return;
        }
        busy.set(true);
        int count = packets.size();
        control.run(() -> {
            log.save(file);
            return file;
        }, saved -> {
            busy.set(false);
            fileMessage.set("Saved " + packets(count) + " to " + saved + " (pcap: tcpdump -r and Wireshark open it).");
        }, e -> {
            busy.set(false);
            fileMessage.set(e instanceof IOException io ? "Could not save: " + PcapWriter.cannotWrite(file, io)
                    : "Could not save: " + UncaughtErrors.plainWords(e));
        });
    }

    /** Keeps the frames read before a problem and says so: " — the 3 packets before it are shown." */
    private String keptBefore(List<RawFrame> batch) {
        try {
            log.addAll(batch);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "keeping the frames before a problem failed", e);
        }
        int n = log.size();
        return n == 0 ? "." : n == 1 ? " — the packet before it is shown." : " — the " + n
                + " packets before it are shown.";
    }

    /** Which limit applies: the lab's own ceiling, or what this machine's memory allows. */
    private String limitSource() {
        boolean ceiling = log.maxBytes() >= PacketLog.MAX_BYTES && log.maxFrames() >= PacketLog.MAX_FRAMES;
        return ceiling ? "the lab's ceiling" : "set by the " + socketlab.HeapBudget.ofThisJvm().heapText()
                + " of memory the lab may use";
    }

    /** "1 packet", "12 packets". */
    private static String packets(int n) {
        return n + (n == 1 ? " packet" : " packets");
    }

    // ---- presets

    /** Sets the filter to the ports of the lab's running servers, or says there are none. */
    public void presetLabServers() {
        Optional<String> f = FilterPresets.labServers(labPorts.get());
        if (f.isPresent()) {
            filter.textProperty().set(f.get());
            presetNote.set("");
        } else {
            presetNote.set("No lab server is running: start one in the Servers pane first.");
        }
    }

    /** Sets the filter to DNS traffic of the DNS pane's server. */
    public void presetDns() {
        filter.textProperty().set(dnsFilter.get().orElse(FilterPresets.dns(Optional.empty(), 53)));
        presetNote.set("");
    }

    public void presetPing() {
        filter.textProperty().set(FilterPresets.PING);
        presetNote.set("");
    }

    public void presetTcp() {
        filter.textProperty().set(FilterPresets.TCP);
        presetNote.set("");
    }

    public void presetEverything() {
        filter.textProperty().set("");
        presetNote.set("");
    }

    // ---- selection

    /** Selects the packet at {@code index}, decoding it; -1 clears the selection. */
    public void select(int index) {
        selected.set(index < 0 || index >= packets.size() ? null : log.decode(index));
    }

    /**
     * Builds, in the background, the connection of the selected packet for the ladder and follow stream: all its
     * segments so far, with the lab's calls on it. Nothing is rebuilt while the packet stays in the same connection
     * and no packets arrived.
     */
    public void loadConversation() {
        Frame frame = selected.get();
        if (frame == null) {
            conversationKey = "";
            conversation.set(null);
            conversationNote.set(NO_PACKET);
            return;
        }
        int index = (int) frame.number() - 1;
        int stream = index < log.size() ? log.stream(index) : -1;
        if (stream < 0) {
            conversationKey = "";
            conversation.set(null);
            conversationNote.set("Packet " + frame.number() + " is not TCP. Select a TCP packet to see its"
                    + " connection.");
            return;
        }
        String key = captureId + "/" + requestedGeneration + "/" + stream + "/" + log.streamSize(stream);
        if (key.equals(conversationKey)) {
            return;
        }
        conversationKey = key;
        conversationNote.set("");
        long number = frame.number();
        control.run(() -> TcpConversation.containing(log.streamFrames(stream), number, labEvents),
                built -> {
                    if (key.equals(conversationKey)) {
                        conversation.set(built.orElse(null));
                    }
                }, this::failed);
    }

    /** Set while the ladder or the stream is on screen: during a live capture they then follow new packets. */
    public javafx.beans.property.BooleanProperty conversationShownProperty() {
        return conversationShown;
    }

    public ReadOnlyObjectProperty<TcpConversation> conversationProperty() {
        return conversation.getReadOnlyProperty();
    }

    /** Why no connection is shown, or empty when one is. */
    public ReadOnlyStringProperty conversationNoteProperty() {
        return conversationNote.getReadOnlyProperty();
    }

    /** The packet list's row texts, decoded when drawn. */
    public PacketRows rows() {
        return rows;
    }

    public PacketLog log() {
        return log;
    }

    /** The display filter of the packet list and the packets it shows. */
    public DisplayFilterModel displayFilter() {
        return displayFilter;
    }

    /** The packet at {@code index} for the display filter's thread, or {@code null} once a clear removed it. */
    private Frame decodeForFilter(int index) {
        try {
            return index < log.size() ? log.decode(index) : null;
        } catch (IndexOutOfBoundsException e) {
            return null; // cleared between the two calls: the filter drops this run anyway
        }
    }

    // ---- pulse

    private void pulse() {
        // Read first: the count read after it then includes every frame of the batch that filled the log.
        boolean full = log.isFull();
        if (logGeneration == requestedGeneration) {
            int n = Math.min(log.size(), packets.size() + ROWS_PER_PULSE);
            if (n > packets.size()) {
                List<PacketRef> added = new ArrayList<>(n - packets.size());
                for (int i = packets.size(); i < n; i++) {
                    added.add(new PacketRef(i));
                }
                // The newest rows in one hold of the log's lock, before the list asks for them row by row — only
                // while the list follows the newest packet (none chosen): otherwise it draws other rows.
                if (selected.get() == null) {
                    rows.prepare(Math.max(packets.size(), n - NEWEST_ROWS), n);
                }
                packets.addAll(added);
            }
            if (full && limitNote.get().isEmpty()) {
                limitNote.set("The list holds " + log.size() + " packets, its limit (" + (log.maxBytes() >> 20)
                        + " MiB of captured bytes or " + log.maxFrames() + " packets, " + limitSource() + "): "
                        + (source.get().startsWith("File") ? "the rest of the file is not shown."
                        : "capturing stopped. Save or clear to go on."));
            }
        }
        CaptureSession s = session;
        if (s != null && full && s.isRunning() && !busy.get()) {
            stop(); // a full log takes no more: stopping tells the user rather than dropping packets silently
        }
        if (s != null) {
            long now = System.nanoTime();
            if (!s.isRunning()) {
                ended(s, s.stats());
            } else if (now - lastStats >= STATS_EVERY_NANOS) {
                lastStats = now;
                status.set(s.stats().describe());
            }
            if (conversationShown.get() && now - lastConversation >= CONVERSATION_EVERY_NANOS) {
                lastConversation = now;
                loadConversation(); // rebuilt only when the connection has new packets
            }
        }
    }

    private void ended(CaptureSession s, CaptureStats stats) {
        if (session != s) {
            return;
        }
        session = null;
        running.set(false);
        status.set(stats.describe());
        // The source line and the empty list say that nothing is being captured any more; the counts beside it say
        // what came of it. "Stopped" comes first: where the line is cut short, the filter goes, not the state.
        String on = s.interfaceName() + (s.options().filter().isEmpty() ? "" : ", filter " + s.options().filter());
        source.set("Stopped: the capture on " + on);
        emptyText.set(stats.captured() == 0
                ? "The capture on " + on + " stopped before any packet came. Press Start to capture again."
                : "The capture on " + on + " stopped. Its packets were cleared: press Start to capture again.");
        s.failure().ifPresent(problem::set);
    }

    private void failed(Exception e) {
        if (e instanceof CaptureProblem p) {
            if (p.kind() == CaptureProblem.Kind.BAD_FILTER) {
                filterProblem.set(p.getMessage());
            } else {
                problem.set(p);
            }
        } else {
            fileMessage.set(UncaughtErrors.plainWords(e));
        }
    }

    /** Stops a live capture and the pulse; the window is closing. */
    @Override
    public void close() {
        closed = true;
        captureId++;
        pulse.unsubscribe();
        displayFilter.close();
        CaptureSession s = session;
        session = null;
        if (s != null) {
            s.stop();
        }
    }

    // ---- properties

    public ObservableList<NetInterface> interfaces() {
        return interfaces;
    }

    public ObjectProperty<NetInterface> selectedInterfaceProperty() {
        return selectedInterface;
    }

    public ValidatedField<String> filter() {
        return filter;
    }

    /** What libpcap said about the filter when a capture was started with it; empty while there is nothing to say. */
    public ReadOnlyStringProperty filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    /** Why a preset could not be applied, such as no lab server running. */
    public ReadOnlyStringProperty presetNoteProperty() {
        return presetNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while a capture starts or stops, or a file is read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The live counters, or the final ones. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Where the packets come from: "Live capture on lo (loopback), filter tcp port 5000" or "File x.pcap". */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Set when the list reached its limit. */
    public ReadOnlyStringProperty limitNoteProperty() {
        return limitNote.getReadOnlyProperty();
    }

    /** The outcome of opening or saving a file, or a hint. */
    public ReadOnlyStringProperty fileMessageProperty() {
        return fileMessage.getReadOnlyProperty();
    }

    /** What the packet list says while it is empty: nothing captured yet, capturing and waiting, or stopped. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** What the capture filter is, or why it cannot be changed now. */
    public ReadOnlyStringProperty filterHintProperty() {
        return filterHint.getReadOnlyProperty();
    }

    /** Why capturing is not possible or stopped, with the fix; {@code null} while all is well. */
    public ReadOnlyObjectProperty<CaptureProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<PacketRef> packets() {
        return packets;
    }

    public ReadOnlyObjectProperty<Frame> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The display-filter name of the field selected in the packet's detail, or null: set by the detail view. */
    public javafx.beans.property.StringProperty selectedFieldProperty() {
        return selectedField;
    }

    /** Asks the detail view to select the field named {@code name} (e.g. tcp.flags.syn) in the selected packet. */
    public void requestField(String name) {
        fieldRequest.set(null);
        fieldRequest.set(name);
    }

    /** The field last asked for with {@link #requestField}, for the detail view. */
    javafx.beans.property.ReadOnlyStringProperty fieldRequestProperty() {
        return fieldRequest;
    }
}
