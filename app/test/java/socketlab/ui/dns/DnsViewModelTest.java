package socketlab.ui.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socketlab.Eventually;
import socketlab.dns.DnsHierarchy;
import socketlab.dns.DnsHierarchyExtension;
import socketlab.dns.DnsRecord;
import socketlab.dns.Family;
import socketlab.dns.RecordType;
import socketlab.dns.Target;
import socketlab.dns.TraceStep;
import socketlab.ui.Background;
import socketlab.ui.ManualPulses;

/** The DNS pane's model against the real NSD hierarchy; commands run synchronously, pulses are fired by hand. */
@ExtendWith(DnsHierarchyExtension.class)
class DnsViewModelTest {
    private final ManualPulses pulses = new ManualPulses();
    private final DnsViewModel vm = new DnsViewModel(new Background(Runnable::run, Runnable::run), pulses,
            Duration.ofSeconds(10), Duration.ofSeconds(10));

    @AfterEach
    void close() {
        vm.close();
    }

    private static List<String> lines(List<DnsRecord> records) {
        return records.stream().map(DnsRecord::line).toList();
    }

    @Test
    void lookupShowsTheRecordsTheTimeAndTheServerThatAnswered(DnsHierarchy dns) {
        vm.name().textProperty().set("www.example.lab");
        vm.server().textProperty().set(dns.domain().endpoint());
        assertTrue(vm.canLookupProperty().get());
        vm.lookup();

        assertFalse(vm.busyProperty().get());
        assertEquals(List.of("www.example.lab.\t600\tIN\tCNAME\tweb.example.lab.",
                "web.example.lab.\t300\tIN\tA\t127.53.0.10", "web.example.lab.\t300\tIN\tAAAA\tfd53::10"),
                lines(vm.records()));
        assertEquals("Lookup  www.example.lab.  A and AAAA  via " + dns.domain(), vm.questionProperty().get());
        String summary = vm.summaryProperty().get();
        assertTrue(summary.startsWith("3 records  ·  "), summary);
        assertTrue(summary.endsWith("  ·  answered by " + dns.domain()), summary);
        assertEquals("canonical name: web.example.lab.", vm.canonicalProperty().get());
        assertEquals("addresses: 127.53.0.10, fd53::10", vm.addressesProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.answeredProperty().get());
        assertEquals("Answer", vm.recordsTitleProperty().get());
    }

    @Test
    void captureThisLookupAsksForTheCaptureFirstAndLooksUpOnlyOnceItRuns(DnsHierarchy dns) {
        List<Runnable> started = new java.util.ArrayList<>();
        List<String> asked = new java.util.ArrayList<>();
        vm.setCaptureHandler((server, port, then) -> {
            asked.add(server.getHostAddress() + " " + port);
            started.add(then);
        });
        assertTrue(vm.canCaptureProperty().get());
        vm.name().textProperty().set("www.example.lab");
        vm.server().textProperty().set(dns.domain().endpoint());
        vm.captureLookup();
        assertEquals(List.of(dns.domain().address().getHostAddress() + " " + dns.port()), asked);
        assertTrue(vm.records().isEmpty(), "nothing is asked before the capture runs");
        assertTrue(vm.busyProperty().get(), "the buttons wait for the capture");
        started.getFirst().run();
        assertEquals(3, vm.records().size());

        vm.name().textProperty().set("127.53.0.10");
        vm.captureLookup();
        started.get(1).run();
        assertEquals(List.of("10.0.53.127.in-addr.arpa.\t300\tIN\tPTR\tweb.example.lab."), lines(vm.records()),
                "for an address, the capture watches its reverse lookup");

        vm.name().textProperty().set("web.example.lab");
        vm.roots().textProperty().set(dns.root().endpoint());
        vm.captureTrace();
        assertEquals(dns.root().address().getHostAddress() + " " + dns.port(), asked.get(2));
        assertTrue(vm.steps().isEmpty());
        started.get(2).run();
        assertEquals(3, vm.steps().size());
    }

