package socketlab.client;

import java.time.Duration;
import java.util.Objects;
import socketlab.net.Endpoint;

/**
 * What a burst of clients does: how many clients connect to which server, how many at once, and the time limits
 * that keep every client, and the burst as a whole, bounded.
 *
 * @param target         the server's address and port (already resolved)
 * @param clients        how many clients connect in all
 * @param concurrency    the most clients connected at the same time
 * @param mode           what each client does once connected
 * @param connectTimeout how long one client waits for connect to finish
 * @param readTimeout    how long one client waits for each read
 * @param deadline       the longest the whole burst may run; clients still running then are stopped
 */
public record BurstSpec(Endpoint target, int clients, int concurrency, BurstMode mode, Duration connectTimeout,
        Duration readTimeout, Duration deadline) {

    public static final int MAX_CLIENTS = 100_000;
    public static final int MAX_CONCURRENCY = 10_000;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(2);

    public BurstSpec {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(deadline, "deadline");
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("clients must be from 1 to " + MAX_CLIENTS + ": " + clients);
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency must be from 1 to " + MAX_CONCURRENCY + ": "
                    + concurrency);
        }
        if (!isPositive(connectTimeout) || !isPositive(readTimeout) || !isPositive(deadline)) {
            throw new IllegalArgumentException("timeouts and the deadline must be positive");
        }
    }

    /** A burst with the default time limits: connect 5 s, each read 10 s, the whole burst 2 minutes. */
    public static BurstSpec of(Endpoint target, int clients, int concurrency, BurstMode mode) {
        return new BurstSpec(target, clients, concurrency, mode, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_DEADLINE);
    }

    public BurstSpec withConnectTimeout(Duration d) {
        return new BurstSpec(target, clients, concurrency, mode, d, readTimeout, deadline);
    }

    public BurstSpec withReadTimeout(Duration d) {
        return new BurstSpec(target, clients, concurrency, mode, connectTimeout, d, deadline);
    }

    public BurstSpec withDeadline(Duration d) {
        return new BurstSpec(target, clients, concurrency, mode, connectTimeout, readTimeout, d);
    }

    private static boolean isPositive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }
}
