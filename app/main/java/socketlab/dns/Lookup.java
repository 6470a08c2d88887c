package socketlab.dns;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;
import socketlab.net.Addresses;

/**
 * Forward and reverse lookups, the way a program's resolver does them: against the system's resolver (the hosts
 * file, then the DNS servers the system is configured with) or against one chosen server, like {@code dig @server}.
 * Every question asks for recursion; aliases (CNAME) are followed to the canonical name. Blocking: call it on a
 * background thread. Every query is bounded by the timeout.
 */
public final class Lookup {
    /** How long to wait for one server's reply. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** The most aliases followed before giving up, against loops. */
    static final int MAX_ALIASES = 8;
    /** The most configured servers tried, as the C resolver (MAXNS). */
    static final int MAX_SYSTEM_SERVERS = 3;

    private final List<DnsServer> servers;
    private final HostsFile hosts; // null when a server was chosen: then only DNS is asked
    private final Duration timeout;
    private final String source;

    private Lookup(List<DnsServer> servers, HostsFile hosts, Duration timeout, String source) {
        this.servers = List.copyOf(servers);
        this.hosts = hosts;
        this.timeout = timeout;
        this.source = source;
    }

    /** Lookups through the system's resolver: its hosts file, then its configured DNS servers in order. */
    public static Lookup system(Duration timeout) {
        ResolverConfig.refresh();
        List<DnsServer> configured = ResolverConfig.getCurrentConfig().servers().stream().map(DnsServer::of)
                .limit(MAX_SYSTEM_SERVERS).toList();
        return new Lookup(configured, HostsFile.system(), timeout, "the system resolver");
    }

    /** Lookups through a system resolver with {@code hosts} as its hosts file and {@code servers} as its DNS servers. */
    static Lookup system(List<DnsServer> servers, HostsFile hosts, Duration timeout) {
        return new Lookup(servers, hosts, timeout, "the system resolver");
    }

    /** Lookups sent to {@code server} only, like {@code dig @server}. */
    public static Lookup at(DnsServer server, Duration timeout) {
        return new Lookup(List.of(server), null, timeout, server.toString());
    }

    /** Who is asked: "the system resolver" or the chosen server. */
    public String source() {
        return source;
    }

    /** The DNS servers asked, in order. */
    public List<DnsServer> servers() {
        return servers;
    }

    // Forward

    /**
     * The addresses of a name, as getaddrinfo finds them: every A and/or AAAA record after following aliases, the
     * canonical name, and which family had none. An address literal comes back as it is, without a query.
     */
    public LookupResult addresses(Target target, Family family) throws DnsFailure {
        List<Question> questions = new ArrayList<>();
        for (RecordType t : family.types()) {
            questions.add(new Question(target.queryName(), t));
        }
        if (target instanceof Target.Address(InetAddress a)) {
            return literal(questions, a, family);
        }
        Name name = ((Target.HostName) target).name();
        if (hosts != null) {
            Optional<LookupResult> local = fromHostsFile(questions, name, family);
            if (local.isPresent()) {
                return local.get();
            }
        }
        List<Single> parts = new ArrayList<>();
        for (RecordType t : family.types()) {
            parts.add(query(name, t));
        }
        return combine(questions, parts);
    }

    /** The records of one type at a name, like {@code dig NAME TYPE}; for an address, only PTR may be asked. */
    public LookupResult records(Target target, RecordType type) throws DnsFailure {
        if (target instanceof Target.Address(InetAddress a) && type != RecordType.PTR) {
            throw new DnsFailure(DnsFailure.Kind.INVALID, Addresses.toText(a) + " is an address, not a name: it"
                    + " has no " + type + " records; use a reverse lookup to find its name");
        }
        List<Question> questions = List.of(new Question(target.queryName(), type));
        if (hosts != null && target instanceof Target.HostName(Name name)
                && (type == RecordType.A || type == RecordType.AAAA)) {
            Optional<LookupResult> local = fromHostsFile(questions, name,
                    type == RecordType.A ? Family.IPV4 : Family.IPV6);
            if (local.isPresent()) {
                return local.get();
            }
        }
        Single s = query(target.queryName(), type);
        return s.result(questions, s.problem());
    }

    // Reverse

