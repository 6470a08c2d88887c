package socketlab.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.decode.FieldTable;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LinkType;
import socketlab.decode.LocalAddresses;
import socketlab.decode.RawFrame;

/** The filter language's messages, positions and edge cases, on frames decoded from the corpus capture's bytes. */
class DisplayFilterTest {
    private static final List<Frame> FRAMES = decode();

    private static List<Frame> decode() {
        FrameDecoder d = new FrameDecoder(LocalAddresses.loopbackOnly());
        List<byte[]> data = FilterCaptures.frames();
        return java.util.stream.IntStream.range(0, data.size()).mapToObj(i -> d.decode(new RawFrame(i + 1,
                FilterCaptures.START_MICROS + i * 1_000_000L, data.get(i).length, LinkType.ETHERNET, data.get(i))))
                .toList();
    }

    static FilterError error(String text) {
        return assertInstanceOf(FilterResult.Invalid.class, DisplayFilter.compile(text), text).error();
    }

    static DisplayFilter filter(String text) {
        return assertInstanceOf(FilterResult.Valid.class, DisplayFilter.compile(text), text).filter();
    }

    static long count(String text) {
        DisplayFilter f = filter(text);
        return FRAMES.stream().filter(f::matches).count();
    }

    @Test
    void anUnknownNameIsReportedWhereItIs() {
        FilterError e = error("tcp.port == 80 && tcp.prt == 1");
        assertEquals("\"tcp.prt\" is neither a field nor a protocol name.", e.message());
        assertEquals(18, e.start());
        assertEquals(25, e.end());
        assertEquals("tcp.port == 80 && tcp.prt == 1\n                  ^~~~~~~", e.pointer("tcp.port == 80 && tcp.prt == 1"));
    }

    @Test
    void aBadNumberIsReportedInWiresharksWords() {
        FilterError e = error("tcp.port == abc");
        assertEquals("\"abc\" is not a valid number.", e.message());
        assertEquals(12, e.start());
        assertEquals("\"abc\" is not a valid number. (at column 13)", e.oneLine());
        assertEquals("\"08\" is not a valid number.", error("tcp.port == 08").message());
        assertEquals("\"0x1g\" is not a valid number.", error("tcp.port == 0x1g").message());
    }

    @Test
    void aMissingParenthesisPointsAtTheOneLeftOpen() {
        FilterError e = error("tcp && (udp || (ip)");
        assertTrue(e.message().startsWith("Unexpected end of filter expression"), e.message());
        assertEquals(7, e.start(), "the outer ( is the one never closed");
        FilterError extra = error("tcp)");
        assertEquals("\")\" was unexpected in this context.", extra.message());
        assertEquals(3, extra.start());
    }

    @Test
    void valuesOfTheWrongKindAreRefusedWithWhatWasExpected() {
        assertEquals("\"foo\" is not a valid hostname or IPv4 address.", error("ip.addr == foo").message());
        assertEquals("Netmask bits in a CIDR IPv4 address should be <= 32, not 33",
                error("ip.src == 1.2.3.4/33").message());
        assertEquals("\"127.0.0.1\" is not a valid hostname or IPv6 address.",
                error("ipv6.addr == 127.0.0.1").message());
        assertEquals("\"ff:ff:ff:ff:ff\" contains too few bytes to be a valid Ethernet address.",
                error("eth.dst == ff:ff:ff:ff:ff").message());
        assertEquals("\"yes\" cannot be found among the possible values for tcp.flags.syn.",
                error("tcp.flags.syn == yes").message());
        assertEquals("tcp.port (type=Unsigned integer) cannot participate in contains comparison.",
                error("tcp.port contains 1").message());
        assertEquals("The final quote was missing from a quoted string.", error("data.data contains \"ab").message());
        assertTrue(error("data.data matches \"([\"").message().startsWith("Regex compilation error: "));
        assertEquals("Unexpected end of filter expression.", error("tcp.port ==").message());
    }

    @Test
    void setsTakeCommasOrSpacesAndRanges() {
        assertEquals(count("tcp.port in {80, 443, 8000..8100}"), count("tcp.port in {80 443 8000..8100}"));
        assertEquals(count("tcp.port == 80 || tcp.port == 443 || (tcp.port >= 8000 && tcp.port <= 8100)"),
                count("tcp.port in {80 443 8000..8100}"));
        assertTrue(count("tcp.port in {80 443 8000..8100}") > 0);
    }

    @Test
    void notEqualNeedsTheFieldAndEveryOccurrenceToDiffer() {
        // Wireshark 4.0: != is "all not equal"; a frame without the field passes no comparison
        assertEquals(0, count("ip.ttl != 64"));
        long tcp = count("tcp");
        assertEquals(tcp - count("tcp.port == 80"), count("tcp.port != 80"));
        assertEquals(count("tcp.port != 80"), count("tcp && !(tcp.port == 80)"));
    }

    @Test
    void theEmptyFilterPassesEverything() {
        assertTrue(filter("  ").isAll());
        assertEquals(FRAMES.size(), count(""));
    }

    @Test
    void everyFieldOfTheDecoderIsAName() {
        for (String name : FieldTable.names()) {
            assertInstanceOf(FilterResult.Valid.class, DisplayFilter.compile(name), name);
        }
        for (String name : FieldTable.eitherSideNames()) {
            assertInstanceOf(FilterResult.Valid.class, DisplayFilter.compile(name), name);
        }
        assertTrue(FieldTable.names().contains("tcp.flags.syn"));
        assertTrue(FieldTable.protocols().containsAll(List.of("eth", "ip", "ipv6", "tcp", "udp", "data",
                "_ws.malformed")));
        assertFalse(FieldTable.protocols().contains("_ws"));
    }

    @Test
    void applyAsFilterTextPicksOutItsOwnFrame() {
        int checked = 0;
        for (Frame f : FRAMES) {
            for (socketlab.decode.Layer l : f.layers()) {
                assertTrue(filter(FilterText.of(l)).matches(f), FilterText.of(l));
                for (socketlab.decode.Field field : l.fields()) {
                    String text = FilterText.of(f, field);
                    assertTrue(filter(text).matches(f), text + " in frame " + f.number());
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "fields checked: " + checked);
        assertEquals(1, count("tcp.dstport == 8050"));
    }

    @Test
    void escapesInStringsReadAsWiresharkReadsThem() {
        assertEquals(count("data.data contains \"PONG\""), count("data.data contains \"\\x50\\117N\\u0047\""));
        assertTrue(count("data.data contains \"PONG\"") > 0);
        assertEquals("\"\\q\" is not a valid escape sequence.", error("data.data contains \"\\q\"").message());
    }
}
