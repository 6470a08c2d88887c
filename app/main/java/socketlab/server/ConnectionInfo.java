package socketlab.server;

import java.time.Instant;
import socketlab.net.SocketPair;

/** A snapshot of one connection a server holds open: its socket pair, state and byte counts. */
public record ConnectionInfo(long id, SocketPair pair, Instant opened, State state, long bytesRead,
        long bytesWritten) {

    /** Where the connection is in the server's life. */
    public enum State {
        /** Accepted, but no handler runs it yet: the server waits for a permit, or is busy (iterative). */
        WAITING,
        /** A handler is serving it. */
        ACTIVE
    }
}
