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
 * why it was closed when something other than its handler closed it.
 */
final class ServedConnection {
    private final long id;
    private final Socket socket;
    private final SocketPair pair;
    private final Instant opened = Instant.now();
    private final Consumer<ServerEvent> events;
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

    ServedConnection(long id, Socket socket, Consumer<ServerEvent> events) throws IOException {
        this.id = id;
        this.socket = socket;
        this.pair = SocketPair.ofAccepted(socket);
        this.events = events;
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

    /** Reads into {@code buffer}; returns -1 at end of stream, as read(2) returns 0. */
    int read(byte[] buffer) throws IOException {
        int n = in.read(buffer);
        if (n > 0) {
            bytesRead += n;
            events.accept(new ServerEvent.BytesRead(Instant.now(), id, n));
        }
        return n;
    }

    /** Writes all {@code length} bytes: the stream loops over partial writes, as a C full-write loop does. */
    void write(byte[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length);
        bytesWritten += length;
        events.accept(new ServerEvent.BytesWritten(Instant.now(), id, length));
    }

    /** Reports something the handler did on this connection, as the server's other events are reported. */
    void report(ServerEvent event) {
        events.accept(event);
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

    void setReadTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
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
