package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socketlab.dns.DnsHierarchy;
import socketlab.dns.DnsHierarchyExtension;

/** {@code socketlab resolve} against the real NSD hierarchy: dig-like output, plain-words failures, exit codes. */
@ExtendWith(DnsHierarchyExtension.class)
class ResolveCommandTest {
    private final LineSink out = new LineSink();
    private final LineSink err = new LineSink();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "resolve";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, out.stream, err.stream);
    }

    private List<String> printed() {
        return out.all();
    }

    /** The lines between a section's title and the next blank line. */
    private List<String> section(String title) {
        List<String> lines = printed();
        int start = lines.indexOf(";; " + title + " SECTION:");
        assertTrue(start >= 0, title + " section missing: " + lines);
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    @Test
    void addressesOfANameWithTheAliasFollowedLikeGetaddrinfo(DnsHierarchy dns) {
        String server = dns.domain().endpoint();
        assertEquals(0, run("www.example.lab", "--server", server));
        assertEquals("; socketlab resolve www.example.lab.: every address (like getaddrinfo with AF_UNSPEC), asking "
                + dns.domain(), printed().getFirst());
        assertEquals(";; status: NOERROR", printed().get(1));
        assertEquals(List.of(";www.example.lab.\t\tIN\tA", ";www.example.lab.\t\tIN\tAAAA"), section("QUESTION"));
        assertEquals(List.of("www.example.lab.\t600\tIN\tCNAME\tweb.example.lab.",
                "web.example.lab.\t300\tIN\tA\t127.53.0.10", "web.example.lab.\t300\tIN\tAAAA\tfd53::10"),
                section("ANSWER"));
        assertTrue(printed().contains(";; canonical name: web.example.lab."), printed().toString());
        assertTrue(printed().contains(";; addresses: 127.53.0.10, fd53::10"), printed().toString());
        assertTrue(printed().stream().anyMatch(l -> l.matches(";; Query time: [0-9.]+ m?s")), printed().toString());
        assertEquals(";; SERVER: " + dns.domain(), printed().getLast());
        assertEquals(List.of(), err.all());
    }

    @Test
    void aRecordTypeOfChoice(DnsHierarchy dns) {
        assertEquals(0, run("example.lab", "--type", "mx", "--server", dns.domain().endpoint()));
        assertEquals(List.of("example.lab.\t300\tIN\tMX\t10 mail.example.lab.",
                "example.lab.\t300\tIN\tMX\t20 backup.example.lab."), section("ANSWER").stream().sorted().toList());
        assertEquals(List.of(";example.lab.\t\tIN\tMX"), section("QUESTION"));
    }

    @Test
    void theFamilyFilterAsksForOneType(DnsHierarchy dns) {
        assertEquals(0, run("web.example.lab", "--family", "ipv6", "--server", dns.domain().endpoint()));
        assertEquals(List.of(";web.example.lab.\t\tIN\tAAAA"), section("QUESTION"));
        assertEquals(List.of("web.example.lab.\t300\tIN\tAAAA\tfd53::10"), section("ANSWER"));
    }

    @Test
    void reverseFindsTheName(DnsHierarchy dns) {
        assertEquals(0, run("--reverse", "127.53.0.25", "--server", dns.domain().endpoint()));
        assertEquals(List.of("25.0.53.127.in-addr.arpa.\t300\tIN\tPTR\tmail.example.lab."), section("ANSWER"));
        assertTrue(printed().contains(";; name of 127.53.0.25: mail.example.lab."), printed().toString());
    }

    @Test
    void anAddressWithoutANameIsOneLineAndExitCodeOne(DnsHierarchy dns) {
        assertEquals(1, run("--reverse", "127.53.0.99", "--server", dns.domain().endpoint()));
        assertEquals(List.of("socketlab resolve: no name for this address: DNS has no PTR record for 127.53.0.99"
                + " (at 99.0.53.127.in-addr.arpa., NXDOMAIN)"), err.all());
        assertEquals(";; status: NXDOMAIN", printed().get(1), "the reply is still shown");
    }

    @Test
    void noSuchNameAndNoSuchRecordAreOneLineAndExitCodeOne(DnsHierarchy dns) {
        assertEquals(1, run("nothere.example.lab", "--server", dns.domain().endpoint()));
        assertEquals(List.of("socketlab resolve: no such name: nothere.example.lab. does not exist (NXDOMAIN)"),
                err.all());
        assertEquals("SOA", section("AUTHORITY").getFirst().split("\t")[3]);

        LineSink e2 = new LineSink();
        assertEquals(1, Cli.run(new String[] {"resolve", "v4only.example.lab", "--type", "AAAA", "--server",
                dns.domain().endpoint()}, new LineSink().stream, e2.stream));
        assertEquals(List.of("socketlab resolve: the name exists but has no AAAA record: v4only.example.lab. has"
                + " none (NOERROR, no data)"), e2.all());
    }

    @Test
    void aTraceFromTheLocalRootPrintsEachStep(DnsHierarchy dns) {
        assertEquals(0, run("web.example.lab", "--trace", "--root", dns.root().endpoint()));
        List<String> steps = printed().stream().filter(l -> l.startsWith(";; step ")).toList();
        assertEquals(3, steps.size(), printed().toString());
        assertTrue(steps.get(0).startsWith(";; step 1: asked " + dns.root() + ", a server of the root (.), about"
                + " web.example.lab. A ("), steps.get(0));
        assertTrue(steps.get(1).startsWith(";; step 2: asked ns1.lab. " + dns.tld() + ", a server of lab., about"
                + " web.example.lab. A ("), steps.get(1));
        assertTrue(printed().contains(";;   referral to lab.: ask ns1.lab. (127.53.0.2)"));
        assertTrue(printed().contains(";;   answer: web.example.lab. A 127.53.0.10"));
        assertEquals(List.of("web.example.lab.\t300\tIN\tA\t127.53.0.10"), section("ANSWER"));
        assertTrue(printed().contains(";; path: . -> lab. -> example.lab. -> web.example.lab."), printed().toString());
        assertTrue(printed().getLast().startsWith(";; 3 steps, "), printed().getLast());
        assertTrue(printed().getLast().endsWith(", outcome: answer"), printed().getLast());
        assertEquals(List.of(), err.all());
    }

    @Test
    void aTraceThatEndsWithoutAnAnswerExitsOne(DnsHierarchy dns) {
        assertEquals(1, run("nothere.example.lab", "--trace", "--root=" + dns.root().endpoint()));
        assertEquals(List.of("socketlab resolve: no such name: nothere.example.lab. does not exist (NXDOMAIN)"),
                err.all());
    }

    @Test
    void aServerThatNeverAnswersTimesOutInPlainWords() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = silent.getLocalPort();
            assertEquals(1, run("www.example.lab", "--server", "127.0.0.1:" + port, "--timeout", "300"));
            assertEquals(List.of("socketlab resolve: timed out: no answer from 127.0.0.1#" + port + " within 300 ms"
                    + " (the server may be down, or a firewall drops DNS)"), err.all());
        }
    }

    @Test
    void localhostThroughTheSystemResolver() {
        assertEquals(0, run("localhost", "--family", "ipv4"));
        assertEquals(List.of("localhost.\t-\tIN\tA\t127.0.0.1"), section("ANSWER"));
        assertTrue(printed().getLast().startsWith(";; FROM: "), printed().getLast());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        record Case(List<String> args, String message) {
        }
        for (Case c : List.of(
                new Case(List.of(), "say which name to resolve, e.g. socketlab resolve web.stanford.edu"),
                new Case(List.of("a.lab", "b.lab"), "unexpected argument \"b.lab\": resolve takes one name"),
                new Case(List.of("web..lab"), "\"web..lab\" has two dots in a row or starts with a dot: every label"
                        + " (the part between dots) needs at least one character"),
                new Case(List.of("500.304.259.1"),
                        "500, 304 and 259 are greater than 255 and do not fit in one byte"),
                new Case(List.of("web.lab", "--type", "XYZ"),
                        "type must be A, AAAA, CNAME, NS, MX, TXT, SOA or PTR, not \"XYZ\""),
                new Case(List.of("web.lab", "--family", "5"), "family must be any, ipv4 or ipv6, not \"5\""),
                new Case(List.of("web.lab", "--type", "A", "--family", "ipv4"),
                        "--family chooses among addresses; with --type, ask for A or AAAA instead"),
                new Case(List.of("web.lab", "--server", "dns.google"), "the server must be an IP address, like"
                        + " 8.8.8.8 or 127.0.0.1:5353, not a name (finding a name's address would need a DNS server"
                        + " already)"),
                new Case(List.of("--reverse", "web.lab"),
                        "--reverse needs an IP address, like 171.64.64.64, not the name web.lab."),
                new Case(List.of("--reverse", "10.0.0.1", "--type", "MX"),
                        "--reverse asks for the PTR record of an address; leave out --type and --family"),
                new Case(List.of("web.lab", "--trace", "--server", "127.0.0.1"), "--trace asks the root servers and"
                        + " the servers they refer to, not one server: choose the roots with --root instead of"
                        + " --server"),
                new Case(List.of("web.lab", "--root", "127.0.0.1"), "--root only applies to --trace"),
                new Case(List.of("web.lab", "--trace", "--root"), "--root needs a value"),
                new Case(List.of("web.lab", "--trace", "--root", "127.0.0.1:53", "--root", "127.0.0.2:5353"),
                        "every root server must use the same port: referrals give addresses only, so a trace asks"
                                + " every server on the roots' port"),
                new Case(List.of("10.0.0.1", "--type", "MX"), "10.0.0.1 is an address, not a name: it has no MX"
                        + " records; use --reverse to find its name"),
                new Case(List.of("web.lab", "--timeout", "0"), "timeout must be from 100 to 60000; 0 is out of range"),
                new Case(List.of("web.lab", "--recurse"), "unknown option --recurse"),
                new Case(List.of("web.lab", "--server", "10.0.0.1", "--server", "10.0.0.2"),
                        "--server is given twice"))) {
            LineSink o = new LineSink();
            LineSink e = new LineSink();
            List<String> args = new java.util.ArrayList<>(List.of("resolve"));
            args.addAll(c.args());
            assertEquals(2, Cli.run(args.toArray(String[]::new), o.stream, e.stream), c.args().toString());
            assertEquals(List.of("socketlab resolve: " + c.message()), e.all(), c.args().toString());
            assertEquals(List.of(), o.all(), c.args().toString());
        }
    }

    @Test
    void helpDescribesEveryOption() {
        assertEquals(0, run("--help"));
        String text = String.join("\n", printed());
        for (String expected : List.of("socketlab resolve NAME [options]", "--type T", "--family F",
                "--server ADDR[:PORT]", "--reverse", "--trace", "--root ADDR[:PORT]", "--timeout MS", "exit codes")) {
            assertTrue(text.contains(expected), expected + " missing: " + text);
        }
    }
}
