package socketlab.ui.connections;

import java.util.Collection;
import socketlab.net.Endpoint;

/** Whether an end of a connection sits on a listening socket's port: the server's end. */
final class Listening {
    private Listening() {
    }

    /**
     * True when a socket listens on {@code end}: same port, and the same address or a wildcard one (a server on
     * 0.0.0.0 or :: accepts connections on every address of the machine, each keeping the listening port).
     */
    static boolean on(Endpoint end, Collection<Endpoint> listeners) {
        for (Endpoint l : listeners) {
            if (l.port() == end.port() && (l.address().isAnyLocalAddress() || l.address().equals(end.address()))) {
                return true;
            }
        }
        return false;
    }
}
