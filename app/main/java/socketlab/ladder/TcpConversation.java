package socketlab.ladder;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import socketlab.decode.Frame;
import socketlab.decode.Layer;
import socketlab.decode.Protocol;
import socketlab.decode.TcpDissector;
import socketlab.net.Endpoint;
import socketlab.net.SocketPair;

/**
 * One TCP connection of a capture, ready for the ladder diagram: its two endpoints (the client is the side that
 * sent the SYN), one arrow per segment, the sequence-number arithmetic checked, the lab's own socket calls on it,
 * and both directions' bytes.
 */
public final class TcpConversation {
    /** The most segments kept as arrows; a longer connection keeps its start and says how many there were. */
    public static final int MAX_ARROWS = 100_000;

    private final int stream;
    private final Endpoint client;
    private final Endpoint server;
    private final boolean handshakeSeen;
    private final List<LadderArrow> arrows;
    private final int segmentCount;
    private final long firstMicros;
    private final List<LadderCheck> checks;
    private final List<LadderNote> notes;
    private final FollowStream followStream;

    TcpConversation(int stream, Endpoint client, Endpoint server, boolean handshakeSeen, List<LadderArrow> arrows,
            int segmentCount, long firstMicros, List<LadderCheck> checks, List<LadderNote> notes,
            FollowStream followStream) {
        this.stream = stream;
        this.client = client;
        this.server = server;
        this.handshakeSeen = handshakeSeen;
        this.arrows = Collections.unmodifiableList(arrows);
        this.segmentCount = segmentCount;
        this.firstMicros = firstMicros;
        this.checks = Collections.unmodifiableList(checks);
        this.notes = Collections.unmodifiableList(notes);
        this.followStream = followStream;
    }

    /**
     * The connection that frame {@code frameNumber} belongs to, built from {@code frames} (the capture's frames,
     * decoded in order by one decoder, so that stream numbers agree), annotated from {@code log} when given.
     * Empty when that frame is not a TCP segment or is not among the frames.
     */
    public static Optional<TcpConversation> containing(List<Frame> frames, long frameNumber, LabEventLog log) {
        for (Frame f : frames) {
            if (f.number() == frameNumber) {
                OptionalInt stream = streamOf(f);
                return stream.isPresent() ? of(frames, stream.getAsInt(), log) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Connection number {@code stream} (Wireshark's {@code tcp.stream}) of {@code frames}, annotated from {@code log}
     * when given; empty when no frame belongs to it.
     */
    public static Optional<TcpConversation> of(Iterable<Frame> frames, int stream, LabEventLog log) {
        return ConversationBuilder.build(frames, stream, log);
    }

    /** The TCP stream number of a frame, when it is a decoded TCP segment. */
    public static OptionalInt streamOf(Frame f) {
        Optional<Layer> tcp = f.layer(Protocol.TCP);
        if (tcp.isEmpty() || tcp.get().field(TcpDissector.STREAM).isEmpty()
                || tcp.get().field(TcpDissector.FLAGS).isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) tcp.get().number(TcpDissector.STREAM, 0));
    }

    /** Wireshark's {@code tcp.stream}: the connection's number in its capture. */
    public int stream() {
        return stream;
    }

    /** The end that opened the connection (sent the SYN); when the capture missed the handshake, the first sender. */
    public Endpoint client() {
        return client;
    }

    public Endpoint server() {
        return server;
    }

    /** The connection's socket pair, client first. */
    public SocketPair pair() {
        return new SocketPair(client, server);
    }

    /** Whether the capture holds the SYN, so that client and server are known rather than guessed. */
    public boolean handshakeSeen() {
        return handshakeSeen;
    }

    /** One arrow per segment in capture order (at most {@link #MAX_ARROWS}). */
    public List<LadderArrow> arrows() {
        return arrows;
    }

    /** How many segments the connection has in the capture, also those beyond {@link #MAX_ARROWS}. */
    public int segmentCount() {
        return segmentCount;
    }

    /** The first segment's capture time, in microseconds since the epoch. */
    public long firstMicros() {
        return firstMicros;
    }

    /** The sequence-number checks, in the order of the frames they concern. */
    public List<LadderCheck> checks() {
        return checks;
    }

    /** Whether every check holds. */
    public boolean allChecksHold() {
        return checks.stream().allMatch(LadderCheck::ok);
    }

    /** The lab's socket calls on this connection, placed between the arrows by time. */
    public List<LadderNote> notes() {
        return notes;
    }

    /** Both directions' application bytes. */
    public FollowStream followStream() {
        return followStream;
    }

    /** The position of the arrow of that frame, if it is one of this connection's arrows. */
    public OptionalInt indexOf(long frameNumber) {
        int lo = 0;
        int hi = arrows.size() - 1;
        while (lo <= hi) { // arrows are in frame order
            int mid = (lo + hi) >>> 1;
            long n = arrows.get(mid).frameNumber();
            if (n == frameNumber) {
                return OptionalInt.of(mid);
            } else if (n < frameNumber) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return OptionalInt.empty();
    }

    /** A title such as {@code TCP stream 0: 127.0.0.1:51213 → 127.0.0.1:12345, 11 segments}. */
    public String title() {
        return "TCP stream " + stream + ": " + client + " → " + server + ", " + segmentCount
                + (segmentCount == 1 ? " segment" : " segments");
    }

    @Override
    public String toString() {
        return title();
    }
}
