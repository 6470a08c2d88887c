package socketlab.lessons;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import socketlab.client.BurstResult;
import socketlab.client.ClientEvent;
import socketlab.decode.Field;
import socketlab.decode.Frame;
import socketlab.net.Endpoint;
import socketlab.server.CloseReason;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerEvent;
import socketlab.server.ServerKind;

/**
 * What the lab's engine has shown a lesson: running servers, connected clients, lookups, the capture and the
 * learner's selections, kept from {@link Observation}s that arrive on any thread. Thread-safe. Counts (lines
 * echoed, clients that hung up, the most handlers at once) run from the last {@link #startLesson()}; states (a
 * running server, a waiting client, the selected packet) hold as long as they are true.
 */
public final class LabFacts {
    /** The capture frames kept for checks: the newest, enough for any lesson's exchange. */
    static final int MAX_FRAMES = 5_000;
    private static final int MAX_TEXT = 4096;
    private static final int MAX_LOOKUPS = 100;

    private final Map<Long, ServerState> servers = new LinkedHashMap<>();
    private final Map<Long, ClientState> clients = new LinkedHashMap<>();
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    // Since the lesson started.
    private int eofs;
    private int echoedLines;
    private int echoedUpperLines;
    private int timeLines;
    private int waitedForPermit;
    private int peakAtOnce;
    private int waitingSeen;
    private BurstResult burst;
    private Observation.DnsAnswered dns;
    private final ArrayDeque<Observation.DnsAnswered> lookups = new ArrayDeque<>();
    private Observation.DnsAnswered reverse;
    private Observation.TraceFinished trace;
    private String timeLine;
    private String echoLine;
    private String clientPort;
    private String clientAddress;
    private final Map<String, String> answers = new HashMap<>();
    private final Set<ServerKind> acceptedKinds = new HashSet<>();

    // States.
    private Observation.SockaddrShown sockaddr;
    private Frame selected;
    private String field;
    private long framesSeen;
    // Per display filter: how many captured frames were matched against it, and whether one matched. Frames only
    // arrive (or are all cleared), so each check looks at the new ones only, however often it is evaluated.
    private final Map<String, long[]> captureMatches = new HashMap<>();

    static final class ServerState {
        final long id;
        final ServerConfig config;
        Endpoint local;
        boolean running;
        final Set<Long> active = new HashSet<>();
        final Set<Long> waitingForPermit = new HashSet<>();
        final Set<Integer> acceptedPorts = new HashSet<>();
        int backlog; // the kernel's accept queue, when the window reads it
        int statsPeak; // the server's own peak of handlers at once, when the window reads its statistics

        ServerState(long id, ServerConfig config) {
            this.id = id;
            this.config = config;
        }
    }

    static final class ClientState {
        Endpoint local;
        Endpoint remote;
        boolean open;
        final StringBuilder received = new StringBuilder();
    }

