package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS as the lab decodes it, on real lookups: dig asks a real NSD on loopback port 53 for every record type the DNS
 * pane asks for, over UDP and TCP, with and without EDNS, for names that do not exist and zones the server does not
 * serve; tcpdump captures them. The summary must be tcpdump's own reading of the file, byte for byte, and the JSON
 * and the Info column must agree with tshark's, field by field.
 */
class DnsCaptureTest {
    private static final List<List<String>> QUERIES = List.of(
            List.of("www.example.lab.", "A"),
            List.of("alias.example.lab.", "A"),
            List.of("example.lab.", "MX"),
            List.of("example.lab.", "TXT"),
            List.of("example.lab.", "SOA"),
            List.of("example.lab.", "NS"),
            List.of("web.example.lab.", "AAAA"),
            List.of("-x", "127.53.0.10"),
            List.of("nosuch.example.lab.", "A"),
            List.of("www.not-served.invalid.", "A"),
            List.of("example.lab.", "TYPE65"),
            List.of("+noedns", "www.test.", "A"),
            List.of("+tcp", "alias.example.lab.", "A"),
            List.of("+tcp", "example.lab.", "TXT"));

    private static NameServer53 server;

    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void captureTheLookups() throws Exception {
        server = NameServer53.start();
        file = dir.resolve("dns.pcap");
        try (Tcpdump capture = Tcpdump.capture("lo", file, "host " + server.host())) {
            for (List<String> q : QUERIES) {
                dig(q);
            }
            Captured.await(file, frames -> Captured.with(frames, "dns").size() == 2 * QUERIES.size());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static void dig(List<String> query) throws Exception {
        List<String> command = new ArrayList<>(List.of("dig", "+tries=1", "+time=5", "@" + server.host()));
        command.addAll(query);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "dig " + query + " finished");
        assertTrue(out.contains("status: "), "dig " + query + " got an answer: " + out);
    }

    @Test
    void theSummaryIsTcpdumpsLine() throws Exception {
        List<String> theirs = Tcpdump.read(file, "-nn");
        assertEquals(theirs, Captured.summaries(file));
        assertTrue(theirs.stream().anyMatch(l -> l.endsWith("A? www.example.lab. (56)")), theirs::toString);
        assertTrue(theirs.stream().anyMatch(l -> l.contains(" NXDomain*- 0/1/1 ")), theirs::toString);
        assertTrue(theirs.stream().anyMatch(l -> l.contains(" Refused- 0/0/1 ")), theirs::toString);
    }

    @Test
    void theJsonAndTheInfoColumnAgreeWithTshark() throws Exception {
        int values = TsharkAgreement.assertJsonAgrees(file, List.of("dns"));
        assertTrue(values > 28 * 15, "compared " + values + " values");
        assertEquals(2 * QUERIES.size(), TsharkAgreement.assertColumnsAgree(file, List.of("dns")));
    }

    @Test
    void eachLookupIsAQueryAndItsResponseWithTheRecordsAsked() throws Exception {
        List<Frame> dns = Captured.with(Captured.frames(file), "dns");
        assertEquals(2 * QUERIES.size(), dns.size());
        for (Frame f : dns) {
            assertTrue(f.malformed().isEmpty(), f::toString);
            assertTrue(f.protocols().equals("eth:ip:udp:dns") || f.protocols().equals("eth:ip:tcp:dns"),
                    f::protocols);
        }
        Frame answer = dns.get(1);
        Layer layer = answer.layer("dns").orElseThrow();
        assertEquals("Domain Name System (response)", layer.title());
        Field a = layer.field(DnsDissector.A).orElseThrow();
        assertEquals("127.53.0.10", a.value());
        assertEquals(4, a.byteLength());
        assertArrayEquals4(new byte[] {127, 53, 0, 10}, Arrays.copyOfRange(answer.data(), a.byteOffset(),
                a.byteOffset() + 4));
        assertEquals(List.of("web.example.lab"), layer.all(DnsDissector.CNAME).stream().map(Field::value).toList());
        Frame nx = dns.get(17);
        assertEquals(3, nx.layer("dns").orElseThrow().number(DnsDissector.RCODE, -1), nx::toString);
        assertTrue(InfoText.of(nx).startsWith("Standard query response 0x"), InfoText.of(nx));
        assertTrue(InfoText.of(nx).contains(" No such name A nosuch.example.lab SOA ns.example.lab"), InfoText.of(nx));
        assertEquals(5, dns.get(19).layer("dns").orElseThrow().number(DnsDissector.RCODE, -1));
        Frame overTcp = dns.get(2 * 12 + 1);
        assertEquals("eth:ip:tcp:dns", overTcp.protocols());
        assertEquals(overTcp.layer("dns").orElseThrow().length() - 2,
                overTcp.layer("dns").orElseThrow().number(DnsDissector.LENGTH, -1));
        assertFalse(InfoText.of(dns.getFirst()).isEmpty());
    }

    @Test
    void everyDnsFrameCutAtEveryLengthDecodesToAMalformedLayerWithAReason() throws Exception {
        int cuts = 0;
        for (Frame f : Captured.with(Captured.frames(file), "dns")) {
            byte[] data = f.data();
            int dnsStart = f.layer("dns").orElseThrow().offset();
            for (int cut = 0; cut < data.length; cut++) {
                byte[] part = Arrays.copyOf(data, cut);
                Frame snapped = MalformedFramesTest.check(new RawFrame(f.number(), f.epochMicros(), data.length,
                        f.linkType(), part));
                if (cut > dnsStart) {
                    assertTrue(snapped.has("dns"), snapped::toString);
                    assertTrue(snapped.malformed().isPresent(), () -> "cut at " + part.length + ": " + snapped);
                }
                cuts++;
            }
        }
        assertTrue(cuts > 2000, "cut " + cuts + " times");
    }

    private static void assertArrayEquals4(byte[] expected, byte[] actual) {
        assertEquals(Arrays.toString(expected), Arrays.toString(actual));
    }
}
