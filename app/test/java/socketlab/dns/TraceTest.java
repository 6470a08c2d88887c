package socketlab.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.Name;
import socketlab.net.Addresses;

/** Iterative resolution from the test hierarchy's root, following referrals and glue as dig +trace does. */
@ExtendWith(DnsHierarchyExtension.class)
class TraceTest {
    private static final Duration PATIENT = Duration.ofSeconds(10);

    private static Trace trace(DnsHierarchy dns) {
        return Trace.fromRoots(List.of(dns.root()), PATIENT).value();
    }

    private static TraceResult run(Trace trace, String name, RecordType type) {
        return trace.run(Target.parse(name).value(), type, step -> { });
    }

    private static List<String> zones(TraceResult r) {
        return r.steps().stream().map(s -> s.zone().toString()).toList();
    }

    private static List<String> asked(TraceResult r) {
        return r.steps().stream().map(s -> Addresses.toText(s.server().server().address())).toList();
    }

    private static List<TraceStep.Kind> kinds(TraceResult r) {
        return r.steps().stream().map(TraceStep::kind).toList();
    }

    @Test
    void rootThenTopLevelDomainThenDomainAnswers(DnsHierarchy dns) {
        List<TraceStep> streamed = new CopyOnWriteArrayList<>();
        TraceResult r = trace(dns).run(Target.parse("web.example.lab").value(), RecordType.A, streamed::add);

        assertEquals(Outcome.ANSWER, r.outcome());
        assertEquals(List.of(TraceStep.Kind.REFERRAL, TraceStep.Kind.REFERRAL, TraceStep.Kind.ANSWER), kinds(r));
        assertEquals(List.of(".", "lab.", "example.lab."), zones(r));
        assertEquals(List.of("127.53.0.1", "127.53.0.2", "127.53.0.3"), asked(r));
        assertEquals(List.of(".", "lab.", "example.lab.", "web.example.lab."),
                r.path().stream().map(Name::toString).toList());
        assertEquals(List.of("web.example.lab.\t300\tIN\tA\t127.53.0.10"),
                r.answers().stream().map(DnsRecord::line).toList());
        assertEquals(r.steps(), streamed, "each step is reported as it happens");

        TraceStep root = r.steps().getFirst();
        assertEquals("", root.server().name(), "a configured root has no name");
        assertEquals("referral to lab.: ask ns1.lab. (127.53.0.2)", root.summary());
        assertEquals(List.of("lab.\t172800\tIN\tNS\tns1.lab.", "ns1.lab.\t172800\tIN\tA\t127.53.0.2"),
                root.records().stream().map(DnsRecord::line).toList(), "the referral and its glue");
        TraceStep tld = r.steps().get(1);
        assertEquals("ns1.lab.", tld.server().name(), "later servers are named by the referral");
        assertEquals("referral to example.lab.: ask ns.example.lab. (127.53.0.3)", tld.summary());
        assertEquals("answer: web.example.lab. A 127.53.0.10", r.steps().get(2).summary());
        assertTrue(r.steps().stream().allMatch(s -> s.depth() == 0));
        assertTrue(r.steps().stream().allMatch(s -> s.server().server().port() == dns.port()),
                "every server is asked on the roots' port");
        assertEquals(List.of(1, 2, 3), r.steps().stream().map(TraceStep::number).toList());
    }

    @Test
    void anAliasInsideTheZoneIsAnsweredInOneReply(DnsHierarchy dns) {
        TraceResult r = run(trace(dns), "www.example.lab", RecordType.AAAA);
        assertEquals(3, r.steps().size());
        assertEquals(List.of("www.example.lab.\t600\tIN\tCNAME\tweb.example.lab.",
                "web.example.lab.\t300\tIN\tAAAA\tfd53::10"), r.answers().stream().map(DnsRecord::line).toList());
        assertEquals("web.example.lab.", r.path().getLast().toString());
    }

    @Test
    void aReferralWithoutGlueIsFollowedByTracingTheServersNameFromTheRoot(DnsHierarchy dns) {
        TraceResult r = run(trace(dns), "www.test", RecordType.A);
        assertEquals(Outcome.ANSWER, r.outcome());
        assertEquals(List.of(TraceStep.Kind.REFERRAL, TraceStep.Kind.REFERRAL, TraceStep.Kind.REFERRAL,
                TraceStep.Kind.ANSWER, TraceStep.Kind.ANSWER), kinds(r));
        assertEquals(List.of(0, 1, 1, 1, 0), r.steps().stream().map(TraceStep::depth).toList());
        assertEquals(List.of(".", ".", "lab.", "example.lab.", "test."), zones(r));
        assertEquals("referral to test.: 1 name server, ns.example.lab., given without an address: looking that"
                + " up from the root first", r.steps().getFirst().summary());
        assertEquals("ns.example.lab. A", r.steps().get(1).question().toString());
        assertEquals("ns.example.lab.", r.steps().getLast().server().name());
        assertEquals(List.of(".", "test.", "www.test."), r.path().stream().map(Name::toString).toList());
        assertEquals(List.of("www.test.\t300\tIN\tA\t127.53.0.30"), r.answers().stream().map(DnsRecord::line)
                .toList());
    }

