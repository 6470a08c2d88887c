package socketlab.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import socketlab.net.Endpoint;
import socketlab.net.LabConnection;
import socketlab.net.NetErrors;

/**
 * Many clients against one server: at most {@code concurrency} of them connected at once, each connecting, talking
 * as its {@link BurstMode} says and closing, with its latency and outcome recorded. Clients run on named virtual
 * threads; every client is bounded by the connect and read timeouts and the whole burst by its deadline, after which
 * the clients still connected are closed. One instance runs one burst.
 */
public final class ClientBurst {
    private static final System.Logger LOG = System.getLogger(ClientBurst.class.getName());
    private static final AtomicInteger BURSTS = new AtomicInteger();
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final int READ_BUFFER = 4 * 1024;
    static final String CANCELLED = "cancelled before it finished";

    private final BurstSpec spec;
    private final BurstProgress progress;
    private final AtomicReferenceArray<ClientResult> results;
    private final AtomicInteger nextClient = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final Map<Socket, Live> open = new ConcurrentHashMap<>();
    /** Once set, no client starts any more and this is every unfinished client's failure. */
    private final AtomicReference<String> stopReason = new AtomicReference<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final String threadPrefix = "socketlab-burst-" + BURSTS.incrementAndGet() + "-client-";
    private long startNanos;

    public ClientBurst(BurstSpec spec, BurstProgress progress) {
        this.spec = spec;
        this.progress = progress == null ? BurstProgress.NONE : progress;
        this.results = new AtomicReferenceArray<>(spec.clients());
    }

    public BurstSpec spec() {
        return spec;
    }

    /** Clients finished so far. */
    public int finished() {
        return finished.get();
    }

    /**
     * The clients connected now, as the lab lists its connections: keys {@code key + "/" + n} and owners such as
     * {@code owner + " · client #17"}, numbered from 1.
     */
    public List<LabConnection> labConnections(String key, String owner) {
        List<LabConnection> list = new ArrayList<>();
        for (Live c : open.values()) {
            LabConnection lc = c.snapshot(key, owner);
            if (lc != null) {
                list.add(lc);
            }
        }
        return list;
    }

