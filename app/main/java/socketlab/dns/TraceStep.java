package socketlab.dns;

import java.time.Duration;
import java.util.List;
import org.xbill.DNS.Name;

/**
 * One question of an iterative resolution: which server was asked, as a server of which zone, and what it said.
 *
 * @param number   1 for the first question of the trace
 * @param depth    0 for the name itself; 1 while finding the address of a name server that a referral named
 *                 without one (and deeper for such a server's own)
 * @param zone     the zone the asked server serves, e.g. {@code .} for a root server, {@code edu.} for an edu one
 * @param server   who was asked
 * @param question what was asked
 * @param kind     what came back
 * @param summary  what came back, in a sentence
 * @param records  the records that matter: a referral's NS records and their addresses (glue), or the answer
 * @param elapsed  from the query to the reply (or to giving up)
 */
public record TraceStep(int number, int depth, Name zone, Trace.NamedServer server, Question question, Kind kind,
        String summary, List<DnsRecord> records, Duration elapsed) {

    public TraceStep {
        records = List.copyOf(records);
    }

    /** What one step brought back. */
    public enum Kind {
        /** "I don't know, ask these servers of a zone closer to the name." */
        REFERRAL("referral"),
        /** The records asked for. */
        ANSWER("answer"),
        /** The name is an alias (CNAME) for another, whose resolution starts again at the root. */
        ALIAS("alias"),
        /** NXDOMAIN from the zone's own server. */
        NO_SUCH_NAME("no such name"),
        /** The name exists but has no record of the type. */
        NO_DATA("no data"),
        /** No reply in time, or the server could not be reached. */
        NO_REPLY("no reply"),
        /** An error reply (SERVFAIL, REFUSED) or a referral that leads nowhere. */
        ERROR("error");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
