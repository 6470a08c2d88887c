package socketlab.dns;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;
import socketlab.net.Addresses;
import socketlab.net.Parsed;

/**
 * An iterative resolution from the root servers, like {@code dig +trace}: ask a root server without asking for
 * recursion, follow its referral to the servers of the top-level domain, then to the domain's, until a server
 * answers. Referrals give name servers' addresses as glue; when one gives none, the server's own name is resolved
 * the same way from the root, never through the system resolver, so that nothing but the chosen roots and the
 * servers they lead to is asked.
 *
 * <p>Referrals carry addresses, not ports: every server of a trace is asked on the roots' port, 53 for the
 * Internet's roots, or the port of a local hierarchy's roots (all roots given must share it).
 *
 * <p>Blocking: run it on a background thread. Each query is bounded by the timeout, at most
 * {@value #SERVERS_PER_ZONE} servers are tried per zone and at most {@value #MAX_STEPS} questions per trace.
 */
public final class Trace {
    /** How long to wait for one server. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    static final int MAX_STEPS = 40;
    static final int SERVERS_PER_ZONE = 3;
    static final int MAX_ALIASES = 8;
    /** How deep lookups of glueless name servers may nest. */
    static final int MAX_DEPTH = 2;

    /** A server to ask, with its name when known (a root hint or the NS record that named it), else "". */
    public record NamedServer(String name, DnsServer server) {
        @Override
        public String toString() {
            return name.isEmpty() ? server.toString() : name + " " + server;
        }
    }

    private final List<NamedServer> roots;
    private final int port;
    private final Duration timeout;
    private final boolean internetRoots;

    private Trace(List<NamedServer> roots, Duration timeout, boolean internetRoots) {
        this.roots = List.copyOf(roots);
        this.port = roots.getFirst().server().port();
        this.timeout = timeout;
        this.internetRoots = internetRoots;
    }

    /** A trace from the Internet's root servers. */
    public static Trace fromInternetRoots(Duration timeout) {
        return new Trace(RootHints.servers(), timeout, true);
    }

    /** A trace from the given roots, e.g. a local hierarchy's; they must share one port, which all servers use. */
    public static Parsed<Trace> fromRoots(List<DnsServer> roots, Duration timeout) {
        if (roots.isEmpty()) {
            return Parsed.invalid("give at least one root server");
        }
        int p = roots.getFirst().port();
        if (roots.stream().anyMatch(r -> r.port() != p)) {
            return Parsed.invalid("every root server must use the same port: referrals give addresses only, so a"
                    + " trace asks every server on the roots' port");
        }
        return Parsed.ok(new Trace(roots.stream().map(r -> new NamedServer("", r)).toList(), timeout, false));
    }

    /** The roots asked first, in order. */
    public List<NamedServer> roots() {
        return roots;
    }

    /** The port every server of this trace is asked on. */
    public int port() {
        return port;
    }

    public boolean usesInternetRoots() {
        return internetRoots;
    }

    /**
     * Resolves {@code target} (a name, or an address's reverse name) for {@code type}, reporting each step to
     * {@code onStep} on this thread as it happens.
     */
    public TraceResult run(Target target, RecordType type, Consumer<TraceStep> onStep) {
        Run run = new Run(onStep);
        Question question = new Question(target.queryName(), type);
        End end = run.walk(target.queryName(), type, 0);
        Duration waited = run.steps.stream().map(TraceStep::elapsed).reduce(Duration.ZERO, Duration::plus);
        return new TraceResult(question, end.outcome, end.problem, run.steps, end.answers, end.path, waited);
    }

    /** How one walk from the root ended. */
    private record End(Outcome outcome, String problem, List<DnsRecord> answers, List<Name> path,
            List<InetAddress> addresses) {
        static End failed(Outcome outcome, String problem, List<DnsRecord> answers, List<Name> path) {
            return new End(outcome, problem, answers, path, List.of());
        }
    }

    /** One trace's state: the steps so far. */
    private final class Run {
        private final Consumer<TraceStep> onStep;
        private final List<TraceStep> steps = new ArrayList<>();

        Run(Consumer<TraceStep> onStep) {
            this.onStep = onStep;
        }