    /**
     * Runs the burst on this thread's behalf and returns when every client has finished, failed or been stopped.
     *
     * @throws InterruptedException when the calling thread is interrupted; the clients are stopped first
     */
    public BurstResult run() throws InterruptedException {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a burst runs once");
        }
        startNanos = System.nanoTime();
        int workers = Math.min(spec.concurrency(), spec.clients());
        List<Thread> threads = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            threads.add(Thread.ofVirtual().name(threadPrefix + w).start(this::work));
        }
        long deadline = startNanos + spec.deadline().toNanos();
        try {
            for (Thread t : threads) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !t.join(Duration.ofNanos(left))) {
                    stop("the burst's time limit of " + seconds(spec.deadline()) + " was reached");
                    break;
                }
            }
        } catch (InterruptedException e) {
            stop(CANCELLED);
            awaitStopped(threads);
            throw e;
        }
        awaitStopped(threads);
        long end = System.nanoTime();
        List<ClientResult> list = new ArrayList<>(spec.clients());
        for (int i = 0; i < spec.clients(); i++) {
            ClientResult r = results.get(i);
            // A client still unrecorded here never started, or its thread did not end in the grace time.
            list.add(r != null ? r : new ClientResult(i, end - startNanos, end - startNanos, stopReasonOr(CANCELLED)));
        }
        return BurstResult.of(list, Duration.ofNanos(end - startNanos));
    }

    /** Stops the burst: no further client starts, and connected clients are closed and counted as cancelled. */
    public void cancel() {
        stop(CANCELLED);
    }

    private void stop(String reason) {
        stopReason.compareAndSet(null, reason);
        for (Socket s : open.keySet()) {
            closeQuietly(s);
        }
    }

    private void awaitStopped(List<Thread> threads) throws InterruptedException {
        long until = System.nanoTime() + STOP_GRACE.toNanos();
        for (Thread t : threads) {
            long left = until - System.nanoTime();
            if (left > 0) {
                t.join(Duration.ofNanos(left));
            }
            if (t.isAlive()) {
                // A socket close unblocks every read and connect, so this means a stuck thread: say so.
                LOG.log(Level.WARNING, "burst client thread " + t.getName() + " did not stop in time");
            }
        }
    }

    private void work() {
        while (stopReason.get() == null) {
            int i = nextClient.getAndIncrement();
            if (i >= spec.clients()) {
                return;
            }
            ClientResult r = runClient(i);
            results.set(i, r);
            int done = finished.incrementAndGet();
            try {
                progress.update(done, spec.clients());
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "burst progress listener failed", e);
            }
        }
    }

    private ClientResult runClient(int client) {
        long started = System.nanoTime() - startNanos;
        String failure;
        Socket socket = new Socket();
        Live live = new Live(client);
        open.put(socket, live);
        try (socket) {
            if (stopReason.get() != null) {
                failure = stopReason.get(); // stopped between taking the client and registering its socket
            } else {
                socket.setSoTimeout(millis(spec.readTimeout()));
                socket.connect(spec.target().toSocketAddress(), millis(spec.connectTimeout()));
                live.connected(socket);
                failure = switch (spec.mode()) {
                    case EOF -> readToEof(socket, live);
                    case ECHO -> echoOneLine(socket, client, live);
                    case HTTP -> httpGet(socket, live);
                };
            }
        } catch (IOException e) {
            failure = stopReasonOr(NetErrors.connectionFailure(e));
        } finally {
            open.remove(socket);
        }
        return new ClientResult(client, started, System.nanoTime() - startNanos, failure);
    }

    /** Reads until the server closes; a server that closes without sending anything is a failure. */
    private static String readToEof(Socket socket, Live live) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[READ_BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            live.bytesIn.addAndGet(n);
        }
        return total == 0 ? "closed before any data: the server sent nothing" : null;
    }

    /** Sends GET / as HTTP/1.0 and reads the response to its end; anything but a 200 response is a failure. */
    private static String httpGet(Socket socket, Live live) throws IOException {
        byte[] request = HttpGet.request("/");
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        live.bytesOut.addAndGet(request.length);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[READ_BUFFER];
        byte[] start = new byte[16];
        int startLength = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            int k = Math.min(n, start.length - startLength);
            System.arraycopy(buffer, 0, start, startLength, k);
            startLength += k;
            live.bytesIn.addAndGet(n);
        }
        if (startLength == 0) {
            return "closed before any data: the server sent nothing";
        }
        String status = new String(start, 0, startLength, StandardCharsets.US_ASCII);
        if (!status.startsWith("HTTP/1.")) {
            return "the reply was not an HTTP response";
        }
        return status.length() >= 12 && status.startsWith("200", 9) ? null
                : "the server answered " + status.substring(9, Math.min(12, status.length())) + ", not 200";
    }

    /** Sends one line and reads until its newline comes back; letter case may differ (the uppercase echo). */
    private static String echoOneLine(Socket socket, int client, Live live) throws IOException {
        byte[] line = ("burst client " + client + " says hello\n").getBytes(StandardCharsets.US_ASCII);
        OutputStream out = socket.getOutputStream();
        out.write(line);
        out.flush();
        live.bytesOut.addAndGet(line.length);
        InputStream in = socket.getInputStream();
        byte[] reply = new byte[line.length];
        int got = 0;
        while (got < reply.length) {
            int n = in.read(reply, got, reply.length - got);
            if (n < 0) {
                if (got == 0) {
                    return "closed before any data: the server sent nothing";
                }
                // A shorter, different line (a hello server's greeting) is a wrong reply, not a cut-off echo.
                String start = new String(line, 0, got, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
                return start.equals(new String(reply, 0, got, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT))
                        ? "closed before the whole reply arrived" : "the reply was not the line that was sent";
            }
            got += n;
            live.bytesIn.addAndGet(n);
        }
        String sent = new String(line, StandardCharsets.US_ASCII);
        String back = new String(reply, StandardCharsets.US_ASCII);
        return sent.toLowerCase(Locale.ROOT).equals(back.toLowerCase(Locale.ROOT)) ? null
                : "the reply was not the line that was sent";
    }

    private String stopReasonOr(String reason) {
        String stopped = stopReason.get();
        return stopped != null ? stopped : reason;
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s * 1000 == d.toMillis() ? s + " s" : d.toMillis() + " ms";
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Closing is how a stuck client is stopped; a socket that fails to close is released anyway.
        }
    }

    /** A client of the burst while its socket is open: what the lab's list of connections shows of it. */
    private static final class Live {
        private final int client;
        private final AtomicLong bytesIn = new AtomicLong();
        private final AtomicLong bytesOut = new AtomicLong();
        private volatile Endpoint local;
        private volatile Endpoint remote;
        private volatile Instant opened;

        Live(int client) {
            this.client = client;
        }

        void connected(Socket s) {
            remote = Endpoint.of(s.getRemoteSocketAddress());
            opened = Instant.now();
            local = Endpoint.of(s.getLocalSocketAddress()); // written last: a set local means connected
        }

        LabConnection snapshot(String key, String owner) {
            Endpoint l = local;
            if (l == null) {
                return null;
            }
            return new LabConnection(key + "/" + (client + 1), owner + " · client #" + (client + 1), l, remote,
                    "connected", bytesIn.get(), bytesOut.get(), opened);
        }
    }
}
