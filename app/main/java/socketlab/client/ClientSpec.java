package socketlab.client;

import java.time.Duration;
import java.util.Objects;
import socketlab.net.Ports;

/**
 * Where a client connects and how long it waits.
 *
 * @param connectTimeout how long the lookup and connect may take: connect can hang when nobody answers
 * @param readTimeout    how long one read waits for bytes before the client gives up
 */
public record ClientSpec(Host host, int port, Duration connectTimeout, Duration readTimeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public ClientSpec {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (port < 1 || port > Ports.MAX) {
            throw new IllegalArgumentException("port must be from 1 to 65535: " + port);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** Connect and read timeouts of {@link #DEFAULT_TIMEOUT} each. */
    public static ClientSpec of(Host host, int port) {
        return new ClientSpec(host, port, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    /** The same timeout for connect and for each read. */
    public ClientSpec withTimeout(Duration timeout) {
        return new ClientSpec(host, port, timeout, timeout);
    }
}
