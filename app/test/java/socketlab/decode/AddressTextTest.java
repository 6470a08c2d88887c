package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IPv6 text as RFC 5952 wants it, which is also how Wireshark and tcpdump write it. */
class AddressTextTest {
    @ParameterizedTest
    @CsvSource({
        "::1, ::1",
        "::, ::",
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "fe80:0:0:0:0:0:0:0, fe80::",
        "1:0:0:2:0:0:0:3, 1:0:0:2::3",
        "::ffff:192.0.2.1, ::ffff:192.0.2.1",
        "FF02::16, ff02::16",
    })
    void ipv6IsWrittenCanonically(String literal, String expected) throws Exception {
        byte[] b = java.net.InetAddress.getByName(literal).getAddress();
        if (b.length == 4) { // Java turns ::ffff:a.b.c.d into an IPv4 address
            b = Packets.concat(new byte[10], new byte[] {-1, -1}, b);
        }
        assertEquals(expected, AddressText.ipv6(b, 0));
    }
}
