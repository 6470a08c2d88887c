package socketlab.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import socketlab.net.SocketPair;

/**
 * One socket returned by accept, as the server holds it: counts its bytes, reports reads and writes, and remembers
 * why it was closed when something other than its handler closed it. Reads and writes block plainly, as the C
 * server's do; the server's watchdog ({@link #overdue}) is what closes a connection that stopped making progress.
 */
final class ServedConnection {
    /** What the handler is blocked in, for the watchdog to name why a connection made no progress. */
    private static final int IN_NOTHING = 0;
    private static final int IN_READ = 1;
    private static final int IN_WRITE = 2;
    /** The most a waiting client's early bytes are kept while the server looks whether it hung up. */
    private static final int EARLY_BYTES_MAX = 16 * 1024;

    private final long id;
    private final Socket socket;
    private final SocketPair pair;
    private final Instant opened = Instant.now();
    private final Consumer<ServerEvent> events;
    private final Consumer<ServerEvent> reports;
    private final Traffic totals;

    /** A server's byte counters over all its connections. */
    record Traffic(java.util.concurrent.atomic.LongAdder read, java.util.concurrent.atomic.LongAdder written) {
    }
    private final InputStream in;
    private final OutputStream out;
    private final AtomicReference<CloseReason> closedBecause = new AtomicReference<>();
    private volatile ConnectionInfo.State state = ConnectionInfo.State.WAITING;
    // Set by the accept loop when it takes a semaphore permit for this connection, cleared by whoever gives it back,
    // so a permit is released exactly once whatever path the connection ends on.
    private final AtomicBoolean holdsPermit = new AtomicBoolean();
    // Written only by the thread serving the connection, read by anyone taking a snapshot.
    private volatile long bytesRead;
    private volatile long bytesWritten;
    // Bumped on every read or write that moved bytes: the watchdog compares it between its rounds, so the data path
    // pays for no clock.
    private volatile long progress;
    private volatile int blockedIn = IN_NOTHING;
    private volatile long activatedNanos;
    // The watchdog's own bookkeeping, touched only by its thread.
    private long watchSeen = -1;
    private long watchSince;
    // Bytes a client sent while it waited for a permit, read while looking whether it hung up; the handler gets them
    // first. Touched by the accept loop before the handler starts, then by the handler only.
    private byte[] early;
    private int earlyFrom;
    private int earlyTo;

