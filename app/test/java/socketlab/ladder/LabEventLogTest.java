package socketlab.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import socketlab.client.ClientEvent;
import socketlab.net.Endpoint;
import socketlab.net.SocketPair;
import socketlab.server.CloseReason;
import socketlab.server.ServerEvent;

/** The log of lab socket calls: per-server connection numbers, a client's calls before connect, the bound. */
class LabEventLogTest {
    private static final Instant T = Instant.parse("2026-11-02T10:00:00.000123Z");

    private static SocketPair pair(int clientPort, int serverPort) {
        InetAddress lo = InetAddress.getLoopbackAddress();
        return new SocketPair(new Endpoint(lo, clientPort), new Endpoint(lo, serverPort));
    }

    @Test
    void eachServerKeepsItsOwnConnectionNumbers() {
        LabEventLog log = new LabEventLog();
        Consumer<ServerEvent> a = log.serverListener();
        Consumer<ServerEvent> b = log.serverListener();
        SocketPair onA = pair(50001, 7000);
        SocketPair onB = pair(50002, 8000);
        a.accept(new ServerEvent.Accepted(T, 1, onA));
        b.accept(new ServerEvent.Accepted(T, 1, onB)); // the same number on another server
        a.accept(new ServerEvent.BytesRead(T.plusMillis(1), 1, 6));
        b.accept(new ServerEvent.BytesWritten(T.plusMillis(1), 1, 1));
        a.accept(new ServerEvent.Closed(T.plusMillis(2), 1, onA, CloseReason.CLIENT_HUNG_UP, 6, 6));
        a.accept(new ServerEvent.BytesRead(T.plusMillis(3), 1, 9)); // after close: no pair any more

        long from = T.getEpochSecond() * 1_000_000;
        assertEquals(List.of("server accept()", "server read() 6 bytes", "server read() returns 0: EOF",
                "server close()"), log.notesFor(onA, from, from + 10_000_000).stream().map(LabNote::text).toList());
        assertEquals(List.of("server accept()", "server write() 1 byte"),
                log.notesFor(onB.mirrored(), from, from + 10_000_000).stream().map(LabNote::text).toList());
        assertEquals(T.getEpochSecond() * 1_000_000 + 123, log.snapshot().getFirst().epochMicros());
        assertEquals(List.of(), log.notesFor(onA, from + 5_000_000, from + 10_000_000), "outside the time");
    }

    @Test
    void aClientsSocketCallWaitsForConnectToKnowItsPair() {
        LabEventLog log = new LabEventLog();
        Consumer<ClientEvent> client = log.clientListener();
        SocketPair p = pair(50003, 7000);
        client.accept(new ClientEvent.SocketOpened(T, p.server().address()));
        assertEquals(0, log.size(), "no pair yet");
        client.accept(new ClientEvent.Connected(T.plusMillis(1), p.client(), p.server()));
        client.accept(new ClientEvent.Sent(T.plusMillis(2), "hi\n".getBytes(StandardCharsets.US_ASCII)));
        client.accept(new ClientEvent.EndOfStream(T.plusMillis(3)));
        client.accept(new ClientEvent.Closed(T.plusMillis(4), 3, 0));
        List<LabNote> notes = log.snapshot();
        assertEquals(List.of("client socket()", "client connect() returns", "client write() 3 bytes",
                "client read() returns 0: EOF", "client close()"), notes.stream().map(LabNote::text).toList());
        assertTrue(notes.stream().allMatch(n -> n.pair().equals(p) && n.side() == LabNote.Side.CLIENT));
    }

    @Test
    void theOldestNotesGoFirstWhenFull() {
        LabEventLog log = new LabEventLog(3);
        for (int i = 0; i < 5; i++) {
            log.add(new LabNote(T.plusMillis(i), pair(50000 + i, 7), LabNote.Side.SERVER, "call " + i));
        }
        assertEquals(List.of("call 2", "call 3", "call 4"), log.snapshot().stream().map(LabNote::text).toList());
        log.clear();
        assertEquals(0, log.size());
        assertThrows(IllegalArgumentException.class, () -> new LabEventLog(0));
    }
}
