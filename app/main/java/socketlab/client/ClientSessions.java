package socketlab.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import socketlab.net.ConnectionSource;
import socketlab.net.LabConnection;

/**
 * The clients the lab runs now, numbered as the user sees them ("client #2", "burst #1"), listed as connections
 * for the lab's view of every socket pair. Safe to use from any thread; a closed client leaves the list by itself.
 */
public final class ClientSessions implements ConnectionSource {
    private final AtomicInteger clientNumbers = new AtomicInteger();
    private final AtomicInteger burstNumbers = new AtomicInteger();
    private final Map<Integer, Tracked> clients = new ConcurrentSkipListMap<>();
    private final Map<Integer, ClientBurst> bursts = new ConcurrentSkipListMap<>();

    private record Tracked(LabClient client, ClientMode mode) {
    }

    /** Lists {@code client} from now until it is closed; returns its number, from 1. */
    public int track(LabClient client, ClientMode mode) {
        int n = clientNumbers.incrementAndGet();
        clients.put(n, new Tracked(client, mode));
        return n;
    }

    /** Lists the connected clients of {@code burst} until {@link #untrackBurst(int)}; returns its number. */
    public int trackBurst(ClientBurst burst) {
        int n = burstNumbers.incrementAndGet();
        bursts.put(n, burst);
        return n;
    }

    public void untrackBurst(int number) {
        bursts.remove(number);
    }

    /** e.g. "client #2 (line mode)". */
    public static String owner(int number, ClientMode mode) {
        return "client #" + number + " (" + mode.label() + ")";
    }

    @Override
    public List<LabConnection> labConnections() {
        List<LabConnection> list = new ArrayList<>();
        for (Map.Entry<Integer, Tracked> e : clients.entrySet()) {
            LabClient c = e.getValue().client();
            if (c.isClosed()) {
                clients.remove(e.getKey(), e.getValue());
                continue;
            }
            LabConnection lc = c.labConnection("client-" + e.getKey(), owner(e.getKey(), e.getValue().mode()));
            if (lc != null) {
                list.add(lc);
            }
        }
        for (Map.Entry<Integer, ClientBurst> e : bursts.entrySet()) {
            ClientBurst b = e.getValue();
            list.addAll(b.labConnections("burst-" + e.getKey(), "burst #" + e.getKey() + " ("
                    + b.spec().mode().id() + ")"));
        }
        return list;
    }
}
