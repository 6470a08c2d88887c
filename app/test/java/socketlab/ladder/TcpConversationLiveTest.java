package socketlab.ladder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import socketlab.decode.Frame;
import socketlab.net.SocketPair;

/**
 * Ladders of real connections to a lab echo server, captured live on loopback: the handshake, the data both ways and
 * the close with the right directions and numbers, every check holding, the bytes followed, and the lab's own socket
 * calls on the right connection.
 */
class TcpConversationLiveTest {
    private static final String LINE = "hello, ladder\n";
    private static final int LEN = LINE.getBytes(StandardCharsets.UTF_8).length;

    @Test
    void theLadderOfAnEchoConnectionHasTheHandshakeTheDataAndTheCloseWithEveryCheckHolding() throws Exception {
        try (LiveConnections live = new LiveConnections()) {
            SocketPair pair = live.talk(LINE);
            TcpConversation c = live.conversation(pair);

            assertEquals(pair.client(), c.client());
            assertEquals(pair.server(), c.server());
            assertTrue(c.handshakeSeen());
            assertEquals(c.segmentCount(), c.arrows().size());
            List<LadderArrow> a = c.arrows();
            assertEquals("SYN", a.get(0).flags());
            assertTrue(a.get(0).fromClient());
            assertEquals("[SYN] seq=0", a.get(0).label());
            assertEquals("SYN, ACK", a.get(1).flags());
            assertFalse(a.get(1).fromClient());
            assertEquals("[SYN, ACK] seq=0 ack=1", a.get(1).label());
            assertEquals("ACK", a.get(2).flags());
            assertTrue(a.get(2).fromClient());
            assertEquals("[ACK] seq=1 ack=1", a.get(2).label());
            for (int i = 0; i < 3; i++) {
                assertEquals(Phase.HANDSHAKE, a.get(i).phase(), a.get(i).toString());
            }
            assertEquals(0, a.get(0).relativeMicros());
            for (int i = 1; i < a.size(); i++) {
                assertTrue(a.get(i).relativeMicros() >= a.get(i - 1).relativeMicros(), "time goes down the ladder");
                assertTrue(a.get(i).frameNumber() > a.get(i - 1).frameNumber());
            }

            LadderArrow request = a.stream().filter(x -> x.fromClient() && x.carriesData()).findFirst().orElseThrow();
            assertEquals(LEN, request.length());
            assertEquals("[PSH, ACK] seq=1 ack=1 len=" + LEN, request.label());
            assertEquals(Phase.DATA, request.phase());
            LadderArrow echo = a.stream().filter(x -> !x.fromClient() && x.carriesData()).findFirst().orElseThrow();
            assertEquals(LEN, echo.length());
            assertEquals(1 + LEN, echo.ack());
            assertEquals(2, a.stream().filter(LadderArrow::carriesData).count(), "one line each way");

            LadderArrow clientFin = a.stream().filter(x -> x.fromClient() && x.has("FIN")).findFirst().orElseThrow();
            LadderArrow serverFin = a.stream().filter(x -> !x.fromClient() && x.has("FIN")).findFirst()
                    .orElseThrow();
            assertEquals("FIN, ACK", clientFin.flags());
            assertEquals(1 + LEN, clientFin.seq());
            assertEquals(Phase.CLOSE, clientFin.phase());
            assertEquals(Phase.CLOSE, serverFin.phase());
            assertEquals(Phase.CLOSE, a.getLast().phase());
            assertEquals(2 + LEN, a.getLast().ack(), "the last ACK acknowledges the server's FIN");
            assertTrue(a.stream().noneMatch(x -> x.phase() == Phase.RESET));

            Set<String> rules = c.checks().stream().map(LadderCheck::rule).collect(Collectors.toSet());
            assertTrue(rules.containsAll(Set.of("SYN-ACK ack = client ISN + 1",
                    "ACK of the handshake: ack = server ISN + 1", "the SYN used one sequence number: seq = client ISN + 1",
                    "data ack = seq + len", "FIN consumes one sequence number")), rules.toString());
            assertTrue(c.allChecksHold(), c.checks().toString());
            LadderCheck synAck = c.checks().getFirst();
            assertEquals(a.get(1).frameNumber(), synAck.frameNumber());
            assertEquals("ack " + a.get(1).rawAck() + " = ISN " + a.get(0).rawSeq() + " + 1", synAck.detail());
            assertEquals("✓", synAck.mark());
            assertEquals(2, c.checks().stream().filter(x -> x.rule().startsWith("FIN")).count(), "both FINs");
            assertEquals(2, c.checks().stream().filter(x -> x.rule().startsWith("data")).count(), "both lines");

            FollowStream s = c.followStream();
            assertArrayEquals(LINE.getBytes(StandardCharsets.UTF_8), s.bytesFrom(true));
            assertArrayEquals(LINE.getBytes(StandardCharsets.UTF_8), s.bytesFrom(false), "the echo");
            assertEquals(LEN, s.clientBytes());
            assertEquals(LEN, s.serverBytes());
            assertEquals(2, s.chunks().size());
            assertTrue(s.chunks().get(0).fromClient());
            assertEquals(LINE, s.chunks().get(0).text());
            assertEquals(request.frameNumber(), s.chunks().get(0).frameNumber());
            assertFalse(s.capped());
            assertEquals(0, s.missingRanges());
        }
    }

