package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ports explained as the lectures explain them. */
class PortNotesTest {
    private final PortNotes notes = new PortNotes(
            Services.parse(List.of("http 80/tcp", "mysql 3306/tcp", "x11 6000/tcp"), "test"),
            EphemeralPorts.LINUX_DEFAULT);

    @Test
    void aServersEnd() {
        assertEquals(new PortNote(12_345, "listening", "12345 — the server's listening port"),
                notes.explain(12_345, true));
        assertEquals(new PortNote(80, "listening", "80 — http (well-known), the server's listening port"),
                notes.explain(80, true));
        assertEquals("41234 — the server's listening port (in the ephemeral range 32768–60999, as when the kernel"
                + " picks it for port 0)", notes.explain(41_234, true).text());
    }

    @Test
    void aClientsEndChosenByTheKernel() {
        assertEquals(new PortNote(51_213, "ephemeral", "51213 — ephemeral, chosen by the kernel"),
                notes.explain(51_213, false));
        assertEquals("ephemeral", notes.explain(32_768, false).brief());
        assertEquals("ephemeral", notes.explain(60_999, false).brief());
    }

    @Test
    void otherPortsByNameOrRange() {
        assertEquals(new PortNote(80, "http", "80 — http (well-known)"), notes.explain(80, false));
        assertEquals(new PortNote(443, "https", "443 — https (well-known)"), notes.explain(443, false),
                "from the built-in table");
        assertEquals(new PortNote(3306, "mysql", "3306 — mysql (registered)"), notes.explain(3306, false));
        assertEquals("666 — well-known range 0–1023, no service named", notes.explain(666, false).text());
        assertEquals("12345 — registered range 1024–49151, no service named", notes.explain(12_345, false).text());
        assertEquals("62000 — dynamic range 49152–65535, outside this machine's ephemeral range 32768–60999",
                notes.explain(62_000, false).text());
        assertEquals("none", notes.explain(0, false).brief());
    }

    @Test
    void rangesFollowIana() {
        assertEquals(PortRange.WELL_KNOWN, PortRange.of(0));
        assertEquals(PortRange.WELL_KNOWN, PortRange.of(1023));
        assertEquals(PortRange.REGISTERED, PortRange.of(1024));
        assertEquals(PortRange.REGISTERED, PortRange.of(49_151));
        assertEquals(PortRange.DYNAMIC, PortRange.of(49_152));
        assertEquals(PortRange.DYNAMIC, PortRange.of(65_535));
    }

    @Test
    void onMacOsAndWindowsTheDynamicRangeIsTheEphemeralOne() {
        PortNotes iana = new PortNotes(Services.builtIn(), EphemeralPorts.IANA);
        assertEquals("50000 — ephemeral, chosen by the kernel", iana.explain(50_000, false).text());
        assertEquals("40000 — registered range 1024–49151, no service named", iana.explain(40_000, false).text());
    }
}
