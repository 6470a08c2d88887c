package socketlab.lessons;

import java.util.List;
import socketlab.client.BurstResult;
import socketlab.client.ClientEvent;
import socketlab.decode.Frame;
import socketlab.server.ServerConfig;
import socketlab.server.ServerEvent;

/**
 * Something the lab's engine did or the learner selected, handed to {@link LabFacts#observe} from any thread. Lesson
 * checks are decided from these alone, never by reading the screen.
 */
public sealed interface Observation {

    /** A lab server's event; {@code serverId} tells the window's servers apart. */
    record ServerSeen(long serverId, ServerConfig config, ServerEvent event) implements Observation {
    }

    /** A lab server is gone (stopped or removed). */
    record ServerStopped(long serverId) implements Observation {
    }

    /** A lab client's event; {@code clientId} tells the window's clients apart. */
    record ClientSeen(long clientId, ClientEvent event) implements Observation {
    }

    /** A burst ended. */
    record BurstSeen(BurstResult result) implements Observation {
    }

    /**
     * A DNS lookup answered (an empty list: the name exists but has no such record, or does not exist).
     *
     * @param type the record type's id: A, AAAA, PTR, MX, ...
     * @param answers the answers as text (addresses for A/AAAA, names for PTR)
     */
    record DnsAnswered(String name, String type, List<String> answers) implements Observation {
        public DnsAnswered {
            answers = List.copyOf(answers);
        }

        /** What a lookup of {@code name} for {@code type} answered: the data of its answer records of that type. */
        public static DnsAnswered of(String name, socketlab.dns.RecordType type, socketlab.dns.LookupResult r) {
            List<String> data = r.isAnswer() ? r.answers().stream().filter(a -> a.is(type))
                    .map(socketlab.dns.DnsRecord::data).toList() : List.of();
            return new DnsAnswered(name, type.id().toUpperCase(java.util.Locale.ROOT), data);
        }
    }

    /**
     * An iterative trace ended.
     *
     * @param answered it reached an answer (not a dead end or a timeout)
     * @param referrals how many referrals it followed on the way
     * @param localHierarchy it ran against the lab's local hierarchy, not the Internet's roots
     */
    record TraceFinished(String name, boolean answered, int referrals, boolean localHierarchy)
            implements Observation {
        /** A trace whose referrals and hierarchy are not known. */
        public TraceFinished(String name, boolean answered) {
            this(name, answered, 0, false);
        }

        /** How a trace of {@code name} ended; {@code local}: it started at the lab's local hierarchy. */
        public static TraceFinished of(String name, socketlab.dns.TraceResult r, boolean local) {
            int referrals = (int) r.steps().stream()
                    .filter(s -> s.kind() == socketlab.dns.TraceStep.Kind.REFERRAL).count();
            return new TraceFinished(name, r.isAnswer(), referrals, local);
        }
    }

    /** The Addresses pane shows this address and port, laid out as sockaddr_in's 16 bytes. */
    record SockaddrShown(String address, int port, byte[] sixteenBytes) implements Observation {
        public SockaddrShown {
            sixteenBytes = sixteenBytes == null ? new byte[0] : sixteenBytes.clone();
        }
    }

    /** New frames arrived in the capture (those already seen are not repeated). */
    record CaptureFrames(List<Frame> frames) implements Observation {
        public CaptureFrames {
            frames = List.copyOf(frames);
        }
    }

    /** The capture was cleared or a new capture started: the frames before it are gone. */
    record CaptureCleared() implements Observation {
    }

    /** The learner selected this packet; null when the selection was cleared. */
    record PacketSelected(Frame frame) implements Observation {
    }

    /** The learner selected this field (a display-filter name such as tcp.flags.syn); null when cleared. */
    record FieldSelected(String fieldName) implements Observation {
    }

    /**
     * The kernel's accept queue of a lab server's listening socket holds {@code waiting} connections (as the Servers
     * pane reads it from /proc/net/tcp): clients connected, not accepted yet — also clients such as nc that the lab
     * did not start.
     */
    record BacklogSeen(long serverId, int waiting) implements Observation {
    }

    /**
     * A lab server's statistics as the Servers pane reads them ({@link socketlab.server.LabServer#stats()}): the
     * server's own count of the most handlers at once, exact where counting events from several threads is not.
     */
    record StatsSeen(long serverId, socketlab.server.ServerStats stats) implements Observation {
    }

    /** The learner answered a question step. */
    record Answered(String stepId, String text) implements Observation {
    }
}