    /**
     * The name of an address, as getnameinfo finds it: the hosts file (system resolver only), then the PTR record at
     * the address's reverse name ({@code 4.3.2.1.in-addr.arpa.} or the nibbles under {@code ip6.arpa.}).
     */
    public LookupResult reverse(Target target) throws DnsFailure {
        if (!(target instanceof Target.Address(InetAddress address))) {
            throw new DnsFailure(DnsFailure.Kind.INVALID, "a reverse lookup needs an IP address, like"
                    + " 171.64.64.64; \"" + target + "\" is a name (look it up forward instead)");
        }
        Name reverseName = target.queryName();
        List<Question> questions = List.of(new Question(reverseName, RecordType.PTR));
        if (hosts != null) {
            Optional<String> listed = hosts.nameOf(address);
            if (listed.isPresent()) {
                DnsRecord r = new DnsRecord(reverseName.toString(), DnsRecord.NO_TTL, "IN", "PTR",
                        absolute(listed.get()));
                return new LookupResult(questions, Outcome.ANSWER, "", "", List.of(r), List.of(), Optional.empty(),
                        List.of(address), List.of("found in the hosts file; DNS was not asked"),
                        "hosts file " + hosts.path(), Duration.ZERO);
            }
        }
        Single s = query(reverseName, RecordType.PTR);
        String problem = switch (s.outcome) {
            case NO_SUCH_NAME, NO_DATA -> "no name for this address: DNS has no PTR record for "
                    + Addresses.toText(address) + " (at " + reverseName + ", " + s.status + ")";
            default -> s.problem();
        };
        LookupResult r = s.result(questions, problem);
        return new LookupResult(r.questions(), r.outcome(), r.status(), r.problem(), r.answers(), r.authority(),
                Optional.empty(), List.of(address), r.notes(), r.answeredBy(), r.elapsed());
    }

    // One question, aliases followed

    /** What one question came to, before it is shaped into a result. */
    private record Single(RecordType type, Outcome outcome, String status, List<DnsRecord> answers,
            List<DnsRecord> authority, Name asked, Name last, String referralTo, String answeredBy,
            Duration elapsed) {

        String problem() {
            String aliasNote = asked.equals(last) ? "" : asked + " is an alias for " + last + ", and ";
            return switch (outcome) {
                case ANSWER -> "";
                case NO_SUCH_NAME -> "no such name: " + aliasNote + last + " does not exist (NXDOMAIN)";
                case NO_DATA -> "the name exists but has no " + type + " record: " + aliasNote + last
                        + " has none (NOERROR, no data)";
                case REFERRAL -> answeredBy + " does not answer for " + last + " itself and does not look names"
                        + " up for others (no recursion): it refers to " + referralTo + ". Ask one of those"
                        + " servers, or trace the name from the root";
                case SERVER_FAILURE -> "the server failed (SERVFAIL): it could not get an answer for " + last
                        + ", for example because the zone's own servers did not reply";
                case REFUSED -> "the server refused to answer (REFUSED): " + answeredBy + " does not serve "
                        + last + " and does not look names up for this machine";
                case NO_REPLY -> "no reply from " + answeredBy;
                case OTHER_ERROR -> "the server answered with the error " + status + " for " + last;
            };
        }

        LookupResult result(List<Question> questions, String problem) {
            List<InetAddress> addresses = outcome.isAnswer() ? addressesOf(answers) : List.of();
            Optional<Name> canonical = outcome.isAnswer() || !asked.equals(last) ? Optional.of(last)
                    : Optional.empty();
            return new LookupResult(questions, outcome, status, problem, answers, authority, canonical, addresses,
                    List.of(), answeredBy, elapsed);
        }
    }