    @Test
    void aTypeOfChoiceAndTheFamilyFilterOnlyForAddresses(DnsHierarchy dns) {
        vm.server().textProperty().set(dns.domain().endpoint());
        vm.name().textProperty().set("example.lab");
        assertTrue(vm.familyEnabledProperty().get());
        vm.typeProperty().set(TypeChoice.of(RecordType.TXT));
        assertFalse(vm.familyEnabledProperty().get(), "the family applies to address lookups only");
        vm.lookup();
        assertEquals(List.of("example.lab.\t300\tIN\tTXT\t\"v=socketlab1\" \"a miniature DNS hierarchy\""),
                lines(vm.records()));

        vm.typeProperty().set(TypeChoice.ADDRESSES);
        vm.familyProperty().set(Family.IPV6);
        vm.name().textProperty().set("web.example.lab");
        vm.lookup();
        assertEquals(List.of("web.example.lab.\t300\tIN\tAAAA\tfd53::10"), lines(vm.records()));
    }

    @Test
    void noSuchNameShowsThePlainReasonAndTheZonesSoa(DnsHierarchy dns) {
        vm.server().textProperty().set(dns.domain().endpoint());
        vm.name().textProperty().set("nothere.example.lab");
        vm.lookup();
        assertEquals("no such name: nothere.example.lab. does not exist (NXDOMAIN)", vm.errorProperty().get());
        assertFalse(vm.answeredProperty().get());
        assertEquals("SOA", vm.records().getFirst().type());
        assertEquals("Authority: the zone that says no, and how long the no may be cached",
                vm.recordsTitleProperty().get());
        assertTrue(vm.summaryProperty().get().startsWith("NXDOMAIN  ·  "), vm.summaryProperty().get());
    }

    @Test
    void reverseNeedsAnAddressAndFindsItsName(DnsHierarchy dns) {
        vm.server().textProperty().set(dns.domain().endpoint());
        vm.name().textProperty().set("web.example.lab");
        assertEquals("a name: Lookup finds its records (Reverse is for an address)",
                vm.nameHintProperty().get());
        assertFalse(vm.canReverseProperty().get(), "a name has no reverse lookup");

        vm.name().textProperty().set("127.53.0.10");
        assertEquals("an address: Reverse finds its name", vm.nameHintProperty().get());
        assertTrue(vm.canReverseProperty().get());
        vm.reverse();
        assertEquals(List.of("10.0.53.127.in-addr.arpa.\t300\tIN\tPTR\tweb.example.lab."), lines(vm.records()));

        vm.name().textProperty().set("127.53.0.99");
        vm.reverse();
        assertTrue(vm.errorProperty().get().startsWith("no name for this address: "), vm.errorProperty().get());
    }

    @Test
    void traceShowsEveryStepAndTheHierarchy(DnsHierarchy dns) {
        vm.name().textProperty().set("web.example.lab");
        vm.roots().textProperty().set(dns.root().endpoint());
        assertEquals("every server of the trace is asked on port " + dns.port() + ": referrals give addresses"
                + " only", vm.rootsHintProperty().get());
        vm.trace();
        assertTrue(vm.tracingProperty().get());
        assertEquals(3, vm.steps().size());
        assertEquals(List.of(".", "lab.", "example.lab.", "web.example.lab."), vm.path());
        assertEquals(List.of("web.example.lab.\t300\tIN\tA\t127.53.0.10"), lines(vm.records()));
        assertTrue(vm.summaryProperty().get().startsWith("3 steps  ·  "), vm.summaryProperty().get());
        assertTrue(vm.summaryProperty().get().endsWith("  ·  answer"), vm.summaryProperty().get());

        pulses.fire();
        assertEquals(3, vm.steps().size(), "a pulse after the result adds nothing twice");
    }

