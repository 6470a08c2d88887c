package socketlab.ui.server;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import socketlab.server.ConnectionInfo;
import socketlab.server.ServerStats;

/**
 * What one poll of a running server saw, taken on the poll thread and applied on the JavaFX thread.
 *
 * @param listenQueue clients in the kernel's listen backlog, not accepted yet (empty where the OS does not say)
 */
public record ServerSnapshot(ServerStats stats, OptionalInt listenQueue, List<ConnectionInfo> connections,
        Instant taken) {
}