        End walk(Name name, RecordType type, int depth) {
            List<DnsRecord> answers = new ArrayList<>();
            Name current = name;
            for (int aliases = 0; ; aliases++) {
                Name zone = Name.root;
                List<NamedServer> servers = startingRoots();
                List<Name> path = new ArrayList<>(List.of(Name.root));
                while (true) {
                    if (steps.size() >= MAX_STEPS) {
                        return End.failed(Outcome.OTHER_ERROR, "gave up after " + MAX_STEPS + " questions",
                                answers, path);
                    }
                    Question q = new Question(current, type);
                    int before = steps.size();
                    Optional<Asked> asked = askOne(servers, zone, q, depth);
                    if (asked.isEmpty()) {
                        int tried = steps.size() - before;
                        boolean replied = steps.getLast().kind() == TraceStep.Kind.ERROR;
                        return End.failed(replied ? Outcome.SERVER_FAILURE : Outcome.NO_REPLY, "no name server of "
                                + describeZone(zone) + (replied ? " could answer (asked " + tried + "; the last one "
                                + steps.getLast().summary() + ")" : " answered (asked " + tried + ")"), answers,
                                path);
                    }
                    Message m = asked.get().reply.message();
                    NamedServer from = asked.get().server;
                    Duration took = asked.get().reply.elapsed();
                    List<Record> answer = m.getSection(Section.ANSWER);

                    // Only records inside the asked server's zone count (its "bailiwick"): a server may add
                    // records of other zones it happens to serve, which a resolver must not believe from it.
                    Name bailiwick = zone;
                    List<DnsRecord> chain = new ArrayList<>();
                    Name last = current;
                    while (type != RecordType.CNAME && chain.size() <= MAX_ALIASES && last.subdomain(bailiwick)) {
                        Optional<Record> alias = find(answer, last, Type.CNAME);
                        if (alias.isEmpty()) {
                            break;
                        }
                        chain.add(DnsRecord.of(alias.get()));
                        last = ((CNAMERecord) alias.get()).getTarget();
                    }
                    Name owner = last;
                    List<Record> data = answer.stream()
                            .filter(r -> r.getType() == type.code() && r.getName().equals(owner)
                                    && owner.subdomain(bailiwick)).toList();
                    List<DnsRecord> soa = m.getSection(Section.AUTHORITY).stream()
                            .filter(r -> r.getType() == Type.SOA).map(DnsRecord::of).toList();

                    if (!data.isEmpty()) {
                        List<DnsRecord> found = concat(chain, data.stream().map(DnsRecord::of).toList());
                        answers.addAll(found);
                        step(depth, zone, from, q, TraceStep.Kind.ANSWER, "answer: " + describeData(data), found,
                                took);
                        if (!path.getLast().equals(last)) {
                            path.add(last);
                        }
                        return new End(Outcome.ANSWER, "", answers, path, addressesOf(data));
                    }
                    boolean leftZone = !last.subdomain(zone);
                    if (m.getRcode() == Rcode.NXDOMAIN && !leftZone) {
                        answers.addAll(chain);
                        step(depth, zone, from, q, TraceStep.Kind.NO_SUCH_NAME, "no such name: " + last
                                + " does not exist (NXDOMAIN)", concat(chain, soa), took);
                        return End.failed(Outcome.NO_SUCH_NAME, "no such name: " + aliasNote(name, last) + last
                                + " does not exist (NXDOMAIN)", answers, path);
                    }
                    if (!chain.isEmpty()) {
                        answers.addAll(chain);
                        if (!leftZone && !soa.isEmpty()) {
                            step(depth, zone, from, q, TraceStep.Kind.NO_DATA, current + " is an alias for " + last
                                    + ", which has no " + type + " record", concat(chain, soa), took);
                            return End.failed(Outcome.NO_DATA, "the name exists but has no " + type + " record: "
                                    + aliasNote(name, last) + last + " has none", answers, path);
                        }
                        // Whatever the reply says about the alias's target is not this server's to say.
                        step(depth, zone, from, q, TraceStep.Kind.ALIAS, current + " is an alias for " + last
                                + ": start again at the root for " + last, chain, took);
                        if (aliases >= MAX_ALIASES) {
                            return End.failed(Outcome.OTHER_ERROR, "gave up after " + MAX_ALIASES + " aliases",
                                    answers, path);
                        }
                        current = last;
                        break; // the outer loop starts again at the root
                    }
                    List<Record> ns = m.getSection(Section.AUTHORITY).stream().filter(r -> r.getType() == Type.NS)
                            .toList();
                    if (ns.isEmpty()) {
                        step(depth, zone, from, q, TraceStep.Kind.NO_DATA, current + " exists but has no " + type
                                + " record (NOERROR, no data)", soa, took);
                        return End.failed(Outcome.NO_DATA, "the name exists but has no " + type + " record: "
                                + aliasNote(name, current) + current + " has none", answers, path);
                    }
                    Name child = ns.getFirst().getName();
                    if (!child.subdomain(zone) || child.equals(zone) || !current.subdomain(child)) {
                        step(depth, zone, from, q, TraceStep.Kind.ERROR, "a referral to " + child + " that does not"
                                + " lead closer to " + current + " (a lame delegation)", records(ns), took);
                        return End.failed(Outcome.OTHER_ERROR, from + " sent a referral to " + child
                                + " that does not lead closer to " + current, answers, path);
                    }
                    List<NamedServer> next = glue(ns, m.getSection(Section.ADDITIONAL));
                    List<DnsRecord> shown = concat(records(ns), glueRecords(ns, m.getSection(Section.ADDITIONAL)));
                    step(depth, zone, from, q, TraceStep.Kind.REFERRAL, referralSummary(child, ns, next), shown,
                            took);
                    if (next.isEmpty()) {
                        Optional<String> why = findGluelessServers(ns, depth, next);
                        if (why.isPresent()) {
                            return End.failed(Outcome.OTHER_ERROR, why.get(), answers, path);
                        }
                    }
                    zone = child;
                    servers = next;
                    path.add(child);
                }
            }
        }

