package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import socketlab.Eventually;

/** The echo server over loopback, in every mode: lines, upper case, long lines, binary, a last unterminated line. */
class EchoServerTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void echoesEachLineUntilTheClientHangsUp(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(how.config(ServerKind.ECHO), events)) {
            try (Client client = Client.connect(server)) {
                client.send("hello\n");
                assertEquals("hello\n", client.readLine());
                client.send("two\nlines\n");
                assertEquals("two\n", client.readLine());
                assertEquals("lines\n", client.readLine());
                client.send("\n");
                assertEquals("\n", client.readLine());
                client.send("split ");
                client.send("in two writes\n");
                assertEquals("split in two writes\n", client.readLine());
                client.finishSending();
                assertEquals(0, client.readToEnd().length, "the server closes after the client hangs up");
            }
            ServerEvent.Closed closed = events.awaitClosed(1);
            assertEquals(CloseReason.CLIENT_HUNG_UP, closed.reason());
            assertEquals(37, closed.bytesRead());
            assertEquals(37, closed.bytesWritten());
            Eventually.until("byte counters", () -> server.stats().bytesRead() == 37
                    && server.stats().bytesWritten() == 37);
            Eventually.until("the permit back", () -> server.stats().permitsInUse() == 0);
            Lifecycle.assertOrdered(events, 1, how.mode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void uppercaseChangesOnlyAsciiLetters(Concurrency how) throws Exception {
        try (LabServer server = LabServer.start(how.config(ServerKind.ECHO).withUppercase(true), e -> { });
                Client client = Client.connect(server)) {
            client.send("hello, World 42 ä ß\n");
            assertEquals("HELLO, WORLD 42 ä ß\n", client.readLine());
            client.send("already UPPER\n");
            assertEquals("ALREADY UPPER\n", client.readLine());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void aLineOverTheLimitComesBackInPiecesByteExact(Concurrency how) throws Exception {
        int limit = 4096;
        byte[] line = new byte[1024 * 1024 + 1];
        for (int i = 0; i < line.length - 1; i++) {
            line[i] = (byte) ('a' + i % 26);
        }
        line[line.length - 1] = '\n';
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(how.config(ServerKind.ECHO).withMaxLineBytes(limit), events);
                Client client = Client.connect(server)) {
            // The server echoes while the client still sends: write on another thread, or both would block.
            FutureTask<Void> writer = new FutureTask<>(() -> {
                client.send(line);
                return null;
            });
            Thread.ofVirtual().name("echo-test-writer").start(writer);
            byte[] echoed = client.readExactly(line.length);
            writer.get(Client.PATIENT_MILLIS, TimeUnit.MILLISECONDS);
            assertArrayEquals(line, echoed);

            Eventually.until("all bytes accounted", () -> server.stats().bytesWritten() == line.length);
            List<ServerEvent.BytesWritten> writes = events.all(ServerEvent.BytesWritten.class);
            assertTrue(writes.size() >= line.length / limit, "echoed in pieces, got " + writes.size() + " writes");
            for (ServerEvent.BytesWritten w : writes) {
                assertTrue(w.count() <= limit, "a write of " + w.count() + " bytes is over the limit of " + limit);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void aFullPieceIsEchoedAtOnceWithoutWaitingForMoreBytes(Concurrency how) throws Exception {
        try (LabServer server = LabServer.start(how.config(ServerKind.ECHO).withMaxLineBytes(4), e -> { });
                Client client = Client.connect(server)) {
            client.send("abcdefgh"); // two full pieces, no newline, and the client now waits for them
            assertEquals("abcdefgh", new String(client.readExactly(8), StandardCharsets.US_ASCII));
            client.send("ij\n");
            assertEquals("ij\n", client.readLine());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void binaryBytesRoundTripUnchanged(Concurrency how) throws Exception {
        byte[] all = new byte[256 * 4];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i; // every byte value, newline and NUL included, four times
        }
        try (LabServer server = LabServer.start(how.config(ServerKind.ECHO).withMaxLineBytes(100), e -> { });
                Client client = Client.connect(server)) {
            client.send(all);
            client.finishSending();
            assertArrayEquals(all, client.readToEnd());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void aLastLineWithoutNewlineIsEchoedWhenTheClientHangsUp(Concurrency how) throws Exception {
        try (LabServer server = LabServer.start(how.config(ServerKind.ECHO), e -> { });
                Client client = Client.connect(server)) {
            client.send("first\nlast, no newline");
            assertEquals("first\n", client.readLine());
            client.finishSending();
            assertEquals("last, no newline", new String(client.readToEnd(), StandardCharsets.UTF_8));
        }
    }
}
