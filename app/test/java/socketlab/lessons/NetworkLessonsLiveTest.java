package socketlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.client.BurstMode;
import socketlab.client.BurstResult;
import socketlab.client.BurstSpec;
import socketlab.client.ClientBurst;
import socketlab.client.LabClient;
import socketlab.decode.AppPorts;
import socketlab.decode.Captured;
import socketlab.decode.Frame;
import socketlab.decode.Protocol;
import socketlab.decode.Tcpdump;
import socketlab.dns.HostsFile;
import socketlab.dns.LocalHierarchy;
import socketlab.dns.Lookup;
import socketlab.dns.LookupResult;
import socketlab.dns.RecordType;
import socketlab.dns.Target;
import socketlab.dns.TraceResult;
import socketlab.filter.DisplayFilter;
import socketlab.filter.FilterResult;
import socketlab.net.AddressAnatomy;
import socketlab.net.SockaddrLayout;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;

/**
 * Lessons 7–12 played against the real thing: lookups in the hosts file and the lab's local DNS hierarchy over UDP on
 * loopback, sockaddr_in bytes from the lab's layout, and packets captured by tcpdump on lo and decoded by the lab's
 * decoder.
 */
class NetworkLessonsLiveTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    private static Observation.DnsAnswered lookup(Lookup lookup, String name, RecordType type) throws Exception {
        Target target = Target.parse(name).value();
        LookupResult r = type == RecordType.PTR ? lookup.reverse(target) : lookup.records(target, type);
        assertTrue(r.isAnswer(), name + " " + type + ": " + r.problem());
        return Observation.DnsAnswered.of(name, type, r);
    }

    @Test
    void lesson7NamesToAddressesFromTheHostsFileAndTheLocalHierarchy() throws Exception {
        assertTrue(HostsFile.system().addresses("localhost").contains(InetAddress.getByName("127.0.0.1")),
                "this machine's hosts file lists localhost, as every system's does");
        try (LessonPlay p = new LessonPlay("names-to-addresses"); LocalHierarchy h = LocalHierarchy.start()) {
            Lookup system = Lookup.system(TIMEOUT);
            Lookup local = Lookup.at(h.serverFor("www.example.com").orElseThrow(), TIMEOUT);
            p.at("localhost").failsBecause("no lookup has answered yet");
            p.facts.observe(lookup(local, "www.example.com", RecordType.A));
            p.failsBecause("no A lookup of localhost has answered yet (the last answer was A for www.example.com)");
            Observation.DnsAnswered localhost = lookup(system, "localhost", RecordType.A);
            assertEquals(List.of("127.0.0.1"), localhost.answers());
            p.facts.observe(localhost);
            p.passes();
            p.at("localhost-address").wrong("::1");
            p.right("127.0.0.1");
            p.at("hosts").wrong("resolv.conf");
            p.right("the hosts file");
            p.at("a-record").passes();
            p.at("aaaa").failsBecause("no AAAA lookup of www.example.com has answered yet (the last answer was A for"
                    + " localhost)");
            Observation.DnsAnswered aaaa = lookup(local, "www.example.com", RecordType.AAAA);
            assertEquals(List.of("2001:db8::80"), aaaa.answers());
            p.facts.observe(aaaa);
            p.passes();
            p.at("reverse").failsBecause("no reverse (PTR) lookup has answered yet");
            Observation.DnsAnswered ptr = lookup(system, "127.0.0.1", RecordType.PTR);
            assertEquals(List.of("localhost."), ptr.answers());
            p.facts.observe(ptr);
            p.passes();
            p.at("arpa").wrong("192.0.2.80.in-addr.arpa");
            Observation.DnsAnswered reverse = lookup(
                    Lookup.at(h.serverFor("80.2.0.192.in-addr.arpa").orElseThrow(), TIMEOUT), "192.0.2.80",
                    RecordType.PTR);
            assertEquals(List.of("www.example.com."), reverse.answers(), "the name the lesson asks for exists");
            p.right("80.2.0.192.in-addr.arpa.");
        }
    }

    @Test
    void lesson8TheDnsHierarchyTracedInTheLocalHierarchy() throws Exception {
        try (LessonPlay p = new LessonPlay("dns-hierarchy"); LocalHierarchy h = LocalHierarchy.start()) {
            p.at("trace").failsBecause("no trace has finished yet");
            TraceResult other = h.trace(TIMEOUT).run(Target.parse("mail.example.com").value(), RecordType.A, s -> { });
            p.facts.observe(Observation.TraceFinished.of("mail.example.com", other, true));
            p.failsBecause("the last trace followed mail.example.com; this step asks for www.example.com");
            TraceResult nowhere = h.trace(TIMEOUT).run(Target.parse("www.example.com").value(), RecordType.MX,
                    s -> { });
            p.facts.observe(Observation.TraceFinished.of("www.example.com", nowhere, true));
            p.failsBecause("the trace of www.example.com ended without an answer");
            TraceResult r = h.trace(TIMEOUT).run(Target.parse("www.example.com").value(), RecordType.A, s -> { });
            p.facts.observe(Observation.TraceFinished.of("www.example.com", r, true));
            p.passes();
            p.at("where");
            assertTrue(p.run.expand(p.run.current().text()).contains("This trace began at the lab's local hierarchy"
                    + " on this machine"), "the step says the hierarchy is local");
            p.wrong("com");
            p.right("the root");
            p.at("referrals").wrong("3");
            p.right("2");
            p.at("tld").wrong("example");
            p.right("com.");
            p.at("glue");
            assertTrue(r.steps().get(1).records().stream().anyMatch(x -> x.type().equals("A")
                    && x.name().equals("ns.example.com.")), "the real referral carries A glue: " + r.steps());
            p.wrong("NS");
            p.right("A");
        }
    }

    @Test
    void lesson9BytesOnTheWireMatchTheLabsSockaddrLayout() throws Exception {
        try (LessonPlay p = new LessonPlay("bytes-on-the-wire")) {
            p.at("type").failsBecause("the Addresses pane shows no sockaddr_in yet: type the address and the port");
            p.facts.observe(shown("198.35.26.96", 8080));
            p.failsBecause("the Addresses pane shows 198.35.26.96 port 8080; this step asks for 198.35.26.96 port 80");
            p.facts.observe(shown("198.35.26.96", 80));
            p.passes();
            assertEquals("02 00 00 50 c6 23 1a 60 00 00 00 00 00 00 00 00", p.facts.fact("sockaddr.bytes")
                    .orElseThrow(), "the lectures' answer");
            p.at("port-bytes");
            assertEquals(p.facts.fact("sockaddr.port-bytes").orElseThrow(), p.run.current().check().param("equals"));
            p.wrong("50 00");
            p.right("0x00 0x50");
            p.at("address-bytes").wrong("60 1a 23 c6");
            p.right("C6 23 1A 60");
            p.at("family-bytes").wrong("00 02");
            p.right("02 00");
            p.at("size").wrong("8");
            p.right("16");
        }
    }

    private static Observation.SockaddrShown shown(String address, int port) {
        return new Observation.SockaddrShown(address, port,
                SockaddrLayout.of(AddressAnatomy.parse(address).value(), port).bytes());
    }

    /** Captures {@code filter} on lo while {@code traffic} runs, until the frames satisfy {@code done}. */
    private List<Frame> capture(int port, ThrowingRunnable traffic, Predicate<List<Frame>> done) throws Exception {
        Path file = dir.resolve("lesson-" + port + ".pcap");
        try (Tcpdump t = Tcpdump.capture("lo", file, "tcp port " + port)) {
            traffic.run();
            return Captured.await(file, done);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static DisplayFilter filter(String text) {
        return ((FilterResult.Valid) DisplayFilter.compile(text)).filter();
    }

    private static Frame first(List<Frame> frames, String filter) {
        DisplayFilter f = filter(filter);
        return frames.stream().filter(f::matches).findFirst().orElseThrow(() -> new AssertionError(
                "no frame matches " + filter + " in " + frames));
    }

    @Test
    void lesson10EncapsulationOfARealHttpRequest() throws Exception {
        try (LessonPlay p = new LessonPlay("encapsulation")) {
            LabServer echo = p.server(ServerConfig.defaults(ServerKind.ECHO));
            p.at("server").failsBecause("the server is an echo server; this step asks for an http one");
            echo.close();
            LabServer web = p.server(ServerConfig.defaults(ServerKind.HTTP));
            p.passes();
            p.at("capture").failsBecause("the capture holds no packets yet: start a capture, then make some traffic");
            int port = web.localEndpoint().port();
            // As the window does for a running lab web server: its port is decoded as HTTP.
            AppPorts.register(port, Protocol.HTTP);
            List<Frame> frames;
            try {
                frames = capture(port, () -> {
                    BurstResult r = new ClientBurst(BurstSpec.of(web.localEndpoint(), 1, 1, BurstMode.HTTP),
                            (d, t) -> { }).run();
                    assertEquals(1, r.completed(), r.toString());
                }, fs -> fs.stream().anyMatch(filter("tcp.flags.fin == 1 && tcp.srcport == " + port)::matches));
            } finally {
                AppPorts.unregister(port);
            }
            Frame syn = first(frames, "tcp.flags.syn == 1");
            p.facts.observe(new Observation.CaptureFrames(List.of(syn)));
            p.failsBecause("none of the 1 captured packets matches http.request");
            p.facts.observe(new Observation.CaptureFrames(frames));
            p.passes();
            p.at("select").failsBecause("no packet is selected");
            p.facts.observe(new Observation.PacketSelected(syn));
            p.failsBecause("the selected packet (number " + syn.number() + ") does not match http.request");
            Frame request = first(frames, "http.request");
            p.facts.observe(new Observation.PacketSelected(request));
            p.passes();
            p.at("ethernet").failsBecause("no field is selected; this step asks for eth.type");
            p.facts.observe(new Observation.FieldSelected("ip.proto"));
            p.failsBecause("the selected field is ip.proto; this step asks for eth.type");
            p.facts.observe(new Observation.FieldSelected("eth.type"));
            p.passes();
            p.at("ip-proto").wrong("17");
            assertEquals(6, Captured.number(request, "ip.proto"));
            p.right("6");
            p.at("ip-header").wrong("40");
            p.right("20");
            p.at("tcp-port").wrong("80");
            p.right(Integer.toString(port));
            p.at("http").failsBecause("the selected field is eth.type; this step asks for http.request");
            p.facts.observe(new Observation.FieldSelected("http.request"));
            p.passes();
            assertSelectedFieldsExist(p.run.lesson(), request);
        }
    }

    @Test
    void lesson11TheLadderAndTheSequenceArithmeticOfARealConnection() throws Exception {
        try (LessonPlay p = new LessonPlay("tcp-ladder")) {
            LabServer echo = p.server(ServerConfig.defaults(ServerKind.ECHO));
            p.at("server").passes();
            int port = echo.localEndpoint().port();
            int[] clientPort = new int[1];
            List<Frame> frames = capture(port, () -> {
                LabClient c = p.client(echo);
                clientPort[0] = c.localEndpoint().port();
                assertEquals("hello\n", new String(c.sendLine("hello"), StandardCharsets.UTF_8));
                c.close();
            }, fs -> fs.stream().filter(filter("tcp.flags.fin == 1")::matches).count() >= 2);
            p.at("capture").failsBecause("the capture holds no packets yet: start a capture, then make some traffic");
            List<Frame> handshake = frames.stream().filter(filter("tcp.flags.fin == 0")::matches).toList();
            p.facts.observe(new Observation.CaptureFrames(handshake));
            p.failsBecause("none of the " + handshake.size() + " captured packets matches tcp.flags.fin == 1");
            // The rest arrives in a later batch: a check looks at the new frames too.
            p.facts.observe(new Observation.CaptureFrames(frames.stream().filter(f -> !handshake.contains(f))
                    .toList()));
            p.passes();
            p.facts.observe(new Observation.CaptureCleared());
            assertEquals("the capture holds no packets yet: start a capture, then make some traffic",
                    p.run.evaluate().why(), "a done step stays done, but its check follows the capture");
            p.facts.observe(new Observation.CaptureFrames(handshake));
            assertFalse(p.run.evaluate().passed(), "a cleared capture forgets what matched");
            p.facts.observe(new Observation.CaptureFrames(frames.stream().filter(f -> !handshake.contains(f))
                    .toList()));
            assertTrue(p.run.evaluate().passed());
            p.at("synack");
            p.facts.observe(new Observation.PacketSelected(first(frames, "tcp.flags.syn == 1 && tcp.flags.ack == 0")));
            assertFalse(p.run.evaluate().passed(), "the client's SYN is not the SYN+ACK");
            p.facts.observe(new Observation.PacketSelected(first(frames, "tcp.flags.syn == 1 && tcp.flags.ack == 1")));
            p.passes();
            p.at("ladder").passes();
            p.at("ack");
            Frame reply = first(frames, "tcp.srcport == " + port + " && tcp.len > 0");
            assertEquals(7, Captured.number(reply, "tcp.ack"), "the lesson's arithmetic holds on the wire");
            p.wrong("6");
            p.right("7");
            p.at("fin").failsBecause("the selected packet (number " + first(frames,
                    "tcp.flags.syn == 1 && tcp.flags.ack == 1").number() + ") does not match tcp.flags.fin == 1");
            Frame fin = first(frames, "tcp.flags.fin == 1");
            p.facts.observe(new Observation.PacketSelected(fin));
            p.passes();
            p.at("who-closes");
            assertEquals(clientPort[0], Captured.number(fin, "tcp.srcport"), "the client's FIN comes first");
            p.wrong("server");
            p.right("the client");
            assertSelectedFieldsExist(p.run.lesson(), fin);
            assertTrue(first(frames, "tcp.flags.syn == 1 && tcp.flags.ack == 1").field("tcp.flags.syn").isPresent());
        }
    }

    /** Show me can select every field the lesson names, because the real packet has it. */
    private static void assertSelectedFieldsExist(Lesson lesson, Frame frame) {
        for (Step step : lesson.steps()) {
            for (Action a : step.show()) {
                if (a.name().equals("select-field") && !a.param("field").equals("tcp.flags.syn")) {
                    assertTrue(frame.field(a.param("field")).isPresent(), step.id() + ": " + a.param("field")
                            + " is in the real packet " + frame);
                }
            }
            if (step.check().name().equals("field-selected")) {
                assertTrue(frame.field(step.check().param("field")).isPresent(), step.id());
            }
        }
    }

    @Test
    void lesson12OnlyYourOwnTrafficOnLoopback() throws Exception {
        try (LessonPlay p = new LessonPlay("never-sniffs")) {
            LabServer hello = p.server(ServerConfig.defaults(ServerKind.HELLO).withMode(Mode.ITERATIVE));
            int port = hello.localEndpoint().port();
            List<Frame> frames = capture(port, () -> p.client(hello).readToEof(),
                    fs -> fs.stream().anyMatch(filter("tcp.flags.fin == 1")::matches));
            p.at("own").failsBecause("the capture holds no packets yet: start a capture, then make some traffic");
            p.facts.observe(new Observation.CaptureFrames(frames));
            p.passes();
            assertTrue(frames.stream().allMatch(filter("ip.src == 127.0.0.1 && ip.dst == 127.0.0.1")::matches),
                    "every packet is this machine's own, on loopback");
            p.at("promiscuous").wrong("yes");
            p.right("No");
            p.at("policy").wrong("everyone's");
            p.right("only my own");
            p.at("loopback").wrong("eth0");
            p.right("lo");
        }
    }
}
