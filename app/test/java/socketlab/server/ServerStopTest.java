package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import socketlab.Eventually;

/** Stopping a server closes its listener and every connection, frees the port at once and ends all its threads. */
class ServerStopTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void stopClosesOpenConnectionsFreesThePortAndEndsEveryThread(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        LabServer server = LabServer.start(how.config(ServerKind.ECHO), events);
        int port = server.localEndpoint().port();
        String prefix = "socketlab-echo-" + port + "-";
        // Connections the server closed first leave TIME_WAIT sockets on its port.
        for (int i = 0; i < 3; i++) {
            try (Client c = Client.connect(server)) {
                c.send("bye\n");
                assertEquals("bye\n", c.readLine());
                server.closeAllConnections();
                assertTrue(c.seesServerClose());
            }
        }
        try (Client open = Client.connect(server)) {
            open.send("still open\n");
            assertEquals("still open\n", open.readLine());
            // Found by its socket pair: the connections closed just before may not have left the list yet.
            long openId = server.connections().stream().filter(i -> i.pair().client().equals(open.localEndpoint()))
                    .findFirst().orElseThrow().id();

            server.close();

            assertFalse(server.isRunning());
            assertTrue(open.seesServerClose(), "the open client must see the server close its end");
            List<ServerEvent.Closed> closed = events.about(openId).stream()
                    .filter(ServerEvent.Closed.class::isInstance).map(ServerEvent.Closed.class::cast).toList();
            assertEquals(1, closed.size(), "one Closed event for the open connection");
            assertEquals(CloseReason.SERVER_STOPPED, closed.getFirst().reason());
            // Stopped comes last: after it no thread of the server publishes anything.
            assertInstanceOf(ServerEvent.Stopped.class, events.all().getLast());
            assertEquals(0, server.stats().open());
            assertEquals(0, server.stats().active());
        }

        for (Thread t : events.publishers()) {
            if (t.getName().startsWith(prefix)) {
                assertFalse(t.isAlive(), t + " survived the stop");
            }
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.getName().startsWith(prefix), t + " survived the stop");
        }
        // The server closed first, so its side of those connections lingers in TIME_WAIT on the port...
        Eventually.until("TIME_WAIT connections on port " + port, () -> timeWaitsOn(port) > 0);
        // ...and yet with SO_REUSEADDR, as the server uses, the port is free at once: for a plain socket,
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(server.localEndpoint().address(), port));
        }
        // and for a lab server started again on it.
        try (LabServer restarted = LabServer.start(server.config().withPort(port), e -> { });
                Client c = Client.connect(restarted)) {
            c.send("again\n");
            assertEquals("again\n", c.readLine());
        }
        server.close(); // a second stop is harmless
        assertEquals(1, events.all(ServerEvent.Stopped.class).size());
    }

    /** Sockets in TIME_WAIT whose local port is {@code port}, as Linux lists them in /proc/net/tcp and tcp6. */
    private static long timeWaitsOn(int port) {
        String local = String.format(":%04X", port);
        long count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of(table));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String line : lines) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[1].endsWith(local) && f[3].equals("06")) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Stopping right after a reply races the handler's last steps; a stop must still wait for the thread's real end.
     * Repeated because the race is narrow: with a stop that forgot a finishing thread, some rounds catch it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void stopRightAfterAReplyStillWaitsForTheHandlerToEnd(Concurrency how) throws Exception {
        for (int round = 0; round < 100; round++) {
            EventRecorder events = new EventRecorder();
            LabServer server = LabServer.start(how.config(ServerKind.HELLO), events);
            try (Client c = Client.connect(server)) {
                assertEquals(13, c.readToEnd().length);
            }
            server.close();
            for (Thread t : events.publishers()) {
                if (t.getName().startsWith("socketlab-hello-" + server.localEndpoint().port() + "-")) {
                    assertFalse(t.isAlive(), t + " survived the stop in round " + round);
                }
            }
            assertInstanceOf(ServerEvent.Stopped.class, events.all().getLast());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#semaphore")
    void stopAlsoClosesAClientWaitingForAPermit(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        LabServer server = LabServer.start(how.config(ServerKind.ECHO).withPermits(1), events);
        try (Client holder = Client.connect(server); Client waiter = Client.connect(server)) {
            holder.send("holding\n");
            assertEquals("holding\n", holder.readLine());
            events.await(ServerEvent.WaitingForPermit.class, w -> w.connectionId() == 2);

            server.close();

            assertTrue(holder.seesServerClose());
            assertTrue(waiter.seesServerClose());
            assertEquals(CloseReason.SERVER_STOPPED, events.awaitClosed(1).reason());
            assertEquals(CloseReason.SERVER_STOPPED, events.awaitClosed(2).reason());
            // Only the connection that held a permit gives one back; the waiting one never took any.
            assertEquals(List.of(1L), events.all(ServerEvent.PermitReleased.class).stream()
                    .map(ServerEvent.PermitReleased::connectionId).toList());
            ServerStats stats = server.stats();
            assertEquals(0, stats.permitsInUse());
            assertEquals(0, stats.waitingForPermit());
            assertEquals(1, stats.served(), "the waiting client was never served");
            assertInstanceOf(ServerEvent.Stopped.class, events.all().getLast());
        }
    }

    /** A client that sends and never reads leaves the echo handler blocked in write; a stop must still end it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void stopEndsAHandlerBlockedWritingToAClientThatDoesNotRead(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        LabServer server = LabServer.start(how.config(ServerKind.ECHO), events);
        Socket greedy = new Socket();
        greedy.setReceiveBufferSize(4096);
        greedy.connect(server.localEndpoint().toSocketAddress(), Client.PATIENT_MILLIS);
        byte[] lines = new byte[64 * 1024];
        Arrays.fill(lines, (byte) '\n');
        FutureTask<Void> flood = new FutureTask<>(() -> {
            for (int i = 0; i < 1024; i++) { // at most 64 MiB; a stop ends it much sooner
                greedy.getOutputStream().write(lines);
            }
            return null;
        });
        Thread.ofVirtual().name("flood").start(flood);
        try {
            events.await(ServerEvent.BytesRead.class, r -> r.connectionId() == 1);
            Thread handler = handlerOfFirstConnection(events, how);
            Eventually.until("the handler blocked writing", () -> Arrays.stream(handler.getStackTrace())
                    .anyMatch(f -> f.getClassName().equals(ServedConnection.class.getName())
                            && f.getMethodName().equals("write")));

            server.close();

            assertFalse(handler.isAlive(), handler + " survived the stop");
            assertEquals(CloseReason.SERVER_STOPPED, events.awaitClosed(1).reason());
            assertInstanceOf(ServerEvent.Stopped.class, events.all().getLast());
            // The flooding client is told: its writes fail once the server's socket is gone.
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> flood.get(Client.PATIENT_MILLIS, TimeUnit.MILLISECONDS));
            assertInstanceOf(IOException.class, refused.getCause());
        } finally {
            greedy.close();
        }
    }

    /** The thread that serves connection #1: the accept thread itself when the server is iterative. */
    private static Thread handlerOfFirstConnection(EventRecorder events, Concurrency how) {
        String wanted = how.mode() == Mode.ITERATIVE ? "-accept" : "-conn-1";
        return events.publishers().stream().filter(t -> t.getName().endsWith(wanted)).findFirst().orElseThrow();
    }
}