    @Test
    void traceStepsArriveOncePerPulseWhileTheTraceRuns(DnsHierarchy dns) throws Exception {
        ExecutorService work = Executors.newSingleThreadExecutor();
        LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
        DnsViewModel live = new DnsViewModel(new Background(work, fx::add), pulses, Duration.ofSeconds(10),
                Duration.ofSeconds(10));
        try {
            live.name().textProperty().set("web.example.lab");
            live.roots().textProperty().set(dns.root().endpoint());
            live.trace();
            assertTrue(live.busyProperty().get());
            assertFalse(live.canTraceProperty().get(), "one question at a time");
            Runnable done = fx.poll(Eventually.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertEquals(List.of(), live.steps(), "nothing shows before a pulse");
            pulses.fire();
            assertEquals(List.of(TraceStep.Kind.REFERRAL, TraceStep.Kind.REFERRAL, TraceStep.Kind.ANSWER),
                    live.steps().stream().map(TraceStep::kind).toList(), "one pulse brings every queued step");
            assertEquals("tracing: step 3 done…", live.activityProperty().get());
            done.run();
            assertEquals(3, live.steps().size());
            assertFalse(live.busyProperty().get());
            assertEquals("", live.activityProperty().get());
        } finally {
            live.close();
            work.shutdownNow();
        }
    }

    @Test
    void badInputIsExplainedAndDisablesTheCommands() {
        vm.name().textProperty().set("web..lab");
        assertEquals("\"web..lab\" has two dots in a row or starts with a dot: every label (the part between dots)"
                + " needs at least one character", vm.name().errorProperty().get());
        assertFalse(vm.canLookupProperty().get());
        assertFalse(vm.canTraceProperty().get());

        vm.name().textProperty().set("web.lab");
        vm.server().textProperty().set("dns.google");
        assertFalse(vm.canLookupProperty().get());
        assertTrue(vm.server().errorProperty().get().startsWith("the server must be an IP address"));
        assertTrue(vm.canTraceProperty().get(), "a trace does not use the server field");

        vm.roots().textProperty().set("127.0.0.1:53, 127.0.0.2:5353");
        assertEquals("every root server must use the same port: referrals give addresses only, so a trace asks"
                + " every server on the roots' port", vm.roots().errorProperty().get());
        assertFalse(vm.canTraceProperty().get());
        vm.roots().textProperty().set("");
        assertEquals("empty: the Internet's 13 root servers, on port 53", vm.rootsHintProperty().get());
    }

    @Test
    void aServerThatNeverAnswersTimesOutInPlainWords() throws Exception {
        DnsViewModel quick = new DnsViewModel(new Background(Runnable::run, Runnable::run), pulses,
                Duration.ofMillis(300), Duration.ofMillis(300));
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            quick.name().textProperty().set("www.example.lab");
            quick.server().textProperty().set("127.0.0.1:" + silent.getLocalPort());
            quick.lookup();
            assertEquals("timed out: no answer from 127.0.0.1#" + silent.getLocalPort() + " within 300 ms (the"
                    + " server may be down, or a firewall drops DNS)", quick.errorProperty().get());
            assertFalse(quick.busyProperty().get());
            assertTrue(quick.canLookupProperty().get(), "ready for the next question");
        } finally {
            quick.close();
        }
    }

    @Test
    void aTraceFollowsAddressesAsPtrAndTheFamilyAsAOrAaaa() {
        assertEquals(RecordType.PTR, vm.traceType(Target.parse("127.53.0.10").value()));
        assertEquals(RecordType.A, vm.traceType(Target.parse("web.example.lab").value()));
        vm.familyProperty().set(Family.IPV6);
        assertEquals(RecordType.AAAA, vm.traceType(Target.parse("web.example.lab").value()));
        vm.typeProperty().set(TypeChoice.of(RecordType.MX));
        assertEquals(RecordType.MX, vm.traceType(Target.parse("example.lab").value()));
    }
}
