package socketlab.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import socketlab.net.Addresses;
import socketlab.net.Endpoint;
import socketlab.net.LabConnection;
import socketlab.net.NetErrors;

/**
 * One TCP client, step by step as the lectures' client makes them: resolve the host, create a socket, connect
 * (the kernel chooses the local ephemeral port), write and read, close. Every step is told to the listener on the
 * calling thread, every failure is a {@link ClientFailure} in plain words. One thread talks at a time; {@link
 * #close()} may be called from any thread, and ends a connect or read in progress.
 */
public final class LabClient implements AutoCloseable {
    static final int READ_BUFFER = 8 * 1024;
    /** The longest reply line kept while waiting for its newline. */
    static final int MAX_LINE = 1024 * 1024;
    static final String CLOSED_BEFORE_DATA = "closed before any data: the server sent nothing";

    private enum State { NEW, CONNECTING, CONNECTED, CLOSED }

    private final ClientSpec spec;
    private final Consumer<ClientEvent> listener;
    private final HostLookup.NameResolver resolver;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final Object lock = new Object();
    private State state = State.NEW;
    private Socket socket;
    private Endpoint local;
    private Endpoint remote;
    private Instant opened;
    private InputStream in;
    private OutputStream out;
    private volatile boolean endOfStream;
    /** Bytes read after the newline of the last reply line: the start of the next one. */
    private byte[] pending = new byte[0];

    /** A client that will connect as {@code spec} says, telling each step to {@code listener}. */
    public LabClient(ClientSpec spec, Consumer<ClientEvent> listener) {
        this(spec, listener, HostLookup.NameResolver.SYSTEM);
    }

    LabClient(ClientSpec spec, Consumer<ClientEvent> listener, HostLookup.NameResolver resolver) {
        this.spec = spec;
        this.listener = listener == null ? e -> { } : listener;
        this.resolver = resolver;
    }

    public ClientSpec spec() {
        return spec;
    }

    /**
     * Resolves the host and connects to its addresses in turn until one accepts, as {@code getaddrinfo} and a
     * connect loop do. Each lookup and each connect attempt may take the connect timeout.
     *
     * @throws ClientFailure when no address could be connected, with the reason of the last attempt
     */
    public void connect() throws ClientFailure {
        synchronized (lock) {
            if (state != State.NEW) {
                throw new IllegalStateException("a client connects once");
            }
            state = State.CONNECTING;
        }
        List<InetAddress> addresses = resolve();
        ClientFailure last = null;
        List<String> tried = new ArrayList<>();
        for (InetAddress address : addresses) {
            tried.add(Addresses.toText(address));
            try {
                attempt(address);
                return;
            } catch (ClientFailure f) {
                last = f;
                if (isClosed()) {
                    throw f;
                }
            }
        }
        if (tried.size() > 1) {
            throw new ClientFailure(ClientStep.CONNECT, last.getMessage() + " (tried " + String.join(", ", tried)
                    + ")", last.getCause());
        }
        throw last;
    }

    private List<InetAddress> resolve() throws ClientFailure {
        try {
            List<InetAddress> found = HostLookup.addresses(spec.host(), spec.connectTimeout(), resolver);
            emit(new ClientEvent.Resolved(Instant.now(), spec.host(), found));
            return found;
        } catch (ClientFailure f) {
            throw fail(ClientStep.RESOLVE, f.getMessage(), f.getCause());
        }
    }

