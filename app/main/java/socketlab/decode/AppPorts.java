package socketlab.decode;

import java.util.HashMap;
import java.util.Map;

/**
 * The ports of the lab's running servers and what they speak, so that a capture decodes their traffic as HTTP or
 * as the lab's own text lines although the port is not a well-known one. The server side registers a port when a
 * server starts and removes it when the server stops; each decoded frame keeps the ports as they were when it was
 * decoded, so decoding its fields again later gives the same layers.
 */
public final class AppPorts {
    private static volatile Map<Integer, Protocol> current = Map.of();

    private AppPorts() {
    }

    /**
     * Decodes TCP traffic to or from {@code port} as {@code protocol} from now on.
     *
     * @param protocol {@link Protocol#HTTP} for a lab web server, {@link Protocol#LAB} for a hello, echo or time
     *                 server
     */
    public static synchronized void register(int port, Protocol protocol) {
        if (protocol != Protocol.HTTP && protocol != Protocol.LAB) {
            throw new IllegalArgumentException("only HTTP and the lab's text protocols are registered by port");
        }
        Map<Integer, Protocol> next = new HashMap<>(current);
        next.put(port, protocol);
        current = Map.copyOf(next);
    }

    /** Stops decoding {@code port} as what it was registered for. */
    public static synchronized void unregister(int port) {
        Map<Integer, Protocol> next = new HashMap<>(current);
        next.remove(port);
        current = Map.copyOf(next);
    }

    /** The registered ports now (an immutable snapshot). */
    public static Map<Integer, Protocol> current() {
        return current;
    }
}