    @Test
    void anAliasIntoAnotherZoneStartsAgainAtTheRoot(DnsHierarchy dns) {
        TraceResult r = run(trace(dns), "far.example.lab", RecordType.A);
        assertEquals(Outcome.ANSWER, r.outcome());
        assertEquals(8, r.steps().size(), r.steps().toString());
        TraceStep alias = r.steps().get(2);
        assertEquals(TraceStep.Kind.ALIAS, alias.kind());
        assertEquals("far.example.lab. is an alias for www.test.: start again at the root for www.test.",
                alias.summary());
        assertEquals("www.test. A", r.steps().get(3).question().toString());
        assertEquals(List.of("far.example.lab.\t300\tIN\tCNAME\twww.test.", "www.test.\t300\tIN\tA\t127.53.0.30"),
                r.answers().stream().map(DnsRecord::line).toList());
    }

    @Test
    void aNameThatDoesNotExistEndsAtItsZone(DnsHierarchy dns) {
        TraceResult r = run(trace(dns), "nothere.example.lab", RecordType.A);
        assertEquals(Outcome.NO_SUCH_NAME, r.outcome());
        assertEquals(List.of(TraceStep.Kind.REFERRAL, TraceStep.Kind.REFERRAL, TraceStep.Kind.NO_SUCH_NAME),
                kinds(r));
        assertEquals("no such name: nothere.example.lab. does not exist (NXDOMAIN)", r.problem());
        assertEquals(List.of(".", "lab.", "example.lab."), r.path().stream().map(Name::toString).toList());
    }

    @Test
    void aTopLevelDomainThatDoesNotExistEndsAtTheRoot(DnsHierarchy dns) {
        TraceResult r = run(trace(dns), "www.nowhere", RecordType.A);
        assertEquals(Outcome.NO_SUCH_NAME, r.outcome());
        assertEquals(1, r.steps().size());
        assertEquals("no such name: www.nowhere. does not exist (NXDOMAIN)", r.steps().getFirst().summary());
    }

    @Test
    void aNameWithoutTheTypeIsNoData(DnsHierarchy dns) {
        TraceResult r = run(trace(dns), "v4only.example.lab", RecordType.AAAA);
        assertEquals(Outcome.NO_DATA, r.outcome());
        assertEquals(TraceStep.Kind.NO_DATA, r.steps().getLast().kind());
        assertEquals("the name exists but has no AAAA record: v4only.example.lab. has none", r.problem());
    }

    @Test
    void aReverseNameIsTracedThroughItsDelegation(DnsHierarchy dns) {
        TraceResult r = run(trace(dns), "127.53.0.25", RecordType.PTR);
        assertEquals(Outcome.ANSWER, r.outcome());
        assertEquals("25.0.53.127.in-addr.arpa. PTR", r.question().toString());
        assertEquals(List.of("25.0.53.127.in-addr.arpa.\t300\tIN\tPTR\tmail.example.lab."),
                r.answers().stream().map(DnsRecord::line).toList());
        assertEquals(5, r.steps().size());
        assertEquals(List.of(".", "0.53.127.in-addr.arpa.", "25.0.53.127.in-addr.arpa."),
                r.path().stream().map(Name::toString).toList());
    }

    @Test
    void aRootThatDoesNotAnswerIsPassedOverForTheNext(DnsHierarchy dns) throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(DnsHierarchy.SILENT, dns.port()))) {
            DnsServer quiet = new DnsServer(DnsHierarchy.SILENT, dns.port());
            Trace trace = Trace.fromRoots(List.of(quiet, dns.root()), Duration.ofMillis(300)).value();
            TraceResult r = run(trace, "web.example.lab", RecordType.A);
            assertEquals(Outcome.ANSWER, r.outcome());
            assertEquals(TraceStep.Kind.NO_REPLY, r.steps().getFirst().kind());
            assertEquals("timed out: no answer from 127.53.0.9#" + dns.port() + " within 300 ms (the server may be"
                    + " down, or a firewall drops DNS); asking the next server", r.steps().getFirst().summary());
            assertEquals(4, r.steps().size());

            Trace onlyQuiet = Trace.fromRoots(List.of(quiet), Duration.ofMillis(300)).value();
            TraceResult none = run(onlyQuiet, "web.example.lab", RecordType.A);
            assertEquals(Outcome.NO_REPLY, none.outcome());
            assertEquals("no name server of the root (.) answered (asked 1)", none.problem());
            assertFalse(none.isAnswer());
        }
    }

    @Test
    void aZoneWhoseServerFailsEndsWithServerFailure(DnsHierarchy dns) {
        TraceResult r = run(trace(dns), "www.broken.lab", RecordType.A);
        assertEquals(Outcome.SERVER_FAILURE, r.outcome());
        assertEquals(List.of(TraceStep.Kind.REFERRAL, TraceStep.Kind.ERROR), kinds(r));
        assertEquals("answered SERVFAIL: it could not answer for its own zone", r.steps().getLast().summary());
        assertEquals("no name server of lab. could answer (asked 1; the last one answered SERVFAIL: it could not"
                + " answer for its own zone)", r.problem());
    }

    @Test
    void rootsMustShareOnePort(DnsHierarchy dns) {
        assertEquals("every root server must use the same port: referrals give addresses only, so a trace asks"
                        + " every server on the roots' port",
                Trace.fromRoots(List.of(dns.root(), dns.root().withPort(5353)), PATIENT).error());
    }

    @Test
    void theInternetRootsAreTheThirteenRootServersOnPort53() {
        Trace internet = Trace.fromInternetRoots(PATIENT);
        assertEquals(13, internet.roots().size());
        assertEquals("a.root-servers.net. 198.41.0.4#53", internet.roots().getFirst().toString());
        assertEquals(53, internet.port());
        assertTrue(internet.usesInternetRoots());
    }
}