    private void attempt(InetAddress address) throws ClientFailure {
        Socket s = new Socket();
        synchronized (lock) {
            if (state == State.CLOSED) {
                throw fail(ClientStep.CONNECT, "closed before the connection was made", null);
            }
            socket = s;
        }
        emit(new ClientEvent.SocketOpened(Instant.now(), address));
        Endpoint target = new Endpoint(address, spec.port());
        try {
            s.setSoTimeout(millis(spec.readTimeout()));
            s.connect(target.toSocketAddress(), millis(spec.connectTimeout()));
            synchronized (lock) {
                if (state == State.CLOSED) {
                    throw new IOException("closed while connecting");
                }
                local = Endpoint.of(s.getLocalSocketAddress());
                remote = Endpoint.of(s.getRemoteSocketAddress());
                in = s.getInputStream();
                out = s.getOutputStream();
                opened = Instant.now();
                state = State.CONNECTED;
            }
            emit(new ClientEvent.Connected(opened, local, remote));
        } catch (IOException e) {
            closeQuietly(s);
            if (isClosed()) {
                throw fail(ClientStep.CONNECT, "closed before the connection was made", e);
            }
            String reason = e instanceof SocketTimeoutException
                    ? "timed out: " + target + " did not answer within " + seconds(spec.connectTimeout())
                    : NetErrors.connectionFailure(e);
            throw fail(ClientStep.CONNECT, reason, e);
        }
    }

    /** Writes all of {@code bytes}. */
    public void send(byte[] bytes) throws ClientFailure {
        OutputStream o = connectedOut();
        try {
            o.write(bytes);
            o.flush();
        } catch (IOException e) {
            throw ioFailure(ClientStep.WRITE, e, null);
        }
        sent.addAndGet(bytes.length);
        emit(new ClientEvent.Sent(Instant.now(), bytes.clone()));
    }

    /**
     * Sends {@code line} with a newline (unless it ends with one already) and reads the reply line, as the echo
     * client does; the reply may take several reads.
     *
     * @return the reply, its newline included
     */
    public byte[] sendLine(String line) throws ClientFailure {
        send((line.endsWith("\n") ? line : line + "\n").getBytes(StandardCharsets.UTF_8));
        return readLine();
    }

    /** Reads up to and including the next newline; bytes after it are kept for the next call. */
    public byte[] readLine() throws ClientFailure {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[READ_BUFFER];
        byte[] chunk = pending;
        pending = new byte[0];
        while (true) {
            int newline = indexOf(chunk, (byte) '\n');
            if (newline >= 0) {
                line.write(chunk, 0, newline + 1);
                pending = Arrays.copyOfRange(chunk, newline + 1, chunk.length);
                return line.toByteArray();
            }
            line.write(chunk, 0, chunk.length);
            if (line.size() > MAX_LINE) {
                throw fail(ClientStep.READ, "the reply has no newline in its first " + MAX_LINE
                        + " bytes; stopped reading", null);
            }
            int n = read(buffer, line.size());
            if (n < 0) {
                throw fail(ClientStep.READ, line.size() == 0
                        ? "the server closed the connection without replying"
                        : "the server closed the connection in the middle of its reply (" + line.size()
                                + " bytes, no newline)", null);
            }
            chunk = Arrays.copyOf(buffer, n);
        }
    }

    /**
     * Reads until the server closes its end; each read is told to the listener as it arrives.
     *
     * @return the number of bytes read
     * @throws ClientFailure also when the server closed without sending anything
     */
    public long readToEof() throws ClientFailure {
        byte[] buffer = new byte[READ_BUFFER];
        long before = received.get() - pending.length;
        pending = new byte[0];
        while (read(buffer, received.get()) >= 0) {
            // each read has been told to the listener
        }
        if (received.get() == 0) {
            throw fail(ClientStep.READ, CLOSED_BEFORE_DATA, null);
        }
        return received.get() - before;
    }

    /** Sends {@code GET path HTTP/1.0} and two line ends, written by hand, then reads the reply until EOF. */
    public long httpGet(String path) throws ClientFailure {
        send(HttpGet.request(path));
        return readToEof();
    }

    /** One read: the number of bytes, or -1 at EOF; {@code soFar}, the bytes so far, words a timeout. */
    private int read(byte[] buffer, long soFar) throws ClientFailure {
        InputStream i = connectedIn();
        int n;
        try {
            n = i.read(buffer);
        } catch (IOException e) {
            throw ioFailure(ClientStep.READ, e, soFar);
        }
        if (n < 0) {
            endOfStream = true;
            emit(new ClientEvent.EndOfStream(Instant.now()));
            return -1;
        }
        received.addAndGet(n);
        emit(new ClientEvent.Received(Instant.now(), Arrays.copyOf(buffer, n)));
        return n;
    }