    @Test
    void theLabsSocketCallsLandOnTheirOwnConnectionBetweenTheRightArrows() throws Exception {
        try (LiveConnections live = new LiveConnections()) {
            SocketPair first = live.talk(LINE);
            SocketPair second = live.talk("second connection, longer line\n");
            TcpConversation one = live.conversation(first);
            TcpConversation two = live.conversation(second);
            assertEquals(0, one.stream());
            assertEquals(1, two.stream());

            for (TcpConversation c : List.of(one, two)) {
                for (LadderNote n : c.notes()) {
                    assertTrue(n.note().pair().equals(c.pair()), n + " is not on " + c.pair());
                }
            }
            List<String> texts = one.notes().stream().map(n -> n.note().text()).toList();
            assertTrue(texts.containsAll(List.of("server accept()", "server read() " + LEN + " bytes",
                    "server write() " + LEN + " bytes", "server read() returns 0: EOF", "server close()",
                    "client socket()", "client connect() returns", "client write() " + LEN + " bytes",
                    "client read() " + LEN + " bytes", "client close()")), texts.toString());
            assertTrue(two.notes().stream().anyMatch(n -> n.note().text().equals("server read() 31 bytes")),
                    two.notes().toString());
            assertTrue(one.notes().stream().noneMatch(n -> n.note().text().contains("31")), one.notes().toString());

            // Placed by cause and effect: a read returns after its data segment was sent, a write before its own.
            List<LadderArrow> a = one.arrows();
            int request = indexOf(a, x -> x.fromClient() && x.carriesData());
            int echo = indexOf(a, x -> !x.fromClient() && x.carriesData());
            LadderNote read = note(one, "server read() " + LEN + " bytes");
            assertTrue(read.afterArrows() > request, read + " should come after arrow " + request);
            LadderNote write = note(one, "server write() " + LEN + " bytes");
            assertTrue(write.afterArrows() > echo, write + " comes after the echo it sent on loopback");
            LadderNote socket = note(one, "client socket()");
            assertEquals(0, socket.afterArrows(), "socket() comes before the SYN");
            assertEquals(LabNote.Side.SERVER, read.note().side());
            assertEquals(LabNote.Side.CLIENT, socket.note().side());
            assertEquals(one.notes().stream().sorted((x, y) -> x.note().time().compareTo(y.note().time())).toList(),
                    one.notes(), "in time order");
        }
    }

    @Test
    void aFrameNumberFindsItsConnectionAndAnythingElseFindsNone() throws Exception {
        try (LiveConnections live = new LiveConnections()) {
            SocketPair first = live.talk(LINE);
            live.talk(LINE);
            List<Frame> frames = live.frames();
            TcpConversation two = live.conversation(live.talk(LINE));
            long someFrame = two.arrows().get(3).frameNumber();
            TcpConversation found = TcpConversation.containing(live.frames(), someFrame, null).orElseThrow();
            assertEquals(two.stream(), found.stream());
            assertEquals(two.pair(), found.pair());
            assertTrue(found.notes().isEmpty(), "no log given, no notes");
            assertEquals(3, found.indexOf(someFrame).orElseThrow());
            assertTrue(found.indexOf(live.conversation(first).arrows().getFirst().frameNumber()).isEmpty());
            assertTrue(TcpConversation.containing(frames, 1_000_000, null).isEmpty());
            assertTrue(TcpConversation.of(frames, 99, null).isEmpty());
            assertEquals("TCP stream " + two.stream() + ": " + two.client() + " → " + two.server() + ", "
                    + two.segmentCount() + " segments", two.title());
        }
    }

    private static int indexOf(List<LadderArrow> a, java.util.function.Predicate<LadderArrow> p) {
        for (int i = 0; i < a.size(); i++) {
            if (p.test(a.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such arrow in " + a);
    }

    private static LadderNote note(TcpConversation c, String text) {
        return c.notes().stream().filter(n -> n.note().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no note " + text + " in " + c.notes()));
    }
}
