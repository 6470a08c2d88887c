package socketlab.ladder;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import socketlab.decode.Frame;
import socketlab.decode.Ipv4Dissector;
import socketlab.decode.Ipv6Dissector;
import socketlab.decode.Layer;
import socketlab.decode.Protocol;
import socketlab.decode.TcpDissector;
import socketlab.net.Endpoint;

/** Turns the frames of one TCP stream into a {@link TcpConversation}: endpoints, arrows, checks, notes, bytes. */
final class ConversationBuilder {
    /** How far before the first and after the last segment a lab call may lie and still belong to the connection. */
    static final long NOTE_SLACK_MICROS = 2_000_000;
    /** The most lab calls placed on one ladder. */
    static final int MAX_NOTES = 5_000;

    private static final int FIN = 0x01;
    private static final int SYN = 0x02;
    private static final int RST = 0x04;
    private static final int PSH = 0x08;
    private static final int ACK = 0x10;
    private static final int URG = 0x20;
    private static final int ECE = 0x40;
    private static final int CWR = 0x80;

    private ConversationBuilder() {
    }

    /** One segment as read from its frame; the payload is the frame's own array, not copied. */
    private record Segment(long number, long micros, Endpoint src, Endpoint dst, int flags, long seq, long ack,
            long rawSeq, long rawAck, int length, long window, byte[] data, int payloadOffset, int payloadLength) {
        boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    static Optional<TcpConversation> build(Iterable<Frame> frames, int stream, LabEventLog log) {
        List<Segment> segments = new ArrayList<>();
        for (Frame f : frames) {
            OptionalInt s = TcpConversation.streamOf(f);
            if (s.isPresent() && s.getAsInt() == stream) {
                Segment seg = segment(f);
                if (seg != null) {
                    segments.add(seg);
                }
            }
        }
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Segment opener = null;
        for (Segment s : segments) {
            if (s.has(SYN)) {
                opener = s;
                break;
            }
        }
        boolean handshakeSeen = opener != null;
        Endpoint client;
        if (opener == null) {
            client = segments.getFirst().src();
        } else {
            client = opener.has(ACK) ? opener.dst() : opener.src(); // only the SYN-ACK seen: its receiver opened
        }
        Endpoint first = segments.getFirst().src();
        Endpoint server = client.equals(first) ? segments.getFirst().dst() : first;

        long start = segments.getFirst().micros();
        List<LadderArrow> arrows = new ArrayList<>(Math.min(segments.size(), TcpConversation.MAX_ARROWS));
        SequenceChecks checks = new SequenceChecks();
        FollowStream.Builder bytes = new FollowStream.Builder();
        boolean synAckSeen = false;
        boolean handshakeDone = false;
        boolean finSeen = false;
        for (Segment s : segments) {
            boolean fromClient = s.src().equals(client);
            Phase phase;
            if (s.has(RST)) {
                phase = Phase.RESET;
            } else if (s.has(SYN)) {
                phase = Phase.HANDSHAKE;
                synAckSeen |= s.has(ACK) && !fromClient;
            } else if (s.has(FIN) || finSeen) {
                phase = Phase.CLOSE;
            } else if (synAckSeen && !handshakeDone && fromClient && s.has(ACK) && s.length() == 0) {
                phase = Phase.HANDSHAKE;
            } else {
                phase = Phase.DATA;
            }
            if (fromClient && synAckSeen && !s.has(SYN)) {
                handshakeDone = true;
            }
            finSeen |= s.has(FIN);
            LadderArrow arrow = new LadderArrow(s.number(), s.micros() - start, fromClient, flagText(s.flags()),
                    s.seq(), s.ack(), s.has(ACK), s.rawSeq(), s.rawAck(), s.length(), s.window(), phase);
            checks.observe(arrow);
            if (arrows.size() < TcpConversation.MAX_ARROWS) {
                arrows.add(arrow);
            }
            if (s.payloadLength() > 0) {
                byte[] payload = new byte[s.payloadLength()];
                System.arraycopy(s.data(), s.payloadOffset(), payload, 0, payload.length);
                bytes.add(s.number(), fromClient, s.seq(), payload);
            }
        }
        List<LadderNote> notes = log == null ? List.of()
                : place(log.notesFor(new socketlab.net.SocketPair(client, server), start - NOTE_SLACK_MICROS,
                        segments.getLast().micros() + NOTE_SLACK_MICROS), arrows, start);
        return Optional.of(new TcpConversation(stream, client, server, handshakeSeen, arrows, segments.size(), start,
                checks.result(), notes, bytes.build()));
    }

    /** Puts each call after the arrows captured before it (or at the same microsecond). */
    private static List<LadderNote> place(List<LabNote> found, List<LadderArrow> arrows, long start) {
        List<LadderNote> placed = new ArrayList<>(Math.min(found.size(), MAX_NOTES));
        for (LabNote n : found) {
            if (placed.size() == MAX_NOTES) {
                break;
            }
            long rel = n.epochMicros() - start;
            int lo = 0;
            int hi = arrows.size();
            while (lo < hi) { // the first arrow later than the note
                int mid = (lo + hi) >>> 1;
                if (arrows.get(mid).relativeMicros() <= rel) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            placed.add(new LadderNote(n, lo));
        }
        return placed;
    }

    private static Segment segment(Frame f) {
        Layer tcp = f.layer(Protocol.TCP).orElse(null);
        if (tcp == null || tcp.field(TcpDissector.SEQ).isEmpty() || tcp.field(TcpDissector.ACK).isEmpty()) {
            return null; // a header cut short: nothing to draw
        }
        Endpoint src;
        Endpoint dst;
        try {
            String[] addr = addresses(f);
            if (addr == null) {
                return null;
            }
            src = new Endpoint(InetAddress.ofLiteral(addr[0]), (int) tcp.number(TcpDissector.SRCPORT, 0));
            dst = new Endpoint(InetAddress.ofLiteral(addr[1]), (int) tcp.number(TcpDissector.DSTPORT, 0));
        } catch (IllegalArgumentException e) {
            return null;
        }
        // The segment's data follows the TCP header, whatever the decoder made of it (HTTP, TLS, DNS or plain data).
        int off = tcp.offset() + tcp.length();
        int len = (int) Math.max(0, Math.min(tcp.number(TcpDissector.LEN, 0), f.data().length - off));
        return new Segment(f.number(), f.epochMicros(), src, dst, (int) tcp.number(TcpDissector.FLAGS, 0),
                tcp.number(TcpDissector.SEQ, 0), tcp.number(TcpDissector.ACK, 0), tcp.number(TcpDissector.SEQ_RAW, 0),
                tcp.number(TcpDissector.ACK_RAW, 0), (int) tcp.number(TcpDissector.LEN, 0),
                tcp.number(TcpDissector.WINDOW_SIZE, tcp.number(TcpDissector.WINDOW, 0)), f.data(), off, len);
    }

    private static String[] addresses(Frame f) {
        Optional<Layer> ip = f.layer(Protocol.IP);
        if (ip.isPresent() && ip.get().field(Ipv4Dissector.DST).isPresent()) {
            return new String[] {ip.get().text(Ipv4Dissector.SRC), ip.get().text(Ipv4Dissector.DST)};
        }
        Optional<Layer> ip6 = f.layer(Protocol.IPV6);
        if (ip6.isPresent() && ip6.get().field(Ipv6Dissector.DST).isPresent()) {
            return new String[] {ip6.get().text(Ipv6Dissector.SRC), ip6.get().text(Ipv6Dissector.DST)};
        }
        return null;
    }

    /** The set flags in Wireshark's order and words: {@code SYN, ACK}, {@code PSH, ACK}, {@code FIN, ACK}. */
    static String flagText(int flags) {
        List<String> names = new ArrayList<>(4);
        int[] bits = {FIN, SYN, RST, PSH, ACK, URG, ECE, CWR};
        String[] words = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
        for (int i = 0; i < bits.length; i++) {
            if ((flags & bits[i]) != 0) {
                names.add(words[i]);
            }
        }
        return names.isEmpty() ? "<None>" : String.join(", ", names);
    }
}
