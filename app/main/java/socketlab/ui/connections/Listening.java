package socketlab.ui.connections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import socketlab.net.Endpoint;

/** The endpoints sockets listen on, to tell the server's end of a connection (the listening port) from a client's. */
final class Listening {
    private final Map<Integer, List<Endpoint>> byPort = new HashMap<>();

    Listening(Collection<Endpoint> listeners) {
        for (Endpoint l : listeners) {
            byPort.computeIfAbsent(l.port(), p -> new ArrayList<>()).add(l);
        }
    }

    /**
     * True when a socket listens on {@code end}: same port, and the same address or a wildcard one (a server on
     * 0.0.0.0 or :: accepts connections on every address of the machine, each keeping the listening port).
     */
    boolean on(Endpoint end) {
        for (Endpoint l : byPort.getOrDefault(end.port(), List.of())) {
            if (l.address().isAnyLocalAddress() || l.address().equals(end.address())) {
                return true;
            }
        }
        return false;
    }
}
