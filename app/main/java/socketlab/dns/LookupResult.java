package socketlab.dns;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.Name;

/**
 * What a lookup found, in the shape of a DNS reply, for the window's table and the command line's dig-like text.
 *
 * @param questions     what was asked: one question, or A and AAAA for an address lookup
 * @param outcome       how it ended
 * @param status        the reply's status code, e.g. {@code NOERROR} or {@code NXDOMAIN}; empty when no DNS
 *                      server was asked (hosts file, an address literal)
 * @param problem       why there is no answer, in plain words; empty for an answer
 * @param answers       the answer records, aliases (CNAME) first, in the order the chain was followed
 * @param authority     the authority records of a negative answer or a referral (the zone's SOA, or NS records)
 * @param canonicalName the name the aliases lead to (getaddrinfo's ai_canonname), if any
 * @param addresses     the addresses found, for address and reverse lookups the way getaddrinfo returns them
 * @param notes         remarks beside the answer, e.g. "no AAAA record for web.example.com."
 * @param answeredBy    who answered: {@code 127.0.0.1#53}, or where the answer came from when no server was asked
 * @param elapsed       the time spent waiting for replies, all queries together
 */
public record LookupResult(List<Question> questions, Outcome outcome, String status, String problem,
        List<DnsRecord> answers, List<DnsRecord> authority, Optional<Name> canonicalName,
        List<InetAddress> addresses, List<String> notes, String answeredBy, Duration elapsed) {

    public LookupResult {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        authority = List.copyOf(authority);
        addresses = List.copyOf(addresses);
        notes = List.copyOf(notes);
    }

    public boolean isAnswer() {
        return outcome.isAnswer();
    }
}