    /**
     * @param dataEvents where to publish an event per read and write, or null when nobody wants them (then no event
     *                   is made and no clock is read on the data path)
     * @param reports    where the handler's own reports go (an HTTP exchange): always published, because they are
     *                   one per request, not one per read
     * @param totals     the server's byte counters, added to on every read and write
     */
    ServedConnection(long id, Socket socket, Consumer<ServerEvent> dataEvents, Consumer<ServerEvent> reports,
            Traffic totals) throws IOException {
        this.id = id;
        this.socket = socket;
        this.pair = SocketPair.ofAccepted(socket);
        this.events = dataEvents;
        this.reports = reports;
        this.totals = totals;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    long id() {
        return id;
    }

    SocketPair pair() {
        return pair;
    }

    void activate() {
        activatedNanos = System.nanoTime();
        state = ConnectionInfo.State.ACTIVE;
    }

    /** True once a handler has started on the connection. */
    boolean isActive() {
        return state == ConnectionInfo.State.ACTIVE;
    }

    void tookPermit() {
        holdsPermit.set(true);
    }

    /** True exactly once after {@link #tookPermit()}: the caller must then release the permit. */
    boolean givePermitBack() {
        return holdsPermit.compareAndSet(true, false);
    }

    /** Reads into {@code buffer}; returns -1 at end of stream, as read(2) returns 0. Blocks until bytes arrive. */
    int read(byte[] buffer) throws IOException {
        int n;
        if (earlyTo > earlyFrom) {
            n = Math.min(buffer.length, earlyTo - earlyFrom);
            System.arraycopy(early, earlyFrom, buffer, 0, n);
            earlyFrom += n;
        } else {
            blockedIn = IN_READ;
            try {
                n = in.read(buffer);
            } finally {
                blockedIn = IN_NOTHING;
            }
        }
        if (n > 0) {
            progress++;
            bytesRead += n;
            totals.read().add(n);
            if (events != null) {
                events.accept(new ServerEvent.BytesRead(Instant.now(), id, n));
            }
        }
        return n;
    }

    /** Writes all {@code length} bytes: the stream loops over partial writes, as a C full-write loop does. */
    void write(byte[] buffer, int offset, int length) throws IOException {
        blockedIn = IN_WRITE;
        try {
            out.write(buffer, offset, length);
        } finally {
            blockedIn = IN_NOTHING;
        }
        progress++;
        bytesWritten += length;
        totals.written().add(length);
        if (events != null) {
            events.accept(new ServerEvent.BytesWritten(Instant.now(), id, length));
        }
    }

    /**
     * For the watchdog, once per round: why this connection should be closed now, or null. A handler blocked in a
     * read or a write that has moved no bytes for {@code idleNanos} is idle (a write counts: a client that sends
     * but never reads stalls the server's write once its receive window is full); one served for longer than
     * {@code maxNanos} (when positive) is past its time.
     */
    CloseReason overdue(long now, long idleNanos, long maxNanos) {
        if (state != ConnectionInfo.State.ACTIVE) {
            return null;
        }
        if (maxNanos > 0 && now - activatedNanos > maxNanos) {
            return CloseReason.TIME_LIMIT;
        }
        long p = progress;
        if (p != watchSeen) {
            watchSeen = p;
            watchSince = now;
            return null;
        }
        int in = blockedIn;
        if (in == IN_NOTHING || now - watchSince < idleNanos) {
            return null;
        }
        return in == IN_WRITE ? CloseReason.STOPPED_READING : CloseReason.IDLE_TIMEOUT;
    }

    /**
     * For a client waiting for a permit: whether it has hung up (or reset) meanwhile. Looks without blocking for
     * long, keeping any bytes it already sent for its handler; once that keep is full it can no longer tell and
     * says no.
     */
    boolean hungUpWhileWaiting() {
        if (socket.isClosed()) {
            return true;
        }
        if (early == null) {
            early = new byte[EARLY_BYTES_MAX];
        }
        if (earlyTo == early.length) {
            return false;
        }
        try {
            socket.setSoTimeout(1);
            try {
                int n = in.read(early, earlyTo, early.length - earlyTo);
                if (n < 0) {
                    return true;
                }
                earlyTo += n;
                return false;
            } finally {
                socket.setSoTimeout(0);
            }
        } catch (java.net.SocketTimeoutException e) {
            return false; // nothing sent, still connected
        } catch (IOException e) {
            return true; // reset, or broken: it will not be served
        }
    }

    /** Reports something the handler did on this connection, as the server's other events are reported. */
    void report(ServerEvent event) {
        reports.accept(event);
    }

    /** Bytes that can be read now without blocking. */
    int available() throws IOException {
        return in.available();
    }

    /** Sends FIN after what was written (shutdown(SHUT_WR)); the client's bytes can still be read. */
    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** Closes the socket from outside the handler (the lab, a stop); the first reason given is kept. */
    void closeBecause(CloseReason reason) {
        closedBecause.compareAndSet(null, reason);
        closeQuietly();
    }

    /** The reason recorded by {@link #closeBecause}, or null when the handler's own outcome stands. */
    CloseReason externalReason() {
        return closedBecause.get();
    }

    boolean isClosed() {
        return socket.isClosed();
    }

    void closeQuietly() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a TCP socket fails only if it is already broken; it is released either way.
        }
    }

    long bytesRead() {
        return bytesRead;
    }

    long bytesWritten() {
        return bytesWritten;
    }

    ConnectionInfo snapshot() {
        return new ConnectionInfo(id, pair, opened, state, bytesRead, bytesWritten);
    }
}
