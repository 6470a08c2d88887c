package socketlab.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbill.DNS.Name;
import socketlab.net.Addresses;

/** Forward, reverse and typed lookups against real NSD servers of the test hierarchy, and the ways they fail. */
@ExtendWith(DnsHierarchyExtension.class)
class LookupTest {
    private static final Duration PATIENT = Duration.ofSeconds(10);

    private static Target target(String text) {
        return Target.parse(text).value();
    }

    private static List<String> lines(LookupResult r) {
        return r.answers().stream().map(DnsRecord::line).toList();
    }

    @Test
    void addressesFollowTheAliasToEveryAddressOfBothFamilies(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.domain(), PATIENT).addresses(target("www.example.lab"), Family.ANY);
        assertEquals(Outcome.ANSWER, r.outcome());
        assertEquals(List.of(
                "www.example.lab.\t600\tIN\tCNAME\tweb.example.lab.",
                "web.example.lab.\t300\tIN\tA\t127.53.0.10",
                "web.example.lab.\t300\tIN\tAAAA\tfd53::10"), lines(r));
        assertEquals(Optional.of(Name.fromString("web.example.lab.")), r.canonicalName());
        assertEquals(List.of("127.53.0.10", "fd53::10"), r.addresses().stream().map(Addresses::toText).toList());
        assertEquals(List.of("www.example.lab. A", "www.example.lab. AAAA"),
                r.questions().stream().map(Question::toString).toList());
        assertEquals("127.53.0.3#" + dns.port(), r.answeredBy());
        assertEquals("NOERROR", r.status());
        assertEquals(List.of(), r.notes());
        assertEquals("", r.problem());
    }

    @Test
    void aChainOfTwoAliasesLeadsToTheCanonicalName(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.domain(), PATIENT).addresses(target("alias.example.lab."), Family.IPV4);
        assertEquals(List.of(
                "alias.example.lab.\t300\tIN\tCNAME\twww.example.lab.",
                "www.example.lab.\t600\tIN\tCNAME\tweb.example.lab.",
                "web.example.lab.\t300\tIN\tA\t127.53.0.10"), lines(r));
        assertEquals("web.example.lab.", r.canonicalName().orElseThrow().toString());
    }

    @Test
    void theFamilyFilterAsksForOneTypeOnly(DnsHierarchy dns) throws Exception {
        Lookup lookup = Lookup.at(dns.domain(), PATIENT);
        LookupResult v6 = lookup.addresses(target("web.example.lab"), Family.IPV6);
        assertEquals(List.of("web.example.lab. AAAA"), v6.questions().stream().map(Question::toString).toList());
        assertEquals(List.of("fd53::10"), v6.addresses().stream().map(Addresses::toText).toList());
        LookupResult v4 = lookup.addresses(target("web.example.lab"), Family.IPV4);
        assertEquals(List.of("127.53.0.10"), v4.addresses().stream().map(Addresses::toText).toList());
    }

    @Test
    void aNameWithOnlyAnIpv4AddressAnswersWithANoteOrNoDataForIpv6(DnsHierarchy dns) throws Exception {
        Lookup lookup = Lookup.at(dns.domain(), PATIENT);
        LookupResult any = lookup.addresses(target("v4only.example.lab"), Family.ANY);
        assertEquals(Outcome.ANSWER, any.outcome());
        assertEquals(List.of("127.53.0.11"), any.addresses().stream().map(Addresses::toText).toList());
        assertEquals(List.of("no AAAA record for v4only.example.lab."), any.notes());

        LookupResult v6 = lookup.addresses(target("v4only.example.lab"), Family.IPV6);
        assertEquals(Outcome.NO_DATA, v6.outcome());
        assertEquals("NOERROR", v6.status());
        assertEquals("the name exists but has no AAAA record: v4only.example.lab. has none (NOERROR, no data)",
                v6.problem());
        assertEquals("example.lab.", v6.authority().getFirst().name(), "the zone's SOA comes with the no");
        assertEquals("SOA", v6.authority().getFirst().type());
    }

    @Test
    void everyRecordTypeWithItsTtl(DnsHierarchy dns) throws Exception {
        Lookup lookup = Lookup.at(dns.domain(), PATIENT);
        assertEquals(List.of("web.example.lab.\t300\tIN\tA\t127.53.0.10"),
                lines(lookup.records(target("web.example.lab"), RecordType.A)));
        assertEquals(List.of("web.example.lab.\t300\tIN\tAAAA\tfd53::10"),
                lines(lookup.records(target("web.example.lab"), RecordType.AAAA)));
        assertEquals(List.of("www.example.lab.\t600\tIN\tCNAME\tweb.example.lab."),
                lines(lookup.records(target("www.example.lab"), RecordType.CNAME)));
        assertEquals(List.of("example.lab.\t3600\tIN\tNS\tns.example.lab."),
                lines(lookup.records(target("example.lab"), RecordType.NS)));
        assertEquals(List.of("example.lab.\t300\tIN\tMX\t10 mail.example.lab.",
                        "example.lab.\t300\tIN\tMX\t20 backup.example.lab."),
                lines(lookup.records(target("example.lab"), RecordType.MX)).stream().sorted().toList());
        assertEquals(List.of("example.lab.\t300\tIN\tTXT\t\"v=socketlab1\" \"a miniature DNS hierarchy\""),
                lines(lookup.records(target("example.lab"), RecordType.TXT)));
        assertEquals(List.of("example.lab.\t300\tIN\tSOA\tns.example.lab. hostmaster.example.lab. 2026112201 3600"
                        + " 600 86400 60"),
                lines(lookup.records(target("example.lab"), RecordType.SOA)));
        assertEquals(List.of("10.0.53.127.in-addr.arpa.\t300\tIN\tPTR\tweb.example.lab."),
                lines(lookup.records(target("10.0.53.127.in-addr.arpa"), RecordType.PTR)));
        assertEquals(List.of("10.0.53.127.in-addr.arpa.\t300\tIN\tPTR\tweb.example.lab."),
                lines(lookup.records(target("127.53.0.10"), RecordType.PTR)), "an address asks its reverse name");
    }

    @Test
    void aNameThatDoesNotExistIsNxdomainWithTheZonesSoa(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.domain(), PATIENT).addresses(target("nothere.example.lab"), Family.ANY);
        assertEquals(Outcome.NO_SUCH_NAME, r.outcome());
        assertEquals("NXDOMAIN", r.status());
        assertEquals("no such name: nothere.example.lab. does not exist (NXDOMAIN)", r.problem());
        assertEquals(List.of(), r.answers());
        assertEquals("SOA", r.authority().getFirst().type());
    }

    @Test
    void anAliasToANameThatDoesNotExist(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.domain(), PATIENT).records(target("dangling.example.lab"), RecordType.A);
        assertEquals(Outcome.NO_SUCH_NAME, r.outcome());
        assertEquals("no such name: dangling.example.lab. is an alias for gone.example.lab., and gone.example.lab."
                + " does not exist (NXDOMAIN)", r.problem());
        assertEquals(List.of("dangling.example.lab.\t300\tIN\tCNAME\tgone.example.lab."), lines(r));
    }

    @Test
    void anAliasIntoAnotherZoneIsFollowedWithASecondQuestion(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.domain(), PATIENT).addresses(target("far.example.lab"), Family.IPV4);
        assertEquals(List.of("far.example.lab.\t300\tIN\tCNAME\twww.test.", "www.test.\t300\tIN\tA\t127.53.0.30"),
                lines(r));
        assertEquals("www.test.", r.canonicalName().orElseThrow().toString());
    }

    @Test
    void reverseFindsTheNameOfAnAddress(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.domain(), PATIENT).reverse(target("127.53.0.10"));
        assertEquals(Outcome.ANSWER, r.outcome());
        assertEquals(List.of("10.0.53.127.in-addr.arpa.\t300\tIN\tPTR\tweb.example.lab."), lines(r));
        assertEquals(List.of("10.0.53.127.in-addr.arpa. PTR"), r.questions().stream().map(Question::toString)
                .toList());
    }

    @Test
    void reverseOfAnAddressWithoutANameSaysSo(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.domain(), PATIENT).reverse(target("127.53.0.99"));
        assertEquals(Outcome.NO_SUCH_NAME, r.outcome());
        assertEquals("no name for this address: DNS has no PTR record for 127.53.0.99 (at"
                + " 99.0.53.127.in-addr.arpa., NXDOMAIN)", r.problem());
    }

    @Test
    void reverseNeedsAnAddressAndForwardTypesNeedAName(DnsHierarchy dns) {
        Lookup lookup = Lookup.at(dns.domain(), PATIENT);
        DnsFailure f = assertThrows(DnsFailure.class, () -> lookup.reverse(target("web.example.lab")));
        assertEquals(DnsFailure.Kind.INVALID, f.kind());
        assertEquals("a reverse lookup needs an IP address, like 171.64.64.64; \"web.example.lab.\" is a name (look"
                + " it up forward instead)", f.getMessage());
        DnsFailure mx = assertThrows(DnsFailure.class, () -> lookup.records(target("127.53.0.10"), RecordType.MX));
        assertEquals("127.53.0.10 is an address, not a name: it has no MX records; use a reverse lookup to find its"
                + " name", mx.getMessage());
    }

    @Test
    void anAddressLiteralComesBackWithoutAQuery(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.domain(), PATIENT).addresses(target("171.64.64.64"), Family.ANY);
        assertEquals(Outcome.ANSWER, r.outcome());
        assertEquals("the address as typed", r.answeredBy());
        assertEquals(List.of("171.64.64.64"), r.addresses().stream().map(Addresses::toText).toList());
        LookupResult v6 = Lookup.at(dns.domain(), PATIENT).addresses(target("171.64.64.64"), Family.IPV6);
        assertEquals(Outcome.NO_DATA, v6.outcome());
    }

    @Test
    void aServerThatDoesNotRecurseAnswersWithAReferral(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.root(), PATIENT).records(target("www.example.lab"), RecordType.A);
        assertEquals(Outcome.REFERRAL, r.outcome());
        assertEquals("127.53.0.1#" + dns.port() + " does not answer for www.example.lab. itself and does not look"
                + " names up for others (no recursion): it refers to the zone lab. (ns1.lab.). Ask one of those"
                + " servers, or trace the name from the root", r.problem());
        assertEquals(List.of("lab.\t172800\tIN\tNS\tns1.lab."),
                r.authority().stream().map(DnsRecord::line).toList());
    }

    @Test
    void aServerAskedAboutAZoneItDoesNotServeRefuses(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.tld(), PATIENT).records(target("www.test"), RecordType.A);
        assertEquals(Outcome.REFUSED, r.outcome());
        assertEquals("REFUSED", r.status());
        assertEquals("the server refused to answer (REFUSED): 127.53.0.2#" + dns.port() + " does not serve"
                + " www.test. and does not look names up for this machine", r.problem());
    }

    @Test
    void aServerThatCannotAnswerForItsZoneFails(DnsHierarchy dns) throws Exception {
        LookupResult r = Lookup.at(dns.tld(), PATIENT).addresses(target("www.broken.lab"), Family.IPV4);
        assertEquals(Outcome.SERVER_FAILURE, r.outcome());
        assertEquals("SERVFAIL", r.status());
        assertEquals("the server failed (SERVFAIL): it could not get an answer for www.broken.lab., for example"
                + " because the zone's own servers did not reply", r.problem());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            DnsServer server = new DnsServer(InetAddress.getLoopbackAddress(), silent.getLocalPort());
            DnsFailure f = assertThrows(DnsFailure.class, () -> Lookup.at(server, Duration.ofMillis(300))
                    .addresses(target("www.example.lab"), Family.ANY));
            assertEquals(DnsFailure.Kind.TIMEOUT, f.kind());
            assertEquals("timed out: no answer from 127.0.0.1#" + silent.getLocalPort() + " within 300 ms (the"
                    + " server may be down, or a firewall drops DNS)", f.getMessage());
        }
    }

    @Test
    void aPortWhereNothingListensIsClosed() throws Exception {
        int port;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = s.getLocalPort();
        }
        DnsServer server = new DnsServer(InetAddress.getLoopbackAddress(), port);
        DnsFailure f = assertThrows(DnsFailure.class, () -> Lookup.at(server, Duration.ofSeconds(10))
                .records(target("www.example.lab"), RecordType.A));
        assertEquals(DnsFailure.Kind.NETWORK, f.kind());
        assertEquals("nothing answers DNS at 127.0.0.1#" + port + ": that machine says the port is closed",
                f.getMessage());
    }

    @Test
    void theSystemResolverAnswersLocalhostWithoutDns() throws Exception {
        Lookup system = Lookup.system(PATIENT);
        LookupResult v4 = system.addresses(target("localhost"), Family.IPV4);
        assertEquals(Outcome.ANSWER, v4.outcome());
        assertEquals(List.of("127.0.0.1"), v4.addresses().stream().map(Addresses::toText).toList());
        assertTrue(v4.answeredBy().equals("hosts file /etc/hosts") || v4.answeredBy().equals("built in: localhost"),
                v4.answeredBy());
        LookupResult v6 = system.addresses(target("localhost"), Family.IPV6);
        assertEquals(List.of("::1"), v6.addresses().stream().map(Addresses::toText).toList());
        LookupResult reverse = system.reverse(target("127.0.0.1"));
        assertEquals(Outcome.ANSWER, reverse.outcome());
        assertEquals("hosts file /etc/hosts", reverse.answeredBy());
        assertEquals("1.0.0.127.in-addr.arpa.", reverse.answers().getFirst().name());
    }
}