        /** Resolves the names of a glueless referral's servers from the root; fills {@code next}, or says why not. */
        private Optional<String> findGluelessServers(List<Record> ns, int depth, List<NamedServer> next) {
            Name child = ns.getFirst().getName();
            if (depth >= MAX_DEPTH) {
                return Optional.of("the referral to " + child + " names its servers without their addresses, and"
                        + " finding them would go more than " + MAX_DEPTH + " lookups deep");
            }
            for (Record r : ns.subList(0, Math.min(2, ns.size()))) {
                Name server = ((NSRecord) r).getTarget();
                End found = walk(server, RecordType.A, depth + 1);
                for (InetAddress a : found.addresses()) {
                    next.add(new NamedServer(server.toString(), new DnsServer(a, port)));
                }
                if (!next.isEmpty()) {
                    return Optional.empty();
                }
            }
            return Optional.of("could not find the address of any name server of " + child
                    + " (the referral gave none)");
        }

        /** Asks the servers of a zone in turn until one replies with something to go on. */
        private Optional<Asked> askOne(List<NamedServer> servers, Name zone, Question q, int depth) {
            List<NamedServer> tried = servers.subList(0, Math.min(SERVERS_PER_ZONE, servers.size()));
            for (int i = 0; i < tried.size(); i++) {
                NamedServer s = tried.get(i);
                String next = i + 1 < tried.size() ? "; asking the next server" : "";
                long start = System.nanoTime();
                try {
                    Exchange.Reply reply = Exchange.ask(s.server(), q.name(), q.type().code(), false, timeout);
                    int rcode = reply.message().getRcode();
                    if (rcode == Rcode.NOERROR || rcode == Rcode.NXDOMAIN) {
                        return Optional.of(new Asked(s, reply));
                    }
                    step(depth, zone, s, q, TraceStep.Kind.ERROR, "answered " + Rcode.string(rcode) + switch (rcode) {
                        case Rcode.REFUSED -> ": it does not serve this zone";
                        case Rcode.SERVFAIL -> ": it could not answer for its own zone";
                        default -> "";
                    } + next, List.of(), reply.elapsed());
                } catch (DnsFailure f) {
                    step(depth, zone, s, q, TraceStep.Kind.NO_REPLY, f.getMessage() + next, List.of(),
                            Duration.ofNanos(System.nanoTime() - start));
                }
            }
            return Optional.empty();
        }

