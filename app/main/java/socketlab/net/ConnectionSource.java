package socketlab.net;

import java.util.List;

/** Anything in the lab that holds connections and can list them now, from any thread. */
@FunctionalInterface
public interface ConnectionSource {

    /** A snapshot of the connections held now. */
    List<LabConnection> labConnections();

    /**
     * The endpoints this source listens on now (a server's listening socket), so that the end of a connection on a
     * listening port can be told from a client's end; empty for sources that only connect.
     */
    default List<Endpoint> listening() {
        return List.of();
    }
}
