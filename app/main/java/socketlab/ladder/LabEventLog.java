package socketlab.ladder;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import socketlab.client.ClientEvent;
import socketlab.net.SocketPair;
import socketlab.server.CloseReason;
import socketlab.server.ServerEvent;

/**
 * The socket calls the lab's own servers and clients made, with their time and connection, so that the ladder
 * diagram of a captured connection can show them beside its packets. Thread-safe: servers and clients report on
 * their own threads. Bounded: the oldest calls are forgotten first.
 */
public final class LabEventLog {
    /** Enough for minutes of a busy lab; each note is a few dozen bytes. */
    public static final int DEFAULT_CAPACITY = 50_000;

    private final int capacity;
    private final ArrayDeque<LabNote> notes = new ArrayDeque<>();

    public LabEventLog() {
        this(DEFAULT_CAPACITY);
    }

    public LabEventLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Keeps one note, forgetting the oldest when full. */
    public void add(LabNote note) {
        synchronized (notes) {
            if (notes.size() == capacity) {
                notes.removeFirst();
            }
            notes.addLast(note);
        }
    }

    /**
     * A listener for one lab server's events (connection numbers are per server, so each server needs its own):
     * it learns each connection's socket pair from {@link ServerEvent.Accepted} and notes accept, read, write and
     * close on it. Call it from the server's listener; it returns at once.
     */
    public Consumer<ServerEvent> serverListener() {
        Map<Long, SocketPair> pairs = new ConcurrentHashMap<>();
        return e -> {
            switch (e) {
                case ServerEvent.Accepted a -> {
                    pairs.put(a.connectionId(), a.pair());
                    server(a.time(), a.pair(), "server accept()");
                }
                case ServerEvent.WaitingForPermit w -> server(w.time(), w.pair(), "server: waits for a permit");
                case ServerEvent.BytesRead r -> server(r.time(), pairs.get(r.connectionId()),
                        "server read() " + bytes(r.count()));
                case ServerEvent.BytesWritten w -> server(w.time(), pairs.get(w.connectionId()),
                        "server write() " + bytes(w.count()));
                case ServerEvent.HttpRequestRead r -> server(r.time(), pairs.get(r.connectionId()),
                        "server: request " + r.number() + " " + r.requestLine());
                case ServerEvent.HttpResponseWritten w -> server(w.time(), pairs.get(w.connectionId()),
                        "server: response " + w.number() + " " + w.statusLine());
                case ServerEvent.Closed c -> {
                    pairs.remove(c.connectionId());
                    if (c.reason() == CloseReason.CLIENT_HUNG_UP) {
                        server(c.time(), c.pair(), "server read() returns 0: EOF");
                    }
                    server(c.time(), c.pair(), "server close()");
                }
                case ServerEvent.Failed f -> server(f.time(), pairs.get(f.connectionId()),
                        "server error: " + f.message());
                default -> {
                    // listening, permits and stop concern the server, not one connection
                }
            }
        };
    }

    /**
     * A listener for one lab client's events: the calls before {@link ClientEvent.Connected} (socket) are held
     * until connect tells the socket pair, then every call is noted on that pair.
     */
    public Consumer<ClientEvent> clientListener() {
        return new ClientTap();
    }

    /** Notes one client call on a connection whose pair the caller knows (e.g. from the client's endpoints). */
    public void client(SocketPair pair, ClientEvent e) {
        String text = clientText(e);
        if (pair != null && text != null) {
            add(new LabNote(e.time(), pair, LabNote.Side.CLIENT, text));
        }
    }

    /**
     * The notes on connection {@code pair} (either way round) between the two times, in microseconds since the
     * epoch, oldest first.
     */
    public List<LabNote> notesFor(SocketPair pair, long fromMicros, long toMicros) {
        SocketPair mirrored = pair.mirrored();
        List<LabNote> found = new ArrayList<>();
        synchronized (notes) {
            for (LabNote n : notes) {
                long t = n.epochMicros();
                if (t >= fromMicros && t <= toMicros && (n.pair().equals(pair) || n.pair().equals(mirrored))) {
                    found.add(n);
                }
            }
        }
        found.sort((a, b) -> a.time().compareTo(b.time()));
        return found;
    }

    /** Every note kept, oldest first. */
    public List<LabNote> snapshot() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    public int size() {
        synchronized (notes) {
            return notes.size();
        }
    }

    public void clear() {
        synchronized (notes) {
            notes.clear();
        }
    }

    private void server(Instant time, SocketPair pair, String text) {
        if (pair != null) {
            add(new LabNote(time, pair, LabNote.Side.SERVER, text));
        }
    }

    static String clientText(ClientEvent e) {
        return switch (e) {
            case ClientEvent.SocketOpened s -> "client socket()";
            case ClientEvent.Connected c -> "client connect() returns";
            case ClientEvent.Sent s -> "client write() " + bytes(s.bytes().length);
            case ClientEvent.Received r -> "client read() " + bytes(r.bytes().length);
            case ClientEvent.EndOfStream eof -> "client read() returns 0: EOF";
            case ClientEvent.Closed c -> "client close()";
            case ClientEvent.Failed f -> "client " + f.step().label() + " failed: " + f.reason();
            case ClientEvent.Resolved r -> null; // a name lookup happens before there is a connection
        };
    }

    private static String bytes(int n) {
        return n + (n == 1 ? " byte" : " bytes");
    }

    /** One client's listener: holds the calls made before the socket pair is known. */
    private final class ClientTap implements Consumer<ClientEvent> {
        private final List<ClientEvent> early = new ArrayList<>();
        private SocketPair pair;

        @Override
        public synchronized void accept(ClientEvent e) {
            if (e instanceof ClientEvent.Connected c) {
                pair = new SocketPair(c.local(), c.remote());
                for (ClientEvent before : early) {
                    client(pair, before);
                }
                early.clear();
            }
            if (pair != null) {
                client(pair, e);
            } else if (e instanceof ClientEvent.SocketOpened) {
                early.clear(); // a new attempt on the next address: only its socket belongs to the connection
                early.add(e);
            }
        }
    }
}
