package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import socketlab.Eventually;

/**
 * Clients that misbehave, over real loopback sockets: one that sends and never reads stalls the server's write and
 * is closed by the watchdog, freeing its permit; one that hangs up while it waits for a permit is noticed and never
 * counted as served; handlers and listeners that throw end only their own connection; resets and errors each have
 * their own close reason.
 */
class SlowAndFaultyClientsTest {
    private static final Duration IDLE = Duration.ofMillis(700);
    private static final int TEN_MB = 10 << 20;

    /**
     * A client that sends 10 MB to the echo server and reads nothing back, on a thread of its own (its writes block
     * once the server stops reading, which is the point). Its socket's buffers are kept small so the stall comes
     * early.
     */
    private static final class NonReader implements AutoCloseable {
        final Socket socket = new Socket();
        final Thread writer;
        final AtomicInteger sent = new AtomicInteger();

        NonReader(LabServer server) throws IOException {
            socket.setReceiveBufferSize(4096);
            socket.setSendBufferSize(4096);
            socket.connect(server.localEndpoint().toSocketAddress(), 30_000);
            writer = Thread.ofPlatform().daemon(true).name("non-reader").start(() -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'x');
                chunk[chunk.length - 1] = '\n';
                try {
                    OutputStream out = socket.getOutputStream();
                    while (sent.get() < TEN_MB) {
                        out.write(chunk);
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException e) {
                    // the server closed us: expected
                }
            });
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static ServerConfig echo(Mode mode) {
        return ServerConfig.defaults(ServerKind.ECHO).withMode(mode).withIdleTimeout(IDLE);
    }

