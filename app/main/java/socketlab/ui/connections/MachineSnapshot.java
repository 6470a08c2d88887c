package socketlab.ui.connections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import socketlab.net.Endpoint;
import socketlab.net.MachineSockets;
import socketlab.net.PortNote;
import socketlab.net.PortNotes;
import socketlab.net.TcpSocket;
import socketlab.net.TcpState;

/**
 * The kernel's TCP table at one poll, sorted, with ports explained and texts made, or why there is none; taken on
 * the poll thread, applied on the JavaFX thread.
 *
 * @param unavailable empty when the table was read, else the reason it could not be
 * @param listening   the endpoints of every listening socket in the table
 */
record MachineSnapshot(List<Entry> entries, List<Endpoint> listening, String unavailable, Instant taken) {

    /** Grouped by local port, so a server's listening socket and its accepted connections sit together. */
    private static final Comparator<Entry> ORDER = Comparator
            .comparingInt((Entry e) -> e.socket().local().port())
            .thenComparing(Entry::localText)
            .thenComparingInt(e -> e.socket().remote().port())
            .thenComparing(Entry::remoteText);

    /**
     * One socket with its texts.
     *
     * @param key     unique in the table: the tuple, numbered when sockets share one (SO_REUSEPORT listeners)
     * @param pairKey the tuple, as {@link PairText#pairKey}
     */
    record Entry(TcpSocket socket, String key, String pairKey, String localText, String remoteText, String ports,
            String portsDetail, String recvQueue, String sendQueue) {
    }

    static MachineSnapshot take(MachineSockets read, Collection<Endpoint> labListening, PortNotes notes) {
        return switch (read) {
            case MachineSockets.Unavailable(String reason) -> new MachineSnapshot(List.of(), List.of(), reason,
                    Instant.now());
            case MachineSockets.Listed(List<TcpSocket> sockets) -> listed(sockets, labListening, notes);
        };
    }

    private static MachineSnapshot listed(List<TcpSocket> sockets, Collection<Endpoint> labListening,
            PortNotes notes) {
        List<Endpoint> listening = new ArrayList<>();
        for (TcpSocket s : sockets) {
            if (s.state() == TcpState.LISTEN) {
                listening.add(s.local());
            }
        }
        List<Endpoint> known = new ArrayList<>(listening);
        known.addAll(labListening);
        Listening listeners = new Listening(known);
        List<Entry> entries = new ArrayList<>(sockets.size());
        for (TcpSocket s : sockets) {
            boolean listens = s.state() == TcpState.LISTEN;
            // A socket in the handshake or TIME_WAIT on a listening port is still the server's end.
            PortNote local = notes.explain(s.local().port(), listens || listeners.on(s.local()));
            PortNote remote = notes.explain(s.remote().port(), !listens && listeners.on(s.remote()));
            String pairKey = PairText.pairKey(s.local(), s.remote());
            entries.add(new Entry(s, pairKey, pairKey, s.local().toString(), PairText.endText(s.remote()),
                    PairText.brief(local, remote), PairText.detail(local, remote), PairText.count(s.recvQueue()),
                    PairText.count(s.sendQueue())));
        }
        entries.sort(ORDER);
        // Number the repeats of a tuple so each keeps its own row.
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String key = e.key();
            for (int n = 2; !keys.add(key); n++) {
                key = e.pairKey() + " #" + n;
            }
            if (!key.equals(e.key())) {
                entries.set(i, new Entry(e.socket(), key, e.pairKey(), e.localText(), e.remoteText(), e.ports(),
                        e.portsDetail(), e.recvQueue(), e.sendQueue()));
            }
        }
        return new MachineSnapshot(List.copyOf(entries), List.copyOf(listening), "", Instant.now());
    }
}