    private Single query(Name name, RecordType type) throws DnsFailure {
        List<DnsRecord> answers = new ArrayList<>();
        Set<Name> seen = new LinkedHashSet<>();
        Name current = name;
        Duration elapsed = Duration.ZERO;
        for (int hop = 0; ; hop++) {
            seen.add(current);
            Exchange.Reply reply = ask(current, type);
            elapsed = elapsed.plus(reply.elapsed());
            Message m = reply.message();
            int rcode = m.getRcode();
            String status = Rcode.string(rcode);
            String by = reply.server().toString();
            List<Record> answer = m.getSection(Section.ANSWER);
            List<DnsRecord> authority = m.getSection(Section.AUTHORITY).stream().map(DnsRecord::of).toList();

            Name last = current;
            if (type != RecordType.CNAME) {
                for (int i = 0; i <= MAX_ALIASES; i++) {
                    Optional<Record> alias = first(answer, last, Type.CNAME);
                    if (alias.isEmpty()) {
                        break;
                    }
                    addOnce(answers, DnsRecord.of(alias.get()));
                    last = ((CNAMERecord) alias.get()).getTarget();
                    if (!seen.add(last)) {
                        return new Single(type, Outcome.OTHER_ERROR, "alias loop", answers, authority, name, last,
                                "", by, elapsed);
                    }
                }
            }
            Name owner = last;
            List<Record> data = answer.stream().filter(r -> r.getType() == type.code() && r.getName().equals(owner))
                    .toList();
            data.forEach(r -> addOnce(answers, DnsRecord.of(r)));
            if (!data.isEmpty()) {
                return new Single(type, Outcome.ANSWER, status, answers, List.of(), name, last, "", by, elapsed);
            }
            Outcome failed = switch (rcode) {
                case Rcode.NOERROR -> null;
                case Rcode.NXDOMAIN -> Outcome.NO_SUCH_NAME;
                case Rcode.SERVFAIL -> Outcome.SERVER_FAILURE;
                case Rcode.REFUSED -> Outcome.REFUSED;
                default -> Outcome.OTHER_ERROR;
            };
            if (failed != null) {
                return new Single(type, failed, status, answers, authority, name, last, "", by, elapsed);
            }
            boolean negative = m.getSection(Section.AUTHORITY).stream().anyMatch(r -> r.getType() == Type.SOA);
            if (!last.equals(current) && !negative) {
                // The server gave the alias but not what it points to (another zone): ask for the target itself.
                if (hop >= MAX_ALIASES) {
                    return new Single(type, Outcome.OTHER_ERROR, "too many aliases", answers, authority, name,
                            last, "", by, elapsed);
                }
                current = last;
                continue;
            }
            Optional<String> referral = referral(m);
            if (referral.isPresent()) {
                return new Single(type, Outcome.REFERRAL, status, answers, authority, name, last, referral.get(), by,
                        elapsed);
            }
            return new Single(type, Outcome.NO_DATA, status, answers, authority, name, last, "", by, elapsed);
        }
    }