    @Test
    void aClientThatSendsTenMegabytesAndNeverReadsIsClosedAfterTheIdleTimeoutAndItsPermitFreed() throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(echo(Mode.SEMAPHORE).withPermits(1), events);
                NonReader hog = new NonReader(server)) {
            events.await(ServerEvent.PermitTaken.class, t -> t.connectionId() == 1);
            ServerEvent.Closed closed = events.awaitClosed(1);
            assertEquals(CloseReason.STOPPED_READING, closed.reason());
            assertEquals("idle: the client stopped reading", closed.reason().text());
            assertTrue(hog.sent.get() < TEN_MB, "the client could not send it all: " + hog.sent.get());
            assertTrue(closed.bytesWritten() > 0 && closed.bytesWritten() < TEN_MB, closed.describe());
            events.await(ServerEvent.PermitReleased.class, r -> r.connectionId() == 1);
            Eventually.until("the permit back", () -> server.stats().permitsInUse() == 0);
            try (Client next = Client.connect(server)) {
                next.send("after the hog\n");
                assertEquals("after the hog\n", next.readLine());
            }
        }
    }

    @Test
    void aSemaphoreOfTwoWithTwoNonReadersServesAThirdClientAfterTheTimeout() throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(echo(Mode.SEMAPHORE).withPermits(2), events);
                NonReader a = new NonReader(server);
                NonReader b = new NonReader(server)) {
            events.await(ServerEvent.PermitTaken.class, t -> t.connectionId() == 2);
            try (Client third = Client.connect(server)) {
                third.send("me too\n");
                events.await(ServerEvent.WaitingForPermit.class, w -> w.connectionId() == 3);
                assertEquals("me too\n", third.readLine());
            }
            assertEquals(CloseReason.STOPPED_READING, events.awaitClosed(1).reason());
            assertEquals(CloseReason.STOPPED_READING, events.awaitClosed(2).reason());
            assertEquals(CloseReason.CLIENT_HUNG_UP, events.awaitClosed(3).reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void aWriteStalledByANonReaderCountsAsIdleInEveryMode(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(how.config(ServerKind.ECHO).withIdleTimeout(IDLE), events);
                NonReader hog = new NonReader(server)) {
            assertEquals(CloseReason.STOPPED_READING, events.awaitClosed(1).reason());
            try (Client next = Client.connect(server)) {
                next.send("still serving\n");
                assertEquals("still serving\n", next.readLine());
            }
        }
    }

    @Test
    void aClientThatHangsUpWhileQueuedIsNoticedAtOnceAndNotCountedAsServed() throws Exception {
        EventRecorder events = new EventRecorder();
        // A long idle timeout: the first client holds the only permit for the whole test.
        ServerConfig config = echo(Mode.SEMAPHORE).withPermits(1).withIdleTimeout(Duration.ofMinutes(5));
        try (LabServer server = LabServer.start(config, events); Client holder = Client.connect(server)) {
            events.await(ServerEvent.PermitTaken.class, t -> t.connectionId() == 1);
            Client quitter = Client.connect(server);
            quitter.send("never mind\n");
            events.await(ServerEvent.WaitingForPermit.class, w -> w.connectionId() == 2);
            quitter.close();
            ServerEvent.Closed closed = events.awaitClosed(2);
            assertEquals(CloseReason.HUNG_UP_WAITING, closed.reason());
            assertEquals(1, server.stats().permitsInUse(), "the holder still has the permit: noticed while queued");
            assertEquals(0, server.stats().served());
            assertEquals(0, server.stats().waitingForPermit());
            // A client queued after it, which stays, is served once the holder leaves, and only it counts.
            try (Client stayer = Client.connect(server)) {
                stayer.send("I wait\n");
                events.await(ServerEvent.WaitingForPermit.class, w -> w.connectionId() == 3);
                holder.close();
                assertEquals("I wait\n", stayer.readLine(), "its early bytes reach its handler");
            }
            events.awaitClosed(3);
            Eventually.until("two served", () -> server.stats().served() == 2);
            assertTrue(events.all(ServerEvent.PermitTaken.class).stream().noneMatch(t -> t.connectionId() == 2));
        }
    }

    @Test
    void aConnectionServedPastTheTimeLimitIsClosedWhileItIsStillTalking() throws Exception {
        EventRecorder events = new EventRecorder();
        ServerConfig config = ServerConfig.defaults(ServerKind.ECHO).withMaxConnectionTime(Duration.ofMillis(600));
        try (LabServer server = LabServer.start(config, events); Client chatty = Client.connect(server)) {
            long start = System.nanoTime();
            while (System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
                try {
                    chatty.send("tick\n");
                    chatty.readLine();
                    Thread.sleep(20);
                } catch (IOException e) {
                    break; // closed by the limit
                }
                if (!events.all(ServerEvent.Closed.class).isEmpty()) {
                    break;
                }
            }
            assertEquals(CloseReason.TIME_LIMIT, events.awaitClosed(1).reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void aHandlerThatThrowsEndsOnlyItsConnectionAndTheAcceptLoopGoesOn(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        ServerConfig config = how.config(ServerKind.ECHO);
        ConnectionHandler echo = ConnectionHandler.of(config);
        AtomicInteger calls = new AtomicInteger();
        ConnectionHandler faulty = c -> switch (calls.incrementAndGet()) {
            case 1 -> throw new IllegalStateException("a handler bug");
            case 2 -> throw new StackOverflowError("a handler's runaway recursion");
            default -> echo.serve(c);
        };
        try (LabServer server = LabServer.start(config, events, faulty)) {
            for (int i = 1; i <= 2; i++) {
                try (Client victim = Client.connect(server)) {
                    assertTrue(victim.seesServerClose());
                }
                assertEquals(CloseReason.ERROR, events.awaitClosed(i).reason());
            }
            List<ServerEvent.Failed> failed = events.all(ServerEvent.Failed.class);
            assertTrue(failed.stream().anyMatch(f -> f.connectionId() == 1 && f.message().contains("a handler bug")),
                    failed.toString());
            assertTrue(failed.stream().anyMatch(f -> f.connectionId() == 2
                    && f.message().contains("StackOverflowError")), failed.toString());
            try (Client fine = Client.connect(server)) {
                fine.send("and on\n");
                assertEquals("and on\n", fine.readLine());
            }
            assertTrue(server.isRunning());
        }
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheServer() throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> {
            events.accept(e);
            if (e instanceof ServerEvent.Accepted) {
                throw new IllegalStateException("a listener bug");
            }
            if (e instanceof ServerEvent.BytesRead) {
                throw new AssertionError("a listener's Error");
            }
        })) {
            for (int i = 0; i < 3; i++) {
                try (Client c = Client.connect(server)) {
                    c.send("line " + i + "\n");
                    assertEquals("line " + i + "\n", c.readLine());
                }
            }
            Eventually.until("three served", () -> server.stats().served() == 3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void aClientResetIsTheResetReason(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(how.config(ServerKind.ECHO), events)) {
            Client c = Client.connect(server);
            c.send("hello\n");
            assertEquals("hello\n", c.readLine());
            c.socket().setSoLinger(true, 0); // close sends RST instead of FIN
            c.close();
            assertEquals(CloseReason.RESET, events.awaitClosed(1).reason());
            assertTrue(events.all(ServerEvent.Failed.class).isEmpty(), "a reset is the client's right, no error");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} threads")
    @org.junit.jupiter.params.provider.EnumSource(ThreadKind.class)
    void threadedModeBeyondItsCapMakesNewClientsWaitAndSaysSo(ThreadKind threads) throws Exception {
        EventRecorder events = new EventRecorder();
        ServerConfig config = ServerConfig.defaults(ServerKind.ECHO).withThreads(threads).withMaxHandlers(2);
        try (LabServer server = LabServer.start(config, events);
                Client a = Client.connect(server);
                Client b = Client.connect(server)) {
            a.send("a\n");
            assertEquals("a\n", a.readLine());
            b.send("b\n");
            assertEquals("b\n", b.readLine());
            try (Client c = Client.connect(server)) {
                c.send("c\n");
                ServerEvent.Notice waits = events.await(ServerEvent.Notice.class, n -> n.connectionId() == 3);
                assertTrue(waits.describe().contains("waits: all 2 handler threads are busy"), waits.describe());
                Eventually.until("one waiting", () -> server.stats().waitingForPermit() == 1);
                assertEquals(2, server.stats().active());
                a.close();
                assertEquals("c\n", c.readLine(), "served once a handler finished");
            }
            assertEquals(2, server.stats().peakActive(), "never more than the cap at once");
            assertTrue(events.all(ServerEvent.PermitTaken.class).isEmpty(), "a cap, not a lesson's permits");
        }
    }

    @Test
    void theExposureWarningCoversEveryAddressButLoopback() throws Exception {
        ServerConfig c = ServerConfig.defaults(ServerKind.ECHO);
        assertEquals("", c.exposureWarning());
        assertEquals("", c.withBindAddress(java.net.InetAddress.getByName("127.0.0.9")).exposureWarning());
        assertEquals("", c.withBindAddress(java.net.InetAddress.getByName("::1")).exposureWarning());
        assertTrue(c.withBindAddress(java.net.InetAddress.getByName("0.0.0.0")).exposureWarning()
                .startsWith("listening on all interfaces"));
        ServerConfig lan = c.withBindAddress(java.net.InetAddress.getByName("192.168.1.20"));
        assertTrue(lan.exposed());
        assertEquals("listening on 192.168.1.20, an address other machines can reach, so they can connect to this"
                + " server", lan.exposureWarning());
    }

    @Test
    void aListenerThatWantsNoDataEventsGetsNoneWhileTheCountersStillCount() throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO),
                ServerListener.withoutData(events)); Client c = Client.connect(server)) {
            c.send("one\ntwo\n");
            assertEquals("one\n", c.readLine());
            assertEquals("two\n", c.readLine());
            c.finishSending();
            assertTrue(c.seesServerClose());
            ServerEvent.Closed closed = events.awaitClosed(1);
            assertEquals(8, closed.bytesRead());
            assertEquals(8, closed.bytesWritten());
            Eventually.until("the totals", () -> server.stats().bytesRead() == 8 && server.stats().bytesWritten() == 8);
            assertTrue(events.all(ServerEvent.BytesRead.class).isEmpty());
            assertTrue(events.all(ServerEvent.BytesWritten.class).isEmpty());
        }
        // A plain listener still gets every read and write.
        EventRecorder all = new EventRecorder();
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), all);
                Client c = Client.connect(server)) {
            c.send("x\n");
            assertEquals("x\n", c.readLine());
            all.await(ServerEvent.BytesRead.class, r -> r.count() == 2);
            all.await(ServerEvent.BytesWritten.class, w -> w.count() == 2);
        }
    }
}
