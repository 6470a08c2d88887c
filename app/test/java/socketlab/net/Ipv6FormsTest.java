package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IPv6's two shortening rules, step by step, ending in RFC 5952's canonical form. */
class Ipv6FormsTest {

    private static byte[] bytes(String text) {
        return Ipv6Parser.parse(text).value().bytes();
    }

    @Test
    void theLecturesAddressStepByStep() {
        List<ShorteningStep> steps = Ipv6Forms.steps(bytes("2001:0db8:0000:0000:0000:ff00:0042:8329"));
        assertEquals(List.of(
                new ShorteningStep("full form: 8 groups of 4 hex digits", "2001:0db8:0000:0000:0000:ff00:0042:8329",
                        "16 bytes, two to a group; each group is a 16-bit number in hex"),
                new ShorteningStep("rule 1: drop the leading zeros of each group", "2001:db8:0:0:0:ff00:42:8329",
                        "0db8 → db8, 0000 → 0, 0042 → 42"),
                new ShorteningStep("rule 2: replace the longest run of zero groups with ::", "2001:db8::ff00:42:8329",
                        "groups 3 to 5 are 0:0:0, the longest run of zeros: they become ::; only one run may be"
                                + " replaced, or the reader could not tell how many zeros each :: hides")),
                steps);
    }

    @Test
    void ruleTwoNeverReplacesASingleZeroGroup() {
        List<ShorteningStep> steps = Ipv6Forms.steps(bytes("2001:db8:0:1:1:1:1:1"));
        assertEquals("2001:db8:0:1:1:1:1:1", steps.get(2).text());
        assertEquals("no two zero groups in a row: nothing to replace (:: never stands for a single 0 group)",
                steps.get(2).explanation());
        assertEquals("no group starts with 0: nothing to drop",
                Ipv6Forms.steps(bytes("fe80:1111:2222:3333:4444:5555:6666:7777")).get(1).explanation());
    }

    @Test
    void onATieTheFirstRunIsReplaced() {
        List<ShorteningStep> steps = Ipv6Forms.steps(bytes("2001:db8:0:0:1:0:0:1"));
        assertEquals("2001:db8::1:0:0:1", steps.get(2).text());
        assertEquals("groups 3 to 4 are 0:0, the longest run of zeros: they become :: (of runs equally long, the"
                + " first); only one run may be replaced, or the reader could not tell how many zeros each :: hides",
                steps.get(2).explanation());
    }

    @Test
    void theAllZeroAddressBecomesTwoColons() {
        List<ShorteningStep> steps = Ipv6Forms.steps(new byte[16]);
        assertEquals("0000:0000:0000:0000:0000:0000:0000:0000", steps.get(0).text());
        assertEquals("0:0:0:0:0:0:0:0", steps.get(1).text());
        assertEquals("::", steps.get(2).text());
        assertEquals("all 8 groups are zero: the whole address becomes ::", steps.get(2).explanation());
    }

    @Test
    void aMappedAddressGetsAFourthStep() {
        List<ShorteningStep> steps = Ipv6Forms.steps(bytes("::ffff:128.95.4.1"));
        assertEquals(4, steps.size());
        assertEquals("0000:0000:0000:0000:0000:ffff:805f:0401", steps.get(0).text());
        assertEquals("::ffff:805f:401", steps.get(2).text());
        assertEquals(new ShorteningStep("IPv4-mapped: the last 32 bits as a dotted quad", "::ffff:128.95.4.1",
                "::ffff: followed by the IPv4 address 128.95.4.1, as RFC 5952 writes it"), steps.get(3));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2001:0db8:0000:0000:0000:ff00:0042:8329 | 2001:db8::ff00:42:8329",
        "0:0:0:0:0:0:0:1                         | ::1",
        "1:0:0:0:0:0:0:0                         | 1::",
        "2001:0:0:1:0:0:0:1                      | 2001:0:0:1::1",
        "FE80::ABCD                              | fe80::abcd",
        "::ffff:c000:0201                        | ::ffff:192.0.2.1",
        "::1.2.3.4                               | ::102:304",
    })
    void canonicalForms(String typed, String canonical) {
        assertEquals(canonical, Ipv6Forms.canonical(bytes(typed)));
    }
}