    /** Called after every observation, on the observer's thread (without a lock held). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Records one observation; any thread. */
    public void observe(Observation o) {
        synchronized (this) {
            switch (o) {
                case Observation.ServerSeen s -> server(s);
                case Observation.ServerStopped s -> servers.remove(s.serverId());
                case Observation.ClientSeen c -> client(c);
                case Observation.BurstSeen b -> burst = b.result();
                case Observation.DnsAnswered d -> {
                    if (!d.answers().isEmpty()) {
                        dns = d;
                        lookups.addLast(d);
                        if (lookups.size() > MAX_LOOKUPS) {
                            lookups.removeFirst();
                        }
                        if (d.type().equalsIgnoreCase("PTR")) {
                            reverse = d;
                        }
                    }
                }
                case Observation.TraceFinished t -> trace = t;
                case Observation.SockaddrShown s -> sockaddr = s;
                case Observation.CaptureFrames f -> {
                    for (Frame frame : f.frames()) {
                        frames.addLast(frame);
                        framesSeen++;
                        if (frames.size() > MAX_FRAMES) {
                            frames.removeFirst();
                        }
                    }
                }
                case Observation.CaptureCleared c -> {
                    frames.clear();
                    framesSeen = 0;
                    captureMatches.clear();
                }
                case Observation.PacketSelected p -> {
                    selected = p.frame();
                    field = null;
                }
                case Observation.FieldSelected f -> field = f.fieldName();
                case Observation.BacklogSeen b -> {
                    ServerState s = servers.get(b.serverId());
                    if (s != null) {
                        s.backlog = b.waiting();
                        if (b.waiting() > 0 && s.config.mode() == Mode.ITERATIVE && !s.active.isEmpty()) {
                            waitingSeen++;
                        }
                    }
                }
                case Observation.StatsSeen st -> {
                    ServerState s = servers.get(st.serverId());
                    if (s != null) {
                        s.statsPeak = Math.max(s.statsPeak, st.stats().peakActive());
                        peakAtOnce = Math.max(peakAtOnce, s.statsPeak);
                    }
                }
                case Observation.Answered a -> answers.put(a.stepId(), a.text());
            }
        }
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                // One failing listener must not keep the others (or the engine's thread) from going on.
                System.getLogger(LabFacts.class.getName()).log(System.Logger.Level.WARNING,
                        "a lesson listener failed", e);
            }
        }
    }

    /** Starts counting afresh for a lesson (started or restarted): states stay, counts and answers go. */
    public synchronized void startLesson() {
        eofs = 0;
        echoedLines = 0;
        echoedUpperLines = 0;
        timeLines = 0;
        waitedForPermit = 0;
        waitingSeen = 0;
        burst = null;
        dns = null;
        lookups.clear();
        reverse = null;
        trace = null;
        timeLine = null;
        echoLine = null;
        answers.clear();
        acceptedKinds.clear();
        peakAtOnce = 0;
        for (ServerState s : servers.values()) {
            peakAtOnce = Math.max(peakAtOnce, s.active.size());
        }
    }

    private void server(Observation.ServerSeen s) {
        ServerState st = servers.computeIfAbsent(s.serverId(), id -> new ServerState(id, s.config()));
        ServerKind kind = st.config.kind();
        switch (s.event()) {
            case ServerEvent.Listening l -> {
                st.local = l.local();
                st.running = true;
            }
            case ServerEvent.Accepted a -> {
                st.acceptedPorts.add(a.pair().client().port());
                acceptedKinds.add(kind);
                clientPort = Integer.toString(a.pair().client().port());
                clientAddress = a.pair().client().host();
                if (st.config.mode() != Mode.SEMAPHORE) {
                    st.active.add(a.connectionId());
                }
            }
            case ServerEvent.WaitingForPermit w -> {
                st.waitingForPermit.add(w.connectionId());
                waitedForPermit++;
            }
            case ServerEvent.PermitTaken p -> {
                st.waitingForPermit.remove(p.connectionId());
                st.active.add(p.connectionId());
            }
            case ServerEvent.BytesWritten w -> {
                if (kind == ServerKind.ECHO) {
                    echoedLines++;
                    if (st.config.uppercase()) {
                        echoedUpperLines++;
                    }
                } else if (kind == ServerKind.TIME) {
                    timeLines++;
                }
            }
            case ServerEvent.Closed c -> {
                st.active.remove(c.connectionId());
                st.waitingForPermit.remove(c.connectionId());
                if (c.reason() == CloseReason.CLIENT_HUNG_UP) {
                    eofs++;
                }
            }
            case ServerEvent.PermitReleased r -> st.active.remove(r.connectionId());
            case ServerEvent.Stopped x -> {
                st.statsPeak = Math.max(st.statsPeak, x.peakActive());
                st.running = false;
                st.active.clear();
                st.waitingForPermit.clear();
            }
            default -> {
            }
        }
        int total = 0;
        for (ServerState x : servers.values()) {
            total = Math.max(total, x.active.size());
        }
        peakAtOnce = Math.max(peakAtOnce, total);
    }

    private void client(Observation.ClientSeen c) {
        ClientState st = clients.computeIfAbsent(c.clientId(), id -> new ClientState());
        switch (c.event()) {
            case ClientEvent.Connected k -> {
                st.local = k.local();
                st.remote = k.remote();
                st.open = true;
            }
            case ClientEvent.Received r -> {
                if (st.received.length() < MAX_TEXT) {
                    st.received.append(new String(r.bytes(), StandardCharsets.ISO_8859_1));
                }
                ServerState s = serverAt(st.remote);
                if (s != null) {
                    String line = lastLine(st.received);
                    if (s.config.kind() == ServerKind.TIME && line != null) {
                        timeLine = line;
                    } else if (s.config.kind() == ServerKind.ECHO && line != null) {
                        echoLine = line;
                    }
                }
            }
            case ClientEvent.Closed x -> st.open = false;
            case ClientEvent.Failed x -> st.open = false;
            default -> {
            }
        }
    }

    // The last whole line received (without its line end), or null before the first one.
    private static String lastLine(StringBuilder sb) {
        int end = sb.lastIndexOf("\n");
        if (end < 0) {
            return null;
        }
        int start = sb.lastIndexOf("\n", end - 1) + 1;
        String line = sb.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private ServerState serverAt(Endpoint remote) {
        if (remote == null) {
            return null;
        }
        for (ServerState s : servers.values()) {
            if (s.running && s.local != null && s.local.port() == remote.port()) {
                return s;
            }
        }
        return null;
    }

    /** The value of a fact named in a lesson ({@link FactNames}), or empty when the lab has not seen it yet. */
    public synchronized Optional<String> fact(String name) {
        if (name.startsWith(FactNames.PACKET)) {
            if (selected == null) {
                return Optional.empty();
            }
            return selected.field(name.substring(FactNames.PACKET.length())).map(LabFacts::fieldValue);
        }
        ServerState server = lastRunning();
        return Optional.ofNullable(switch (name) {
            case "server.port" -> server == null ? null : Integer.toString(server.local.port());
            case "server.address" -> server == null ? null : server.local.host();
            case "server.kind" -> server == null ? null : server.config.kind().id();
            case "server.mode" -> server == null ? null : server.config.mode().id();
            case "server.permits" -> server == null ? null : Integer.toString(server.config.permits());
            case "server.backlog" -> server == null ? null : Integer.toString(server.config.backlog());
            case "client.port" -> clientPort;
            case "client.address" -> clientAddress;
            case "waiting.port" -> waitingPort();
            case "served.peak" -> Integer.toString(servedPeak());
            case "time.line" -> timeLine;
            case "echo.line" -> echoLine;
            case "burst.clients" -> burst == null ? null : Integer.toString(burst.clients());
            case "burst.completed" -> burst == null ? null : Integer.toString(burst.completed());
            case "dns.name" -> dns == null ? null : dns.name();
            case "dns.answer" -> dns == null ? null : dns.answers().getFirst();
            case "dns.answers" -> dns == null ? null : String.join(", ", dns.answers());
            case "trace.name" -> trace == null ? null : trace.name();
            case "trace.referrals" -> trace == null ? null : Integer.toString(trace.referrals());
            case "trace.hierarchy" -> trace == null ? null : trace.localHierarchy()
                    ? "the lab's local hierarchy on this machine (the Internet's roots could not be reached)"
                    : "the Internet's root servers";
            case "sockaddr.bytes" -> sockaddr == null ? null : hex(sockaddr.sixteenBytes(), 0, 16);
            case "sockaddr.port-bytes" -> sockaddr == null ? null : hex(sockaddr.sixteenBytes(), 2, 2);
            case "capture.count" -> Long.toString(frames.size());
            default -> null;
        });
    }

    // The server's own peak when the window reported its statistics (exact), else the peak counted from events.
    private int servedPeak() {
        int stats = 0;
        for (ServerState s : servers.values()) {
            stats = Math.max(stats, s.statsPeak);
        }
        return stats > 0 ? stats : peakAtOnce;
    }

    // The ephemeral port of an open lab client that an iterative server has not accepted while serving another.
    private String waitingPort() {
        for (ServerState s : servers.values()) {
            if (s.running && s.local != null && s.config.mode() == Mode.ITERATIVE && !s.active.isEmpty()) {
                for (ClientState c : clients.values()) {
                    if (c.open && c.remote != null && c.remote.port() == s.local.port()
                            && !s.acceptedPorts.contains(c.local.port())) {
                        return Integer.toString(c.local.port());
                    }
                }
            }
        }
        return null;
    }

    static String fieldValue(Field f) {
        return f.value() instanceof Number n ? Long.toString(n.longValue()) : f.valueText();
    }

    static String hex(byte[] b, int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(b.length, from + count); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02x", b[i] & 0xff));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private ServerState lastRunning() {
        ServerState last = null;
        for (ServerState s : servers.values()) {
            if (s.running && s.local != null) {
                last = s;
            }
        }
        return last;
    }

    // Package-private reads for the checks, each a consistent snapshot taken under the lock.

    synchronized List<ServerState> runningServers() {
        List<ServerState> out = new ArrayList<>();
        for (ServerState s : servers.values()) {
            if (s.running && s.local != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Open lab clients connected to this server that it has not accepted. */
    synchronized int clientsWaitingAt(ServerState s) {
        int n = 0;
        for (ClientState c : clients.values()) {
            if (c.open && c.remote != null && c.remote.port() == s.local.port()
                    && !s.acceptedPorts.contains(c.local.port())) {
                n++;
            }
        }
        return n;
    }

    synchronized int openClients() {
        return (int) clients.values().stream().filter(c -> c.open).count();
    }

    synchronized int eofs() {
        return eofs;
    }

    synchronized int echoedLines(boolean upper) {
        return upper ? echoedUpperLines : echoedLines;
    }

    synchronized int timeLines() {
        return timeLines;
    }

    synchronized int waitedForPermit() {
        return waitedForPermit;
    }

    synchronized int waitingSeen() {
        return waitingSeen;
    }

    synchronized int peakAtOnce() {
        return peakAtOnce;
    }

    synchronized BurstResult burst() {
        return burst;
    }

    synchronized Observation.DnsAnswered dns() {
        return dns;
    }

    synchronized List<Observation.DnsAnswered> lookups() {
        return new ArrayList<>(lookups);
    }

    synchronized Observation.DnsAnswered reverse() {
        return reverse;
    }

    synchronized Observation.TraceFinished trace() {
        return trace;
    }

    synchronized Observation.SockaddrShown sockaddr() {
        return sockaddr;
    }

    synchronized int frameCount() {
        return frames.size();
    }

    /** Whether a captured frame matches {@code filter}, looking only at the frames that came since the last ask. */
    synchronized boolean captureHas(socketlab.filter.DisplayFilter filter) {
        long[] seen = captureMatches.computeIfAbsent(filter.text(), k -> new long[2]);
        if (seen[1] == 0) {
            long fresh = Math.min(framesSeen - seen[0], frames.size());
            var it = frames.descendingIterator();
            for (long i = 0; i < fresh && it.hasNext(); i++) {
                if (filter.matches(it.next())) {
                    seen[1] = 1;
                    break;
                }
            }
            seen[0] = framesSeen;
        }
        return seen[1] == 1;
    }

    synchronized Frame selected() {
        return selected;
    }

    synchronized String selectedField() {
        return field;
    }

    synchronized String answer(String stepId) {
        return answers.get(stepId);
    }

    /** Whether a server of this kind (any kind: null) accepted a client since the lesson started. */
    synchronized boolean anyAccepted(ServerKind kind) {
        return kind == null ? !acceptedKinds.isEmpty() : acceptedKinds.contains(kind);
    }
}
