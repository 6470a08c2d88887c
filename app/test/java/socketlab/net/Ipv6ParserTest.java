package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every form RFC 4291 allows gives the same 16 bytes as the JDK's own literal parser. */
class Ipv6ParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "::",
        "::1",
        "1::",
        "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8",
        "2001:db8::ff00:42:8329",
        "2001:0DB8:0000:0000:0000:FF00:0042:8329",
        "fe80::1:2",
        "::1.2.3.4",
        "1:2:3:4:5:6:1.2.3.4",
        "1::1.2.3.4",
        "::ffff:128.95.4.1",
        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    })
    void agreesWithTheJdk(String text) throws Exception {
        Parsed<Ipv6Literal> p = Ipv6Parser.parse(text);
        assertTrue(p.isOk(), p.error());
        byte[] jdk = InetAddress.getByName(text).getAddress(); // a literal: no DNS query
        byte[] ours = p.value().bytes();
        if (jdk.length == 4) { // the JDK turns an IPv4-mapped address into the IPv4 address it stands for
            assertEquals("00 00 00 00 00 00 00 00 00 00 ff ff", NetworkOrder.hex(Arrays.copyOf(ours, 12)));
            assertArrayEquals(jdk, Arrays.copyOfRange(ours, 12, 16));
        } else {
            assertArrayEquals(jdk, ours);
        }
        assertEquals("", p.value().zone());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fe80::1%eth0 | eth0",
        "fe80::1%2    | 2",
    })
    void keepsTheZone(String text, String zone) {
        assertEquals(zone, Ipv6Parser.parse(text).value().zone());
    }
}
