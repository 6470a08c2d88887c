package socketlab.server;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import socketlab.net.Addresses;
import socketlab.net.Endpoint;
import socketlab.net.Ports;

/**
 * Everything that defines a lab server before it starts.
 *
 * @param permits      the semaphore's permits; used only in {@link Mode#SEMAPHORE}
 * @param threads      which threads run handlers in the threaded modes
 * @param port         0 lets the kernel choose a free port
 * @param backlog      the listen backlog; the kernel may cap it (Linux: net.core.somaxconn)
 * @param uppercase    echo lines back in upper case, as the CMU echo server variant does
 * @param idleTimeout  how long a client may stay silent before the server closes it
 * @param maxLineBytes the longest line the echo server buffers; longer lines are echoed in pieces
 * @param maxConnectionTime close a connection served for longer than this; {@link Duration#ZERO} for no limit
 * @param maxHandlers  threaded mode's cap on handlers running at once: beyond it new clients wait, as in semaphore
 *                     mode, so a flood cannot use up the machine's threads and descriptors
 */
public record ServerConfig(ServerKind kind, Mode mode, int permits, ThreadKind threads, InetAddress bindAddress,
        int port, int backlog, boolean uppercase, Duration idleTimeout, int maxLineBytes, Duration maxConnectionTime,
        int maxHandlers) {

    public static final int DEFAULT_PERMITS = 16;
    public static final int MAX_PERMITS = 10_000;
    /** As CS:APP's LISTENQ: a burst of 1,000 clients must fit, or the kernel drops handshakes and clients retry. */
    public static final int DEFAULT_BACKLOG = 1024;
    public static final int MAX_BACKLOG = 65_535;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;
    /** Generous for any lesson (a burst of 1,000 clients is served at once), yet a limit. */
    public static final int DEFAULT_MAX_HANDLERS = 1000;
    public static final int MAX_HANDLERS = 100_000;

    /** A configuration without a connection time limit and with the default handler cap. */
    public ServerConfig(ServerKind kind, Mode mode, int permits, ThreadKind threads, InetAddress bindAddress,
            int port, int backlog, boolean uppercase, Duration idleTimeout, int maxLineBytes) {
        this(kind, mode, permits, threads, bindAddress, port, backlog, uppercase, idleTimeout, maxLineBytes,
                Duration.ZERO, DEFAULT_MAX_HANDLERS);
    }

    public ServerConfig {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(threads, "threads");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (permits < 1 || permits > MAX_PERMITS) {
            throw new IllegalArgumentException("permits must be from 1 to " + MAX_PERMITS + ": " + permits);
        }
        if (port < 0 || port > Ports.MAX) {
            throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
        }
        if (backlog < 1 || backlog > MAX_BACKLOG) {
            throw new IllegalArgumentException("backlog must be from 1 to " + MAX_BACKLOG + ": " + backlog);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive: " + idleTimeout);
        }
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        Objects.requireNonNull(maxConnectionTime, "maxConnectionTime");
        if (maxConnectionTime.isNegative()) {
            throw new IllegalArgumentException("connection time limit must not be negative: " + maxConnectionTime);
        }
        if (maxHandlers < 1 || maxHandlers > MAX_HANDLERS) {
            throw new IllegalArgumentException("maxHandlers must be from 1 to " + MAX_HANDLERS + ": " + maxHandlers);
        }
    }

    /** A server of the given kind on 127.0.0.1, a kernel-chosen port, thread per connection, platform threads. */
    public static ServerConfig defaults(ServerKind kind) {
        return new ServerConfig(kind, Mode.THREADED, DEFAULT_PERMITS, ThreadKind.PLATFORM,
                Addresses.parseLiteral("127.0.0.1").value(), 0, DEFAULT_BACKLOG, false, DEFAULT_IDLE_TIMEOUT,
                DEFAULT_MAX_LINE_BYTES);
    }

    public ServerConfig withKind(ServerKind k) {
        return new ServerConfig(k, mode, permits, threads, bindAddress, port, backlog, uppercase, idleTimeout,
                maxLineBytes, maxConnectionTime, maxHandlers);
    }

    public ServerConfig withMode(Mode m) {
        return new ServerConfig(kind, m, permits, threads, bindAddress, port, backlog, uppercase, idleTimeout,
                maxLineBytes, maxConnectionTime, maxHandlers);
    }

    public ServerConfig withPermits(int p) {
        return new ServerConfig(kind, mode, p, threads, bindAddress, port, backlog, uppercase, idleTimeout,
                maxLineBytes, maxConnectionTime, maxHandlers);
    }

    public ServerConfig withThreads(ThreadKind t) {
        return new ServerConfig(kind, mode, permits, t, bindAddress, port, backlog, uppercase, idleTimeout,
                maxLineBytes, maxConnectionTime, maxHandlers);
    }

    public ServerConfig withBindAddress(InetAddress a) {
        return new ServerConfig(kind, mode, permits, threads, a, port, backlog, uppercase, idleTimeout,
                maxLineBytes, maxConnectionTime, maxHandlers);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(kind, mode, permits, threads, bindAddress, p, backlog, uppercase, idleTimeout,
                maxLineBytes, maxConnectionTime, maxHandlers);
    }

    public ServerConfig withBacklog(int b) {
        return new ServerConfig(kind, mode, permits, threads, bindAddress, port, b, uppercase, idleTimeout,
                maxLineBytes, maxConnectionTime, maxHandlers);
    }

    public ServerConfig withUppercase(boolean u) {
        return new ServerConfig(kind, mode, permits, threads, bindAddress, port, backlog, u, idleTimeout,
                maxLineBytes, maxConnectionTime, maxHandlers);
    }

    public ServerConfig withIdleTimeout(Duration d) {
        return new ServerConfig(kind, mode, permits, threads, bindAddress, port, backlog, uppercase, d,
                maxLineBytes, maxConnectionTime, maxHandlers);
    }

    public ServerConfig withMaxLineBytes(int n) {
        return new ServerConfig(kind, mode, permits, threads, bindAddress, port, backlog, uppercase, idleTimeout,
                n, maxConnectionTime, maxHandlers);
    }

    public ServerConfig withMaxConnectionTime(Duration d) {
        return new ServerConfig(kind, mode, permits, threads, bindAddress, port, backlog, uppercase, idleTimeout,
                maxLineBytes, d, maxHandlers);
    }

    public ServerConfig withMaxHandlers(int n) {
        return new ServerConfig(kind, mode, permits, threads, bindAddress, port, backlog, uppercase, idleTimeout,
                maxLineBytes, maxConnectionTime, n);
    }

    /** The address and port the server asks to bind. */
    public Endpoint requestedEndpoint() {
        return new Endpoint(bindAddress, port);
    }

    /** True when the server would listen on any address but loopback, so other machines can reach it. */
    public boolean exposed() {
        return !bindAddress.isLoopbackAddress();
    }

    /**
     * Who besides this machine can connect, for a warning: empty for a loopback address; otherwise one sentence such
     * as "listening on all interfaces, so other machines on the network can connect to this server".
     */
    public String exposureWarning() {
        if (!exposed()) {
            return "";
        }
        if (Addresses.isWildcard(bindAddress)) {
            return "listening on all interfaces, so other machines on the network can connect to this server";
        }
        return "listening on " + new Endpoint(bindAddress, 0).host() + ", an address other machines can reach, so"
                + " they can connect to this server";
    }

    /** A short description such as "echo, semaphore (16 permits), virtual threads". */
    public String describe() {
        StringBuilder sb = new StringBuilder(kind.id());
        if (kind == ServerKind.ECHO && uppercase) {
            sb.append(" (uppercase)");
        }
        sb.append(", ").append(mode.id());
        if (mode == Mode.SEMAPHORE) {
            sb.append(" (").append(permits).append(" permits)");
        }
        if (mode == Mode.THREADED && maxHandlers != DEFAULT_MAX_HANDLERS) {
            sb.append(" (at most ").append(maxHandlers).append(" at once)");
        }
        if (mode != Mode.ITERATIVE) {
            sb.append(", ").append(threads.id()).append(" threads");
        }
        return sb.toString();
    }
}