    private ClientFailure ioFailure(ClientStep step, IOException e, Long soFar) {
        if (isClosed()) {
            return fail(step, "closed by this client", e);
        }
        if (e instanceof SocketTimeoutException) {
            String waited = seconds(spec.readTimeout());
            return fail(step, soFar == null || soFar == 0
                    ? "timed out: nothing arrived within " + waited + " and the server did not close"
                    : "timed out: " + soFar + " bytes arrived, then nothing for " + waited
                            + ", and the server did not close", e);
        }
        return fail(step, NetErrors.connectionFailure(e), e);
    }

    private ClientFailure fail(ClientStep step, String reason, Throwable cause) {
        if (!isClosed()) {
            // Closing on purpose ends a pending call, which is no failure worth telling.
            emit(new ClientEvent.Failed(Instant.now(), step, reason));
        }
        return new ClientFailure(step, reason, cause);
    }

    private InputStream connectedIn() {
        synchronized (lock) {
            if (state != State.CONNECTED && state != State.CLOSED || in == null) {
                throw new IllegalStateException("not connected");
            }
            return in;
        }
    }

    private OutputStream connectedOut() {
        synchronized (lock) {
            if (state != State.CONNECTED && state != State.CLOSED || out == null) {
                throw new IllegalStateException("not connected");
            }
            return out;
        }
    }

    /** Closes the socket; a connect or read in progress on another thread ends with "closed by this client". */
    @Override
    public void close() {
        Socket s;
        boolean wasConnected;
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            wasConnected = state == State.CONNECTED;
            state = State.CLOSED;
            s = socket;
        }
        if (s != null) {
            closeQuietly(s);
        }
        if (wasConnected) {
            emit(new ClientEvent.Closed(Instant.now(), sent.get(), received.get()));
        }
    }

    public boolean isClosed() {
        synchronized (lock) {
            return state == State.CLOSED;
        }
    }

    /** True once connected and until closed. */
    public boolean isConnected() {
        synchronized (lock) {
            return state == State.CONNECTED;
        }
    }

    /** True once a read returned 0: the server closed its end. */
    public boolean sawEndOfStream() {
        return endOfStream;
    }

    /** This end: the address and the ephemeral port the kernel chose; null until connected. */
    public Endpoint localEndpoint() {
        synchronized (lock) {
            return local;
        }
    }

    /** The server's end; null until connected. */
    public Endpoint remoteEndpoint() {
        synchronized (lock) {
            return remote;
        }
    }

    public long bytesSent() {
        return sent.get();
    }

    public long bytesReceived() {
        return received.get();
    }

    /**
     * The connection as the lab lists it, or null when not connected now.
     *
     * @param key   unique among the lab's connections
     * @param owner this client in words, e.g. "client #2 (line mode)"
     */
    public LabConnection labConnection(String key, String owner) {
        synchronized (lock) {
            if (state != State.CONNECTED) {
                return null;
            }
            String now = endOfStream ? "server closed its end (EOF)" : "connected";
            return new LabConnection(key, owner, local, remote, now, received.get(), sent.get(), opened);
        }
    }

    private void emit(ClientEvent event) {
        listener.accept(event);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    /** "5 s", or "1500 ms" when not whole seconds. */
    static String seconds(Duration d) {
        long s = d.toSeconds();
        return s * 1000 == d.toMillis() ? s + " s" : d.toMillis() + " ms";
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // The socket is released whether or not close reports a problem.
        }
    }

    @Override
    public String toString() {
        Endpoint l = localEndpoint();
        return "LabClient[" + spec.host() + ":" + spec.port() + (l == null ? "" : ", local " + l) + "]";
    }
}
