package socketlab.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab's own offline hierarchy, traced and asked over real UDP on loopback. */
class LocalHierarchyTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Test
    void aTraceFollowsTwoReferralsWithGlueToTheAnswer() throws Exception {
        try (LocalHierarchy h = LocalHierarchy.start()) {
            TraceResult r = h.trace(TIMEOUT).run(Target.parse("www.example.com").value(), RecordType.A, s -> { });
            assertTrue(r.isAnswer(), r.problem());
            List<TraceStep.Kind> kinds = r.steps().stream().map(TraceStep::kind).toList();
            assertEquals(List.of(TraceStep.Kind.REFERRAL, TraceStep.Kind.REFERRAL, TraceStep.Kind.ANSWER), kinds);
            assertEquals(LocalHierarchy.ROOT, r.steps().get(0).server().server().address());
            assertEquals(LocalHierarchy.TLD, r.steps().get(1).server().server().address());
            assertEquals("ns.example.com.", r.steps().get(2).server().name());
            assertEquals(LocalHierarchy.DOMAIN, r.steps().get(2).server().server().address());
            assertEquals("192.0.2.80", r.answers().getFirst().data());
            assertEquals(List.of(".", "com.", "example.com.", "www.example.com."),
                    r.path().stream().map(Object::toString).toList());
            assertTrue(h.describe().contains("port " + h.port()));
        }
    }

    @Test
    void theDomainServerAnswersAaaaAndReverseAndSaysNoSuchName() throws Exception {
        try (LocalHierarchy h = LocalHierarchy.start()) {
            DnsServer server = h.serverFor("www.example.com").orElseThrow();
            assertEquals(LocalHierarchy.DOMAIN, server.address());
            Lookup lookup = Lookup.at(server, TIMEOUT);
            LookupResult aaaa = lookup.records(Target.parse("www.example.com").value(), RecordType.AAAA);
            assertEquals("2001:db8::80", aaaa.answers().getFirst().data());
            LookupResult ptr = Lookup.at(h.serverFor("80.2.0.192.in-addr.arpa").orElseThrow(), TIMEOUT)
                    .reverse(Target.parse("192.0.2.80").value());
            assertEquals("www.example.com.", ptr.answers().getFirst().data());
            LookupResult none = lookup.records(Target.parse("nothing.example.com").value(), RecordType.A);
            assertEquals(Outcome.NO_SUCH_NAME, none.outcome());
            TraceResult t = h.trace(TIMEOUT).run(Target.parse("192.0.2.25").value(), RecordType.PTR, s -> { });
            assertTrue(t.isAnswer(), t.problem());
            assertEquals("mail.example.com.", t.answers().getFirst().data());
            assertTrue(h.serverFor("example.org").isEmpty());
        }
    }

    @Test
    void twoHierarchiesDoNotShareAPortAndClosingFreesIt() throws Exception {
        int port;
        try (LocalHierarchy a = LocalHierarchy.start(); LocalHierarchy b = LocalHierarchy.start()) {
            assertTrue(a.port() != b.port());
            port = a.port();
        }
        try (java.net.DatagramSocket s = new java.net.DatagramSocket(
                new java.net.InetSocketAddress(InetAddress.getByName("127.53.1.1"), port))) {
            assertEquals(port, s.getLocalPort());
        }
    }
}