        private void step(int depth, Name zone, NamedServer server, Question q, TraceStep.Kind kind, String summary,
                List<DnsRecord> records, Duration elapsed) {
            TraceStep s = new TraceStep(steps.size() + 1, depth, zone, server, q, kind, summary, records, elapsed);
            steps.add(s);
            onStep.accept(s);
        }
    }

    private record Asked(NamedServer server, Exchange.Reply reply) {
    }

    /** The roots, the Internet's from a random one on (to spread the load, as resolvers do). */
    private List<NamedServer> startingRoots() {
        if (!internetRoots) {
            return roots;
        }
        int from = ThreadLocalRandom.current().nextInt(roots.size());
        List<NamedServer> order = new ArrayList<>(roots.subList(from, roots.size()));
        order.addAll(roots.subList(0, from));
        return order;
    }

    /** The referral's servers with the addresses the reply gave for them, IPv4 first. */
    private List<NamedServer> glue(List<Record> ns, List<Record> additional) {
        List<NamedServer> out = new ArrayList<>();
        for (Record r : ns) {
            Name server = ((NSRecord) r).getTarget();
            for (Record g : additional) {
                InetAddress a = g instanceof ARecord ar ? ar.getAddress()
                        : g instanceof AAAARecord aaaa ? aaaa.getAddress() : null;
                if (a != null && g.getName().equals(server)) {
                    out.add(new NamedServer(server.toString(), new DnsServer(a, port)));
                }
            }
        }
        out.sort(Comparator.comparing(s -> s.server().address() instanceof Inet4Address ? 0 : 1));
        return out;
    }

    private static List<DnsRecord> glueRecords(List<Record> ns, List<Record> additional) {
        List<Name> names = ns.stream().map(r -> ((NSRecord) r).getTarget()).toList();
        return additional.stream().filter(g -> (g.getType() == Type.A || g.getType() == Type.AAAA)
                && names.contains(g.getName())).map(DnsRecord::of).toList();
    }

    private static String referralSummary(Name child, List<Record> ns, List<NamedServer> glue) {
        String zone = "referral to " + describeZone(child) + ": ";
        if (glue.isEmpty()) {
            return zone + ns.size() + (ns.size() == 1 ? " name server, " : " name servers, ")
                    + ((NSRecord) ns.getFirst()).getTarget() + (ns.size() > 1 ? " and others" : "")
                    + ", given without an address: looking that up from the root first";
        }
        NamedServer first = glue.getFirst();
        String who = first.name() + " (" + Addresses.toText(first.server().address()) + ")";
        return zone + (ns.size() == 1 ? "ask " + who : ns.size() + " name servers, e.g. " + who);
    }

    private static String describeZone(Name zone) {
        return zone.equals(Name.root) ? "the root (.)" : zone.toString();
    }

    private static String describeData(List<Record> data) {
        List<String> shown = data.stream().limit(3).map(r -> DnsRecord.of(r).data()).toList();
        String more = data.size() > 3 ? " and " + (data.size() - 3) + " more" : "";
        return data.getFirst().getName() + " " + Type.string(data.getFirst().getType()) + " "
                + String.join(", ", shown) + more;
    }

    private static String aliasNote(Name asked, Name last) {
        return asked.equals(last) ? "" : asked + " leads by aliases to " + last + ", and ";
    }

    private static List<InetAddress> addressesOf(List<Record> data) {
        List<InetAddress> out = new ArrayList<>();
        for (Record r : data) {
            if (r instanceof ARecord a) {
                out.add(a.getAddress());
            } else if (r instanceof AAAARecord a) {
                out.add(a.getAddress());
            }
        }
        return out;
    }

    private static Optional<Record> find(List<Record> records, Name owner, int type) {
        return records.stream().filter(r -> r.getType() == type && r.getName().equals(owner)).findFirst();
    }

    private static List<DnsRecord> records(List<Record> records) {
        return records.stream().map(DnsRecord::of).toList();
    }

    private static List<DnsRecord> concat(List<DnsRecord> a, List<DnsRecord> b) {
        List<DnsRecord> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
