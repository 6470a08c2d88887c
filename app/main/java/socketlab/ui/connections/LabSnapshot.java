package socketlab.ui.connections;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import socketlab.net.ConnectionSource;
import socketlab.net.Endpoint;
import socketlab.net.LabConnection;
import socketlab.net.PortNote;
import socketlab.net.PortNotes;

/**
 * Every connection the lab held at one poll, with its ports explained and its texts made; taken on the poll thread,
 * applied on the JavaFX thread.
 *
 * @param listening the endpoints lab servers listened on
 */
record LabSnapshot(List<Entry> entries, List<Endpoint> listening, Instant taken) {
    private static final System.Logger LOG = System.getLogger(LabSnapshot.class.getName());

    /**
     * One connection, its tuple as a key and its ports in brief and in full.
     *
     * @param pairKey the tuple, as {@link PairText#pairKey}
     */
    record Entry(LabConnection connection, String pairKey, String ports, String portsDetail) {
    }

    /**
     * Asks every source for its connections, in the sources' order.
     *
     * @param otherListeners sockets listening outside the lab (from the machine table), so that a lab client's
     *                       connection to a server outside the lab is explained too
     */
    static LabSnapshot take(List<ConnectionSource> sources, Collection<Endpoint> otherListeners, PortNotes notes) {
        List<LabConnection> all = new ArrayList<>();
        List<Endpoint> listening = new ArrayList<>();
        for (ConnectionSource s : sources) {
            try {
                List<Endpoint> l = s.listening();
                all.addAll(s.labConnections());
                listening.addAll(l);
            } catch (RuntimeException e) {
                // One faulty source must not empty the whole table; the others are still shown.
                LOG.log(Level.WARNING, "listing connections failed", e);
            }
        }
        List<Endpoint> known = new ArrayList<>(listening);
        known.addAll(otherListeners);
        Listening listeners = new Listening(known);
        Set<String> keys = new HashSet<>();
        List<Entry> entries = new ArrayList<>(all.size());
        for (LabConnection c : all) {
            if (keys.add(c.key())) {
                PortNote local = notes.explain(c.local().port(), listeners.on(c.local()));
                PortNote remote = notes.explain(c.remote().port(), listeners.on(c.remote()));
                entries.add(new Entry(c, PairText.pairKey(c.local(), c.remote()), PairText.brief(local, remote),
                        PairText.detail(local, remote)));
            }
        }
        return new LabSnapshot(List.copyOf(entries), List.copyOf(listening), Instant.now());
    }
}
