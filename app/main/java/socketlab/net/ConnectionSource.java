package socketlab.net;

import java.util.List;

/** Anything in the lab that holds connections and can list them now, from any thread. */
@FunctionalInterface
public interface ConnectionSource {

    /** A snapshot of the connections held now. */
    List<LabConnection> labConnections();
}