    /** A reply that only names the servers of a zone closer to the name: "the zone lab. (ns1.lab.)". */
    private static Optional<String> referral(Message m) {
        if (m.getHeader().getFlag(Flags.AA)) {
            return Optional.empty();
        }
        List<Record> ns = m.getSection(Section.AUTHORITY).stream().filter(r -> r.getType() == Type.NS).toList();
        if (ns.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = ns.stream().map(r -> r.rdataToString()).toList();
        return Optional.of("the zone " + ns.getFirst().getName() + " (" + String.join(", ", names) + ")");
    }

    /** Asks the chosen server, or the configured servers in turn until one replies usefully. */
    private Exchange.Reply ask(Name name, RecordType type) throws DnsFailure {
        if (servers.isEmpty()) {
            throw new DnsFailure(DnsFailure.Kind.NETWORK, "no network: this machine has no DNS server configured");
        }
        DnsFailure lastFailure = null;
        Exchange.Reply lastReply = null;
        for (DnsServer s : servers) {
            try {
                lastReply = Exchange.ask(s, name, type.code(), true, timeout);
                int rcode = lastReply.message().getRcode();
                // As the C resolver: a server that fails or refuses is not the last word while others remain.
                if (rcode != Rcode.SERVFAIL && rcode != Rcode.REFUSED) {
                    return lastReply;
                }
            } catch (DnsFailure f) {
                lastFailure = f;
            }
        }
        if (lastReply != null) {
            return lastReply;
        }
        throw lastFailure;
    }

    // Address lookups

    private LookupResult combine(List<Question> questions, List<Single> parts) {
        List<DnsRecord> answers = new ArrayList<>();
        List<DnsRecord> authority = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Duration elapsed = Duration.ZERO;
        Single answered = null;
        for (Single p : parts) {
            p.answers().forEach(r -> addOnce(answers, r));
            elapsed = elapsed.plus(p.elapsed());
            if (p.outcome().isAnswer() && answered == null) {
                answered = p;
            }
        }
        Single first = parts.getFirst();
        if (answered != null) {
            for (Single p : parts) {
                if (!p.outcome().isAnswer()) {
                    notes.add(p.outcome() == Outcome.NO_DATA ? "no " + p.type() + " record for " + p.last()
                            : p.type() + ": " + p.problem());
                }
            }
            return new LookupResult(questions, Outcome.ANSWER, answered.status(), "", answers, List.of(),
                    Optional.of(answered.last()), addressesOf(answers), notes, answered.answeredBy(), elapsed);
        }
        // No family had an address: report the first part's reason, worded for both when they agree.
        parts.forEach(p -> p.authority().forEach(r -> addOnce(authority, r)));
        String problem = first.problem();
        boolean allNoData = parts.stream().allMatch(p -> p.outcome() == Outcome.NO_DATA);
        if (allNoData && parts.size() > 1) {
            String alias = first.asked().equals(first.last()) ? "" : first.asked() + " is an alias for "
                    + first.last() + ", and ";
            problem = "the name exists but has no A or AAAA record: " + alias + first.last()
                    + " has no address (NOERROR, no data)";
        }
        Optional<Name> canonical = first.asked().equals(first.last()) ? Optional.empty() : Optional.of(first.last());
        return new LookupResult(questions, first.outcome(), first.status(), problem, answers, authority, canonical,
                List.of(), notes, first.answeredBy(), elapsed);
    }

    private Optional<LookupResult> fromHostsFile(List<Question> questions, Name name, Family family) {
        List<InetAddress> listed = hosts.addresses(name.toString(true));
        String from = "hosts file " + hosts.path();
        String note = "found in the hosts file; DNS was not asked";
        if (listed.stream().noneMatch(family::accepts) && isLocalhost(name)) {
            listed = List.of(loopback(4), loopback(16));
            from = "built in: localhost";
            note = "\"localhost\" always means this machine and is never sent to DNS (RFC 6761)";
        }
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        List<InetAddress> wanted = listed.stream().filter(family::accepts).toList();
        List<DnsRecord> records = wanted.stream().map(a -> new DnsRecord(name.toString(), DnsRecord.NO_TTL, "IN",
                a instanceof Inet4Address ? "A" : "AAAA", Addresses.toText(a))).toList();
        if (wanted.isEmpty()) {
            String problem = "the name exists but has no " + family.types().getFirst() + " record: " + from
                    + " lists only " + listed.stream().map(Addresses::toText).toList() + " for " + name;
            return Optional.of(new LookupResult(questions, Outcome.NO_DATA, "", problem, List.of(), List.of(),
                    Optional.empty(), List.of(), List.of(note), from, Duration.ZERO));
        }
        return Optional.of(new LookupResult(questions, Outcome.ANSWER, "", "", records, List.of(), Optional.of(name),
                wanted, List.of(note), from, Duration.ZERO));
    }

    private static LookupResult literal(List<Question> questions, InetAddress a, Family family) {
        String text = Addresses.toText(a);
        String from = "the address as typed";
        if (!family.accepts(a)) {
            return new LookupResult(questions, Outcome.NO_DATA, "", text + " is an "
                    + (a instanceof Inet4Address ? "IPv4" : "IPv6") + " address, and only " + family.id()
                    + " addresses were asked for", List.of(), List.of(), Optional.empty(), List.of(), List.of(), from,
                    Duration.ZERO);
        }
        DnsRecord r = new DnsRecord(text, DnsRecord.NO_TTL, "IN", a instanceof Inet4Address ? "A" : "AAAA", text);
        return new LookupResult(questions, Outcome.ANSWER, "", "", List.of(r), List.of(), Optional.empty(),
                List.of(a), List.of(text + " is already an address: getaddrinfo returns it as it is, without asking"
                        + " DNS (use a reverse lookup to find its name)"), from, Duration.ZERO);
    }

    /** "localhost." and every name under it (RFC 6761). */
    static boolean isLocalhost(Name name) {
        return name.labels() >= 2 && name.getLabelString(name.labels() - 2).equalsIgnoreCase("localhost");
    }

    /** 127.0.0.1 (4 bytes) or ::1 (16 bytes). */
    private static InetAddress loopback(int bytes) {
        byte[] b = new byte[bytes];
        b[0] = bytes == 4 ? (byte) 127 : 0;
        b[bytes - 1] = 1;
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // 4 or 16 bytes are always an address
        }
    }

    private static List<InetAddress> addressesOf(List<DnsRecord> records) {
        List<InetAddress> out = new ArrayList<>();
        for (DnsRecord r : records) {
            if (r.is(RecordType.A) || r.is(RecordType.AAAA)) {
                socketlab.net.Parsed<InetAddress> p = Addresses.parseLiteral(r.data());
                if (p.isOk()) {
                    out.add(p.value());
                }
            }
        }
        return out;
    }

    private static Optional<Record> first(List<Record> records, Name owner, int type) {
        return records.stream().filter(r -> r.getType() == type && r.getName().equals(owner)).findFirst();
    }

    private static void addOnce(List<DnsRecord> list, DnsRecord r) {
        if (!list.contains(r)) {
            list.add(r);
        }
    }

    private static String absolute(String name) {
        return name.endsWith(".") ? name : name + ".";
    }
}
