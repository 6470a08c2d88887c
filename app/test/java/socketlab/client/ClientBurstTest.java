package socketlab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import socketlab.net.Endpoint;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.server.ThreadKind;

/** Bursts against the lab's real servers and against plain sockets that misbehave on purpose. */
class ClientBurstTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void fiveHundredEchoClientsAgainstASemaphoreServerAllComplete() throws Exception {
        ServerConfig config = ServerConfig.defaults(ServerKind.ECHO).withMode(Mode.SEMAPHORE).withPermits(16)
                .withThreads(ThreadKind.VIRTUAL).withBacklog(200);
        AtomicInteger progressCalls = new AtomicInteger();
        AtomicInteger lastSeen = new AtomicInteger();
        BurstResult r;
        try (LabServer server = LabServer.start(config, e -> { })) {
            ClientBurst burst = new ClientBurst(BurstSpec.of(server.localEndpoint(), 500, 100, BurstMode.ECHO),
                    (finished, total) -> {
                        progressCalls.incrementAndGet();
                        lastSeen.accumulateAndGet(finished, Math::max);
                        assertEquals(500, total);
                    });
            r = burst.run();
            assertEquals(500, burst.finished());
            server.close();
            assertEquals(500, server.stats().served());
            assertTrue(server.stats().peakActive() <= 16, server.stats().toString());
        }
        assertEquals(500, r.clients());
        assertEquals(500, r.completed(), r.failedByReason().toString());
        assertEquals(0, r.failed());
        assertEquals(Map.of(), r.failedByReason());
        assertEquals(500, progressCalls.get());
        assertEquals(500, lastSeen.get());
        assertTrue(r.p50().compareTo(r.p99()) <= 0 && r.p99().compareTo(r.max()) <= 0, r.toString());
        assertTrue(r.connectionsPerSecond() > 0);
        assertEquals(500, r.results().size());
        for (int i = 0; i < 500; i++) {
            ClientResult c = r.results().get(i);
            assertEquals(i, c.client());
            assertNull(c.failure());
            assertTrue(c.started() <= c.ended());
            assertTrue(c.ended() <= r.elapsed().toNanos());
        }
    }

    @Test
    void readUntilEofAgainstHelloAndTimeServers() throws Exception {
        for (ServerKind kind : List.of(ServerKind.HELLO, ServerKind.TIME)) {
            try (LabServer server = LabServer.start(ServerConfig.defaults(kind).withMode(Mode.ITERATIVE), e -> { })) {
                BurstResult r = new ClientBurst(BurstSpec.of(server.localEndpoint(), 200, 20, BurstMode.EOF), null)
                        .run();
                assertEquals(200, r.completed(), kind + ": " + r.failedByReason());
            }
        }
    }

    @Test
    void httpClientsAgainstTheWebServerGetThePageAndAHelloServerIsNoWebServer() throws Exception {
        ServerConfig web = ServerConfig.defaults(ServerKind.HTTP).withMode(Mode.SEMAPHORE).withPermits(4);
        try (LabServer server = LabServer.start(web, e -> { })) {
            BurstResult r = new ClientBurst(BurstSpec.of(server.localEndpoint(), 200, 20, BurstMode.HTTP), null).run();
            assertEquals(200, r.completed(), r.failedByReason().toString());
            server.close();
            assertEquals(200, server.stats().served());
            assertTrue(server.stats().peakActive() <= 4, server.stats().toString());
        }
        try (LabServer hello = LabServer.start(ServerConfig.defaults(ServerKind.HELLO), e -> { })) {
            BurstResult r = new ClientBurst(BurstSpec.of(hello.localEndpoint(), 5, 5, BurstMode.HTTP), null).run();
            assertEquals(Map.of("the reply was not an HTTP response", 5), r.failedByReason());
        }
    }

    @Test
    void aClosedPortFailsEveryClientWithConnectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
            port = s.getLocalPort();
        }
        BurstResult r = new ClientBurst(BurstSpec.of(new Endpoint(LOOPBACK, port), 50, 10, BurstMode.ECHO), null)
                .run();
        assertEquals(0, r.completed());
        assertEquals(50, r.failed());
        assertEquals(Map.of("connection refused: nothing is listening on that port", 50), r.failedByReason());
        assertEquals(Duration.ZERO, r.p50());
        assertEquals(0.0, r.connectionsPerSecond());
    }

    @Test
    void anEchoBurstAgainstAHelloServerGetsTheWrongLineNotACutOffOne() throws Exception {
        try (LabServer hello = LabServer.start(ServerConfig.defaults(ServerKind.HELLO), e -> { })) {
            BurstResult r = new ClientBurst(BurstSpec.of(hello.localEndpoint(), 5, 5, BurstMode.ECHO), null).run();
            assertEquals(Map.of("the reply was not the line that was sent", 5), r.failedByReason());
        }
    }

    @Test
    void aServerThatClosesAtOnceIsClosedBeforeAnyData() throws Exception {
        try (RawServer raw = new RawServer(Socket::close)) {
            BurstResult r = new ClientBurst(BurstSpec.of(raw.endpoint(), 30, 5, BurstMode.EOF), null).run();
            assertEquals(Map.of("closed before any data: the server sent nothing", 30), r.failedByReason());
        }
    }

    @Test
    void anEchoReplyThatDiffersIsAFailure() throws Exception {
        try (RawServer raw = new RawServer(s -> {
            readLine(s.getInputStream());
            OutputStream o = s.getOutputStream();
            o.write("burst client 0 says HELLO?\n".getBytes(StandardCharsets.US_ASCII));
            o.flush();
            s.close();
        })) {
            BurstResult r = new ClientBurst(BurstSpec.of(raw.endpoint(), 3, 1, BurstMode.ECHO), null).run();
            assertEquals(Map.of("the reply was not the line that was sent", 3), r.failedByReason());
        }
    }

    @Test
    void theDeadlineStopsClientsThatWouldWaitLonger() throws Exception {
        try (RawServer silent = new RawServer(s -> { })) { // accepts and never answers
            BurstSpec spec = BurstSpec.of(silent.endpoint(), 40, 10, BurstMode.EOF)
                    .withReadTimeout(Duration.ofMinutes(5)).withDeadline(Duration.ofMillis(500));
            BurstResult r = new ClientBurst(spec, null).run();
            assertEquals(Map.of("the burst's time limit of 500 ms was reached", 40), r.failedByReason());
        }
    }

    @Test
    void cancelStopsConnectedClientsAndTheRest() throws Exception {
        try (RawServer silent = new RawServer(s -> { })) {
            BurstSpec spec = BurstSpec.of(silent.endpoint(), 30, 10, BurstMode.EOF)
                    .withReadTimeout(Duration.ofMinutes(5));
            ClientBurst burst = new ClientBurst(spec, null);
            CompletableFuture<BurstResult> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return burst.run();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            silent.awaitAccepted(10);
            burst.cancel();
            BurstResult r = running.get(60, TimeUnit.SECONDS);
            assertEquals(Map.of("cancelled before it finished", 30), r.failedByReason());
            assertThrows(IllegalStateException.class, burst::run);
        }
    }

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(Duration.ofNanos(50), BurstResult.percentile(sorted, 0.50));
        assertEquals(Duration.ofNanos(99), BurstResult.percentile(sorted, 0.99));
        assertEquals(Duration.ofNanos(7), BurstResult.percentile(new long[] {7}, 0.99));
        assertEquals(Duration.ZERO, BurstResult.percentile(new long[0], 0.5));
    }

    @Test
    void failuresAreCountedMostFrequentFirst() {
        List<ClientResult> results = new ArrayList<>();
        results.add(new ClientResult(0, 0, 10, "timed out: no answer came in time"));
        results.add(new ClientResult(1, 0, 20, null));
        results.add(new ClientResult(2, 0, 30, "connection reset by the peer"));
        results.add(new ClientResult(3, 0, 40, "connection reset by the peer"));
        BurstResult r = BurstResult.of(results, Duration.ofSeconds(1));
        assertEquals(List.of("connection reset by the peer", "timed out: no answer came in time"),
                List.copyOf(r.failedByReason().keySet()));
        assertEquals(1, r.completed());
        assertEquals(3, r.failed());
        assertEquals(1.0, r.connectionsPerSecond(), 1e-9);
        assertEquals(Duration.ofNanos(20), r.max());
    }

    private static void readLine(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            // skip to the end of the line
        }
    }
}
