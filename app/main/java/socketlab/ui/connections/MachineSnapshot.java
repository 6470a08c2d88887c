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
 * The kernel's TCP table at one poll, sorted and with ports explained, or why there is none; taken on the poll
 * thread, applied on the JavaFX thread.
 *
 * @param unavailable empty when the table was read, else the reason it could not be
 * @param listening   the endpoints of every listening socket in the table
 */
record MachineSnapshot(List<Entry> entries, List<Endpoint> listening, String unavailable, Instant taken) {

    /** Grouped by local port, so a server's listening socket and its accepted connections sit together. */
    private static final Comparator<Entry> ORDER = Comparator
            .comparingInt((Entry e) -> e.socket().local().port())
            .thenComparing(e -> e.socket().local().host())
            .thenComparingInt(e -> e.socket().remote().port())
            .thenComparing(e -> e.socket().remote().host());

    /** One socket and what its two ports are. */
    record Entry(TcpSocket socket, PortNote localNote, PortNote remoteNote) {
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
        Set<Endpoint> listeners = new HashSet<>(listening);
        listeners.addAll(labListening);
        List<Entry> entries = new ArrayList<>(sockets.size());
        for (TcpSocket s : sockets) {
            boolean listens = s.state() == TcpState.LISTEN;
            // A socket in the handshake or TIME_WAIT on a listening port is still the server's end.
            PortNote local = notes.explain(s.local().port(), listens || Listening.on(s.local(), listeners));
            PortNote remote = notes.explain(s.remote().port(), !listens && Listening.on(s.remote(), listeners));
            entries.add(new Entry(s, local, remote));
        }
        entries.sort(ORDER);
        return new MachineSnapshot(List.copyOf(entries), List.copyOf(listening), "", Instant.now());
    }
}
