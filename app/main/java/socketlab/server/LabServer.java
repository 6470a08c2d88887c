package socketlab.server;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import socketlab.net.Endpoint;
import socketlab.net.ListenQueue;
import socketlab.net.NetErrors;

/**
 * A running lab server: the listening socket, the accept loop and the per-mode dispatch of connections to
 * handlers. Events go to the listener on the server's own threads. {@link #close()} closes the listener and every
 * connection and returns once no thread of this server runs any more.
 */
public final class LabServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LabServer.class.getName());
    private static final long JOIN_MILLIS = 5_000;
    private static final long PERMIT_POLL_MILLIS = 100;

    private final ServerConfig config;
    private final Consumer<ServerEvent> listener;
    private final ServerSocket listenSocket;
    private final Endpoint local;
    private final ConnectionHandler handler;
    private final Semaphore permits;
    /** Threaded mode's cap on handlers at once; null in the other modes (semaphore mode has its permits). */
    private final Semaphore handlerSlots;
    private final Thread acceptor;
    private final ScheduledExecutorService watchdog;
    /** The watchdog's one thread, once it started: stop joins it, so no thread of a stopped server lives on. */
    private volatile Thread watchdogThread;
    private final Map<Long, ServedConnection> open = new ConcurrentHashMap<>();
    private final HandlerThreads handlerThreads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong nextId = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong served = new AtomicLong();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger peakActive = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final LongAdder bytesRead = new LongAdder();
    private final LongAdder bytesWritten = new LongAdder();
    private final ServedConnection.Traffic traffic = new ServedConnection.Traffic(bytesRead, bytesWritten);
    /** Whether the listener wants an event per read and write ({@link ServerListener}). */
    private final boolean dataEvents;

    private LabServer(ServerConfig config, Consumer<ServerEvent> listener, ServerSocket listenSocket,
            ConnectionHandler handler) {
        this.config = config;
        this.listener = listener;
        this.listenSocket = listenSocket;
        this.local = Endpoint.of(listenSocket.getLocalSocketAddress());
        this.handler = handler;
        this.dataEvents = !(listener instanceof ServerListener l) || l.wantsDataEvents();
        this.permits = config.mode() == Mode.SEMAPHORE ? new Semaphore(config.permits(), true) : null;
        this.handlerSlots = config.mode() == Mode.THREADED ? new Semaphore(config.maxHandlers(), true) : null;
        this.handlerThreads = config.mode() == Mode.ITERATIVE ? null
                : new HandlerThreads(config.threads(), threadPrefix() + "conn-");
        this.acceptor = Thread.ofPlatform().daemon(true).name(threadPrefix() + "accept").unstarted(this::acceptLoop);
        ThreadFactory watchdogThreads = Thread.ofPlatform().daemon(true).name(threadPrefix() + "watchdog").factory();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = watchdogThreads.newThread(r);
            watchdogThread = t;
            return t;
        });
    }

    /**
     * Creates the listening socket (socket, SO_REUSEADDR, bind, listen) and starts the accept loop.
     *
     * @throws ServerStartException when the operating system refuses, with the reason in plain words
     */
    public static LabServer start(ServerConfig config, Consumer<ServerEvent> listener) throws ServerStartException {
        return start(config, listener, ConnectionHandler.of(config));
    }

    /** Starts a server whose connections {@code handler} serves instead of the kind's own (for tests of faults). */
    static LabServer start(ServerConfig config, Consumer<ServerEvent> listener, ConnectionHandler handler)
            throws ServerStartException {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(config.requestedEndpoint().toSocketAddress(), config.backlog());
        } catch (IOException e) {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // The bind failed; there is nothing bound to release.
                }
            }
            throw new ServerStartException(NetErrors.bindFailure(e, config.requestedEndpoint()), e);
        }
        LabServer server = new LabServer(config, listener, socket, handler);
        server.emit(new ServerEvent.Listening(Instant.now(), server.local, config.backlog()));
        long tick = watchdogTickMillis(config);
        server.watchdog.scheduleWithFixedDelay(server::watch, tick, tick, TimeUnit.MILLISECONDS);
        server.acceptor.start();
        return server;
    }

    public ServerConfig config() {
        return config;
    }

    /** The address and port the server listens on; the kernel's choice when the configured port was 0. */
    public Endpoint localEndpoint() {
        return local;
    }

    public boolean isRunning() {
        return running.get();
    }

    public ServerStats stats() {
        int limit = permits == null ? 0 : config.permits();
        int inUse = permits == null ? 0 : limit - permits.availablePermits();
        return new ServerStats(accepted.get(), served.get(), active.get(), peakActive.get(), inUse, limit,
                waiting.get(), open.size(), bytesRead.sum(), bytesWritten.sum());
    }

    /** Clients the kernel has connected but the server has not accepted yet (Linux only; empty elsewhere). */
    public OptionalInt listenQueueLength() {
        return running.get() ? ListenQueue.length(local) : OptionalInt.of(0);
    }

    /** The connections the server holds open now, oldest first. */
    public List<ConnectionInfo> connections() {
        List<ConnectionInfo> list = new ArrayList<>(open.size());
        for (ServedConnection c : open.values()) {
            list.add(c.snapshot());
        }
        list.sort(Comparator.comparingLong(ConnectionInfo::id));
        return list;
    }

    /** Closes one connection; false when it is no longer open. */
    public boolean closeConnection(long connectionId) {
        ServedConnection c = open.get(connectionId);
        if (c == null) {
            return false;
        }
        c.closeBecause(CloseReason.CLOSED_FROM_LAB);
        return true;
    }

    /** Closes every open connection; the server keeps listening. */
    public void closeAllConnections() {
        for (ServedConnection c : open.values()) {
            c.closeBecause(CloseReason.CLOSED_FROM_LAB);
        }
    }

    /** Stops: closes the listener and every connection, and waits until all of this server's threads ended. */
    @Override
    public void close() {
        if (!running.compareAndSet(true, false)) {
            awaitThreads();
            return;
        }
        try {
            listenSocket.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the listener failed", e);
        }
        closeOpen();
        awaitThreads();
        emit(new ServerEvent.Stopped(Instant.now(), served.get(), peakActive.get()));
    }

    /**
     * Ends the server from inside when it cannot go on (its listening socket is gone): everything is closed as by
     * {@link #close()}, and the Stopped event says why.
     */
    private void stopBecause(String why) {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        try {
            listenSocket.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the listener failed", e);
        }
        closeOpen();
        watchdog.shutdownNow();
        if (handlerThreads != null) {
            try {
                handlerThreads.shutdown(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        emit(new ServerEvent.Stopped(Instant.now(), served.get(), peakActive.get(), why));
    }

    private void closeOpen() {
        for (ServedConnection c : open.values()) {
            c.closeBecause(CloseReason.SERVER_STOPPED);
        }
    }

    private void awaitThreads() {
        watchdog.shutdownNow();
        Thread w = watchdogThread;
        if (w != null) {
            join(w);
        }
        join(acceptor);
        closeOpen(); // a connection accepted while the listener was closing
        if (handlerThreads != null) {
            try {
                handlerThreads.shutdown(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void join(Thread t) {
        if (t == Thread.currentThread()) {
            return;
        }
        try {
            if (!t.join(Duration.ofMillis(JOIN_MILLIS))) {
                LOG.log(Level.WARNING, "thread " + t.getName() + " did not end in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String threadPrefix() {
        return "socketlab-" + config.kind().id() + "-" + local.port() + "-";
    }

    /**
     * Accepts until the server stops. Nothing a client, a handler or a listener does ends it: an exception or Error
     * from one connection is reported and the loop goes on. Running out of file descriptors is reported once per
     * streak and retried (the clients wait in the listen queue meanwhile), and its end is reported too. Only the loss
     * of the listening socket itself ends the loop, and then the server says it stopped and why.
     */
    private void acceptLoop() {
        long failures = 0;
        String firstFailure = null;
        while (running.get()) {
            Socket socket;
            try {
                socket = listenSocket.accept();
            } catch (IOException e) {
                if (!running.get()) {
                    return;
                }
                if (listenSocket.isClosed()) {
                    stopBecause("the listening socket was closed (" + NetErrors.connectionFailure(e) + ")");
                    return;
                }
                if (failures++ == 0) {
                    // Out of file descriptors, or a client that reset before accept: report it and keep serving.
                    firstFailure = NetErrors.connectionFailure(e);
                    emit(new ServerEvent.Failed(Instant.now(), 0, "accept failed: " + firstFailure
                            + "; the server keeps listening and tries again"));
                }
                pause();
                continue;
            } catch (Throwable t) {
                report("the accept loop", 0, t);
                pause();
                continue;
            }
            if (failures > 0) {
                emit(new ServerEvent.Notice(Instant.now(), 0, "accepting again after " + failures
                        + (failures == 1 ? " failed accept (" : " failed accepts (") + firstFailure + ")"));
                failures = 0;
            }
            try {
                accepted(socket);
            } catch (Throwable t) {
                // A fault in one connection's dispatch or handler (in iterative mode the handler runs here) ends
                // that connection only.
                closeQuietly(socket);
                report("serving a connection", 0, t);
            }
        }
    }

    private void accepted(Socket socket) {
        ServedConnection c;
        try {
            c = new ServedConnection(nextId.incrementAndGet(), socket, dataEvents ? this::emit : null, this::emit,
                    traffic);
        } catch (IOException e) {
            closeQuietly(socket);
            return; // the client went away between the handshake and accept
        }
        accepted.incrementAndGet();
        open.put(c.id(), c);
        emit(new ServerEvent.Accepted(Instant.now(), c.id(), c.pair()));
        if (!running.get()) {
            // Accepted while the server was stopping: close it without starting a handler that stop could miss.
            c.closeBecause(CloseReason.SERVER_STOPPED);
            finish(c, CloseReason.SERVER_STOPPED);
            return;
        }
        try {
            dispatch(c);
        } catch (Throwable t) {
            if (open.containsKey(c.id())) {
                finish(c, CloseReason.ERROR);
            }
            throw t;
        }
    }

    /** Something failed that is not the client's doing: logged with its stack, and an event in plain words. */
    private void report(String where, long connectionId, Throwable t) {
        try {
            LOG.log(Level.ERROR, where + " failed", t);
            emit(new ServerEvent.Failed(Instant.now(), connectionId, where + " failed: " + t));
        } catch (Throwable ignored) {
            // Reporting itself failed (memory): the loop must still go on.
        }
    }

    /** How often the watchdog looks: a quarter of the shortest limit, between 5 ms and a second. */
    private static long watchdogTickMillis(ServerConfig config) {
        Duration shortest = config.idleTimeout();
        if (!config.maxConnectionTime().isZero() && config.maxConnectionTime().compareTo(shortest) < 0) {
            shortest = config.maxConnectionTime();
        }
        long quarter = shortest.compareTo(Duration.ofDays(1)) > 0 ? 1000 : shortest.toMillis() / 4;
        return Math.clamp(quarter, 5, 1000);
    }

    /**
     * One round of the watchdog: closes every connection whose read or write made no progress for the idle
     * timeout, or that has been served past the time limit. Closing the socket wakes its blocked handler, which
     * then ends and gives back its permit. A scheduled task that throws is never run again, so this one catches all.
     */
    private void watch() {
        try {
            long now = System.nanoTime();
            long idle = nanos(config.idleTimeout());
            long max = config.maxConnectionTime().isZero() ? 0 : nanos(config.maxConnectionTime());
            for (ServedConnection c : open.values()) {
                CloseReason reason = c.overdue(now, idle, max);
                if (reason != null) {
                    c.closeBecause(reason);
                }
            }
        } catch (Throwable t) {
            LOG.log(Level.ERROR, "the connection watchdog failed one round", t);
        }
    }

    private static long nanos(Duration d) {
        return d.compareTo(Duration.ofDays(365 * 100)) > 0 ? Long.MAX_VALUE : d.toNanos();
    }

    private void dispatch(ServedConnection c) {
        switch (config.mode()) {
            case ITERATIVE -> serve(c);
            case THREADED -> {
                if (acquire(handlerSlots, c)) {
                    c.tookPermit();
                    startHandler(c);
                } else {
                    finish(c, c.externalReason() == null ? CloseReason.SERVER_STOPPED : c.externalReason());
                }
            }
            case SEMAPHORE -> {
                if (acquire(permits, c)) {
                    c.tookPermit();
                    emit(new ServerEvent.PermitTaken(Instant.now(), c.id(), permitsInUse(), config.permits()));
                    startHandler(c);
                } else {
                    finish(c, c.externalReason() == null ? CloseReason.SERVER_STOPPED : c.externalReason());
                }
            }
        }
    }

    /**
     * Waits for a permit (semaphore mode) or a handler slot (threaded mode's cap) while the client stays connected
     * and the server runs; false if it gave up.
     */
    private boolean acquire(Semaphore permits, ServedConnection c) {
        if (permits.tryAcquire()) {
            return true;
        }
        waiting.incrementAndGet();
        if (permits == this.permits) {
            emit(new ServerEvent.WaitingForPermit(Instant.now(), c.id(), c.pair(), permitsInUse(),
                    config.permits()));
        } else {
            emit(new ServerEvent.Notice(Instant.now(), c.id(), c.pair().client() + " waits: all "
                    + config.maxHandlers() + " handler threads are busy (the threaded server's cap; new clients"
                    + " wait, as with a semaphore)"));
        }
        try {
            while (running.get() && !c.isClosed()) {
                if (c.hungUpWhileWaiting()) {
                    // Noticed while it waits, not when a permit frees up: it is closed now and never counted as
                    // served.
                    c.closeBecause(CloseReason.HUNG_UP_WAITING);
                    return false;
                }
                if (permits.tryAcquire(PERMIT_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    // A stop or the lab may have closed the client while we waited (a stop frees permits as it
                    // closes the handlers); a closed client must not take a permit and pass for served.
                    if (running.get() && !c.isClosed()) {
                        return true;
                    }
                    permits.release();
                    return false;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    private int permitsInUse() {
        return config.permits() - permits.availablePermits();
    }

    private void startHandler(ServedConnection c) {
        try {
            handlerThreads.start(c.id(), () -> serve(c));
        } catch (OutOfMemoryError | RuntimeException e) {
            // The operating system refused another thread (ulimit, memory). Refuse this client, keep serving.
            LOG.log(Level.WARNING, "no thread for connection " + c.id(), e);
            emit(new ServerEvent.Failed(Instant.now(), c.id(),
                    "no thread to serve the connection: " + e.getMessage()));
            finish(c, CloseReason.ERROR);
        }
    }

    /** Runs the handler for one connection, then closes it and accounts for it. */
    private void serve(ServedConnection c) {
        int now = active.incrementAndGet();
        peakActive.accumulateAndGet(now, Math::max);
        c.activate();
        // ERROR stands if an Error (out of memory, say) escapes the handler: the finally block still closes the
        // socket and gives the permit back, so one failing connection cannot leak a permit for good.
        CloseReason reason = CloseReason.ERROR;
        try {
            reason = handler.serve(c);
        } catch (IOException e) {
            reason = reasonFor(c, e);
        } catch (Throwable e) {
            // The handler's own fault (or memory): this connection ends in ERROR, the server goes on.
            report("the handler of connection #" + c.id(), c.id(), e);
            reason = CloseReason.ERROR;
        } finally {
            active.decrementAndGet();
            finish(c, reason);
        }
    }

    private CloseReason reasonFor(ServedConnection c, IOException e) {
        if (c.externalReason() != null) {
            return c.externalReason();
        }
        String text = NetErrors.connectionFailure(e);
        if (e instanceof SocketException && text.startsWith("connection reset")) {
            return CloseReason.RESET;
        }
        emit(new ServerEvent.Failed(Instant.now(), c.id(), text));
        return CloseReason.ERROR;
    }

    /** Closes a connection for good, counts it, reports it and gives back its permit if it holds one. */
    private void finish(ServedConnection c, CloseReason reason) {
        CloseReason why = c.externalReason() != null ? c.externalReason() : reason;
        c.closeQuietly();
        open.remove(c.id());
        if (c.isActive()) {
            served.incrementAndGet(); // a client closed while it waited for a permit was never served
        }
        emit(new ServerEvent.Closed(Instant.now(), c.id(), c.pair(), why, c.bytesRead(), c.bytesWritten()));
        if (c.givePermitBack()) {
            if (handlerSlots != null) {
                handlerSlots.release(); // threaded mode's cap: not a lesson's permit, so no event
                return;
            }
            // Reported before the release: once released, the accept loop may hand the permit to a waiting client
            // at once, and the log must not show that client taking a permit before this one was given back.
            try {
                emit(new ServerEvent.PermitReleased(Instant.now(), c.id(), permitsInUse() - 1, config.permits()));
            } finally {
                permits.release();
            }
        }
    }

    private void emit(ServerEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException | Error e) {
            // A listener's bug must not take the server down; it is logged with its stack for the developer.
            LOG.log(Level.ERROR, "server event listener failed on " + event, e);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Already broken; released either way.
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
