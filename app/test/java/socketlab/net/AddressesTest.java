package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Address literals: strict parsing with plain reasons, and RFC 5952 text for IPv6. */
class AddressesTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "127.0.0.1             | 127.0.0.1",
        "' 10.0.0.255 '        | 10.0.0.255",
        "0.0.0.0               | 0.0.0.0",
        "localhost             | 127.0.0.1",
        "::1                   | ::1",
        "[::1]                 | ::1",
        "::                    | ::",
        "2001:DB8:0:0:0:0:0:1  | 2001:db8::1",
        "[2001:db8::1]         | 2001:db8::1",
        "::ffff:1.2.3.4        | 1.2.3.4",
        "0:0:0:0:0:FFFF:1.2.3.4 | 1.2.3.4",
        "::FfFf:7f00:1         | 127.0.0.1",
        "::1.2.3.4             | ::102:304",
    })
    void parsesLiterals(String text, String canonical) {
        Parsed<InetAddress> p = Addresses.parseLiteral(text);
        assertTrue(p.isOk(), p.error());
        assertEquals(canonical, Addresses.toText(p.value()));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "500.304.259.1  | 500, 304 and 259 are greater than 255 and do not fit in one byte",
        "1.2.3.256      | 256 is greater than 255 and does not fit in one byte",
        "1.2.3          | an IPv4 address has 4 parts separated by dots; \"1.2.3\" has 3",
        "1.2.3.4.5      | an IPv4 address has 4 parts separated by dots; \"1.2.3.4.5\" has 5",
        "1..3.4         | part 2 of \"1..3.4\" is empty",
        "1::2::3        | \"1::2::3\" uses :: twice; it may stand for one run of zero groups only",
        "''             | address is empty: type an IPv4 address like 127.0.0.1 or an IPv6 one like ::1",
        "example.com    | \"example.com\" is not an IPv4 address: use four numbers separated by dots, like 127.0.0.1",
        "1:2:3:4:5:6:7:8:9 | \"1:2:3:4:5:6:7:8:9\" has 9 groups; an IPv6 address has 8 groups of 16 bits",
        "fe80::g        | \"fe80::g\" has \"g\", which is not a hex digit: an IPv6 address is hex groups (0-9,"
                + " a-f) separated by colons, like 2001:db8::1",
        "1.2.3.x        | part 4 of \"1.2.3.x\" is \"x\": each part is a decimal number written with the digits"
                + " 0 to 9 only",
    })
    void refusesWithAPlainReason(String text, String message) {
        Parsed<InetAddress> p = Addresses.parseLiteral(text);
        assertFalse(p.isOk(), () -> "accepted " + text);
        assertEquals(message, p.error());
    }

    @Test
    void theTooBigMessageNamesEveryPartOverTheLimit() {
        String m = Addresses.parseLiteral("500.304.259.1").error();
        assertTrue(m.contains("500") && m.contains("304") && m.contains("259") && m.contains("255"), m);
        assertFalse(m.contains(" 1 "), m);
    }

    @Test
    void leadingZerosAreAmbiguousNotLargeNumbers() {
        assertEquals("\"0001\" in \"0001.2.3.4\" has a leading zero, which some programs read as octal: write 1",
                Addresses.parseLiteral("0001.2.3.4").error());
        assertEquals("\"010\" in \"10.010.0.1\" has a leading zero, which some programs read as octal: write 10",
                Addresses.parseLiteral("10.010.0.1").error());
        assertEquals("0256 is greater than 255 and does not fit in one byte",
                Addresses.parseLiteral("1.2.3.0256").error());
        assertEquals("10.0.0.0", Addresses.toText(Addresses.parseLiteral("10.0.0.0").value()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2001:db8:0:0:0:0:0:1   | 2001:db8::1",
        "0:0:0:0:0:0:0:1        | ::1",
        "0:0:0:0:0:0:0:0        | ::",
        "2001:db8:0:0:1:0:0:1   | 2001:db8::1:0:0:1",
        "2001:0:0:1:0:0:0:1     | 2001:0:0:1::1",
        "2001:db8:0:1:1:1:1:1   | 2001:db8:0:1:1:1:1:1",
        "2001:DB8:AAAA:0:0:0:0:0 | 2001:db8:aaaa::",
        "fe80:0:0:0:0:0:0:1     | fe80::1",
    })
    void writesIpv6AsRfc5952Says(String full, String canonical) throws Exception {
        InetAddress a = InetAddress.getByName(full); // a literal: no DNS query
        assertInstanceOf(Inet6Address.class, a);
        assertEquals(canonical, Addresses.toText(a));
    }

    @Test
    void writesIpv4AsADottedQuad() throws Exception {
        InetAddress a = InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1});
        assertInstanceOf(Inet4Address.class, a);
        assertEquals("192.0.2.1", Addresses.toText(a));
    }

    @Test
    void endpointsBracketIpv6() {
        assertEquals("[::1]:80", new Endpoint(Addresses.parseLiteral("::1").value(), 80).toString());
        assertEquals("127.0.0.1:80", new Endpoint(Addresses.parseLiteral("127.0.0.1").value(), 80).toString());
    }

    @Test
    void wildcards() {
        assertTrue(Addresses.isWildcard(Addresses.parseLiteral("0.0.0.0").value()));
        assertTrue(Addresses.isWildcard(Addresses.parseLiteral("::").value()));
        assertFalse(Addresses.isWildcard(Addresses.parseLiteral("127.0.0.1").value()));
    }
}
