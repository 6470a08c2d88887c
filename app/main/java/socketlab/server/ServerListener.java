package socketlab.server;

import java.util.function.Consumer;

/**
 * A server listener that says whether it wants an event for every read and write. The server makes those events
 * (and reads the clock for them) only when some listener does, so a server nobody watches byte by byte, such as the
 * command line's, pays nothing per read and write beyond the C server's own work. A plain
 * {@code Consumer<ServerEvent>} gets every event.
 */
public interface ServerListener extends Consumer<ServerEvent> {

    /** Whether to publish {@link ServerEvent.BytesRead} and {@link ServerEvent.BytesWritten}; yes unless overridden. */
    default boolean wantsDataEvents() {
        return true;
    }

    /** A listener for every event except reads and writes. */
    static ServerListener withoutData(Consumer<ServerEvent> listener) {
        return new ServerListener() {
            @Override
            public void accept(ServerEvent e) {
                listener.accept(e);
            }

            @Override
            public boolean wantsDataEvents() {
                return false;
            }
        };
    }
}
