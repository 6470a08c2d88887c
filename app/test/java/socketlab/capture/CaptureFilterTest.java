package socketlab.capture;

import socketlab.decode.LinkType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.net.Parsed;

/** Capture filters checked by libpcap's own compiler, and its complaints as one plain sentence. */
class CaptureFilterTest {
    private static final LinkType ETHERNET = LinkType.ETHERNET;
    private static final LinkType RAW_IP = LinkType.RAW;

    @Test
    void acceptsWhatTcpdumpAccepts() {
        for (String filter : List.of("tcp port 5000", "host 127.0.0.1 and (tcp or udp)", "ip6 and udp port 53",
                "icmp", "tcp[tcpflags] & (tcp-syn|tcp-fin) != 0", "not arp")) {
            assertEquals(Parsed.ok(filter), CaptureFilter.validate(filter, ETHERNET), filter);
        }
    }

    @Test
    void anEmptyFilterMeansEveryFrame() {
        assertEquals(Parsed.ok(""), CaptureFilter.validate("", ETHERNET));
        assertEquals(Parsed.ok(""), CaptureFilter.validate("   ", ETHERNET));
        assertEquals(Parsed.ok(""), CaptureFilter.validate(null, ETHERNET));
        assertEquals(Parsed.ok("tcp"), CaptureFilter.validate("  tcp ", ETHERNET));
    }

    @Test
    void aSyntaxErrorIsOnePlainSentence() {
        assertEquals(Parsed.invalid("the capture filter 'tcp prot 80' is not valid: syntax error"),
                CaptureFilter.validate("tcp prot 80", ETHERNET));
        assertEquals(Parsed.invalid("the capture filter 'tcp port 99999' is not valid: illegal port number"
                + " 99999 > 65535"), CaptureFilter.validate("tcp port 99999", ETHERNET));
        assertEquals(Parsed.invalid("the capture filter 'ip and ip6' is not valid: it can never match a packet"),
                CaptureFilter.validate("ip and ip6", ETHERNET));
    }

    @Test
    void dependsOnTheLinkType() {
        String filter = "ether host 00:00:00:00:00:00";
        assertTrue(CaptureFilter.validate(filter, ETHERNET).isOk());
        Parsed<String> raw = CaptureFilter.validate(filter, RAW_IP);
        assertTrue(raw.error().startsWith("the capture filter '" + filter + "' is not valid: ethernet addresses"),
                raw.error());
    }

    @Test
    void aBadFilterStopsTheCaptureBeforeItStarts() {
        FrameCollector frames = new FrameCollector();
        CaptureProblem p = assertThrows(CaptureProblem.class,
                () -> CaptureSession.start(CaptureOptions.on("lo").withFilter("tcp prot 80"), frames));
        assertEquals(CaptureProblem.Kind.BAD_FILTER, p.kind());
        assertEquals("the capture filter 'tcp prot 80' is not valid: syntax error", p.getMessage());
        assertEquals(p.getMessage(), p.what());
        assertEquals("", p.fix());
        assertEquals(List.of(), frames.frames());
    }
}
