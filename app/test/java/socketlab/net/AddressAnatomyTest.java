package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses taken apart: every invalid example with its exact reason, bytes, 32-bit values, classes, mapping. */
class AddressAnatomyTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // IPv4: a part above 255, too few or too many parts, an empty part, not digits, a leading zero
        "500.304.259.1   | 500, 304 and 259 are greater than 255 and do not fit in one byte",
        "1.2.3.256       | 256 is greater than 255 and does not fit in one byte",
        "300.1.2.999     | 300 and 999 are greater than 255 and do not fit in one byte",
        "1.2.3.4444444444444 | 4444444444444 is greater than 255 and does not fit in one byte",
        "1.2.3           | an IPv4 address has 4 parts separated by dots; \"1.2.3\" has 3",
        "1.2.3.4.5       | an IPv4 address has 4 parts separated by dots; \"1.2.3.4.5\" has 5",
        "127             | an IPv4 address has 4 parts separated by dots; \"127\" has 1",
        "1..3.4          | part 2 of \"1..3.4\" is empty",
        "1.2.3.          | part 4 of \"1.2.3.\" is empty",
        ".1.2.3          | part 1 of \".1.2.3\" is empty",
        "1.2.3.x         | part 4 of \"1.2.3.x\" is \"x\": each part is a decimal number written with the digits 0 to 9"
                + " only",
        "-1.2.3.4        | part 1 of \"-1.2.3.4\" is \"-1\": each part is a decimal number written with the digits 0"
                + " to 9 only",
        "0x7f.0.0.1      | part 1 of \"0x7f.0.0.1\" is \"0x7f\": each part is a decimal number written with the"
                + " digits 0 to 9 only",
        "example.com     | \"example.com\" is not an IPv4 address: use four numbers separated by dots, like 127.0.0.1",
        "10.010.0.1      | \"010\" in \"10.010.0.1\" has a leading zero, which some programs read as octal: write 10",
        "''              | address is empty: type an IPv4 address like 127.0.0.1 or an IPv6 one like ::1",
        "198.35.26.96:80 | \"198.35.26.96:80\" is an address with a port: give the address alone (198.35.26.96) and"
                + " the port separately",
        "[::1]:80        | \"[::1]:80\" is an address with a port: give the address alone (::1) and the port"
                + " separately",
        // IPv6: bad characters, too many groups, a group over 4 hex digits, :: twice, single colons, too few
        // groups, :: standing for nothing, an IPv4 part that is invalid or not last, an empty zone
        "fe80::g         | \"fe80::g\" has \"g\", which is not a hex digit: an IPv6 address is hex groups (0-9, a-f)"
                + " separated by colons, like 2001:db8::1",
        "2001:db8::1 2   | \"2001:db8::1 2\" has a space, which is not a hex digit: an IPv6 address is hex groups"
                + " (0-9, a-f) separated by colons, like 2001:db8::1",
        "1:2:3:4:5:6:7:8:9 | \"1:2:3:4:5:6:7:8:9\" has 9 groups; an IPv6 address has 8 groups of 16 bits",
        "1:2:3:4:5:6:7::8:9 | \"1:2:3:4:5:6:7::8:9\" has 9 groups; an IPv6 address has 8 groups of 16 bits",
        "2001:db8::12345 | group \"12345\" of \"2001:db8::12345\" has 5 hex digits; a group is 16 bits, at most 4 hex"
                + " digits",
        "1::2::3         | \"1::2::3\" uses :: twice; it may stand for one run of zero groups only",
        "1:::2           | \"1:::2\" has three colons in a row: groups are separated by one colon, and :: (two)"
                + " stands for a run of zero groups",
        ":1:2:3:4:5:6:7  | \":1:2:3:4:5:6:7\" starts with a single colon: only :: may begin an address",
        "1:2:3:4:5:6:7:  | \"1:2:3:4:5:6:7:\" ends with a single colon: only :: may end an address",
        "2001:db8:1      | \"2001:db8:1\" has 3 groups; an IPv6 address has 8, or :: in place of a run of zero"
                + " groups",
        "1:2:3:4::5:6:7:8 | \"1:2:3:4::5:6:7:8\" has 8 groups and ::, but :: stands for at least one zero group:"
                + " with :: write at most 7 groups",
        "::ffff:1.2.3.256 | the IPv4 part \"1.2.3.256\" at the end of \"::ffff:1.2.3.256\" is not valid: 256 is"
                + " greater than 255 and does not fit in one byte",
        "::ffff:1.2.3    | the IPv4 part \"1.2.3\" at the end of \"::ffff:1.2.3\" is not valid: an IPv4 address has"
                + " 4 parts separated by dots; \"1.2.3\" has 3",
        "1.2.3.4::       | \"1.2.3.4::\" has the IPv4 part \"1.2.3.4\" before its end: a dotted quad may only come"
                + " last, in place of the last two groups",
        "1:2:3:4:5:6:7:1.2.3.4 | \"1:2:3:4:5:6:7:1.2.3.4\" has 9 groups (counting the IPv4 part as 2); an IPv6"
                + " address has 8 groups of 16 bits",
        "fe80::1%        | \"fe80::1%\" ends with % but names no zone: write an interface after it, like fe80::1%eth0,"
                + " or leave the % out",
        "fe80::1%no-such-nic0 | no network interface named \"no-such-nic0\" on this machine: the zone after % names"
                + " an interface (like lo or eth0) or gives its number",
        "fe80::1%99999999999 | zone 99999999999 is too large: sin6_scope_id is a 32-bit number, at most 4294967295",
    })
    void refusesWithThePreciseReason(String text, String reason) {
        Parsed<AddressAnatomy> p = AddressAnatomy.parse(text);
        assertFalse(p.isOk(), () -> "accepted " + text);
        assertEquals(reason, p.error());
    }

    @Test
    void thePracticeAddressIsFourBytesAndOne32BitNumber() {
        AddressAnatomy a = AddressAnatomy.parse("198.35.26.96").value();
        assertEquals(4, a.version());
        assertEquals("c6 23 1a 60", NetworkOrder.hex(a.bytes()));
        assertEquals("198.35.26.96", a.canonical());
        assertEquals(0xC6231A60L, a.value());
        assertEquals(3_324_189_280L, a.value());
        assertEquals(0x601A23C6L, a.valueReadLittleEndian(), "s_addr read as a number on a little-endian host");
        assertEquals(1_612_325_830L, a.valueReadLittleEndian());
        assertEquals("::ffff:198.35.26.96", a.mapped());
        assertEquals(AddressKind.GLOBAL, a.addressClass().kind());
        assertEquals(List.of(), a.steps(), "IPv4 has no shortening rules");
    }

    @Test
    void ipv4MappedAddressesGoBothWays() {
        AddressAnatomy mapped = AddressAnatomy.parse("::ffff:128.95.4.1").value();
        assertEquals(6, mapped.version());
        assertEquals("00 00 00 00 00 00 00 00 00 00 ff ff 80 5f 04 01", NetworkOrder.hex(mapped.bytes()));
        assertEquals("::ffff:128.95.4.1", mapped.canonical());
        assertEquals("128.95.4.1", mapped.mapped());
        assertEquals(AddressKind.IPV4_MAPPED, mapped.addressClass().kind());
        assertEquals("::ffff:0:0/96", mapped.addressClass().block());
        assertTrue(mapped.addressClass().explanation().endsWith("; 128.95.4.1 itself is global"),
                mapped.addressClass().explanation());

        AddressAnatomy v4 = AddressAnatomy.parse(mapped.mapped()).value();
        assertEquals("::ffff:128.95.4.1", v4.mapped());
        assertEquals("80 5f 04 01", NetworkOrder.hex(v4.bytes()));

        AddressAnatomy hexForm = AddressAnatomy.parse("0:0:0:0:0:FFFF:805F:0401").value();
        assertEquals("::ffff:128.95.4.1", hexForm.canonical(), "RFC 5952 writes a mapped address with a dotted quad");
        assertEquals("::ffff:127.0.0.1", AddressAnatomy.parse("::ffff:7f00:1").value().canonical());
        assertEquals("loopback", AddressAnatomy.parse("::ffff:127.0.0.1").value().addressClass().explanation()
                .replaceAll(".* itself is ", ""));
    }

    @Test
    void ipv6KeepsWhatWasTypedAndItsCanonicalForm() {
        AddressAnatomy a = AddressAnatomy.parse("[2001:0DB8:0:0:0:FF00:0042:8329]").value();
        assertEquals("[2001:0DB8:0:0:0:FF00:0042:8329]", a.typed());
        assertEquals("2001:db8::ff00:42:8329", a.canonical());
        assertEquals("20 01 0d b8 00 00 00 00 00 00 ff 00 00 42 83 29", NetworkOrder.hex(a.bytes()));
        assertEquals(AddressKind.DOCUMENTATION, a.addressClass().kind());
        assertEquals("", a.mapped());
        assertEquals(3, a.steps().size());
    }

    @Test
    void localhostIsTheLabsNameFor127001() {
        AddressAnatomy a = AddressAnatomy.parse(" localhost ").value();
        assertEquals("127.0.0.1", a.canonical());
        assertEquals(AddressKind.LOOPBACK, a.addressClass().kind());
    }

    @Test
    void aZoneBecomesTheScopeId() {
        AddressAnatomy numbered = AddressAnatomy.parse("fe80::1%3").value();
        assertEquals(3, numbered.scopeId());
        assertEquals("fe80::1%3", numbered.withZone());
        AddressAnatomy named = AddressAnatomy.parse("fe80::1%lo").value(); // lo exists on every Linux machine
        assertTrue(named.scopeId() > 0, "lo has an interface index");
        assertEquals("lo", named.zone());
        assertEquals(0, AddressAnatomy.parse("fe80::1").value().scopeId());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "0.0.0.0         | unspecified   | 0.0.0.0/32",
        "0.1.2.3         | reserved      | 0.0.0.0/8",
        "127.0.0.1       | loopback      | 127.0.0.0/8",
        "127.255.255.254 | loopback      | 127.0.0.0/8",
        "10.1.2.3        | private       | 10.0.0.0/8",
        "172.16.0.1      | private       | 172.16.0.0/12",
        "172.31.255.255  | private       | 172.16.0.0/12",
        "172.32.0.1      | global        | ''",
        "192.168.1.1     | private       | 192.168.0.0/16",
        "100.64.0.1      | shared (carrier-grade NAT) | 100.64.0.0/10",
        "169.254.10.20   | link-local    | 169.254.0.0/16",
        "192.0.2.1       | documentation | 192.0.2.0/24",
        "198.51.100.7    | documentation | 198.51.100.0/24",
        "203.0.113.9     | documentation | 203.0.113.0/24",
        "224.0.0.251     | multicast     | 224.0.0.0/4",
        "239.255.255.250 | multicast     | 224.0.0.0/4",
        "255.255.255.255 | broadcast     | 255.255.255.255/32",
        "240.0.0.1       | reserved      | 240.0.0.0/4",
        "198.35.26.96    | global        | ''",
        "8.8.8.8         | global        | ''",
        "::              | unspecified   | ::/128",
        "::1             | loopback      | ::1/128",
        "::ffff:10.0.0.1 | IPv4-mapped   | ::ffff:0:0/96",
        "fe80::1         | link-local    | fe80::/10",
        "febf::1         | link-local    | fe80::/10",
        "fd12:3456::1    | private       | fc00::/7",
        "ff02::1         | multicast     | ff00::/8",
        "2001:db8::1     | documentation | 2001:db8::/32",
        "3fff::1         | documentation | 3fff::/20",
        "2606:4700::1111 | global        | 2000::/3",
        "::1.2.3.4       | reserved      | ''",
    })
    void classifiesAddresses(String text, String kind, String block) {
        AddressClass c = AddressAnatomy.parse(text).value().addressClass();
        assertEquals(kind, c.kind().label());
        assertEquals(block, c.block());
        assertFalse(c.explanation().isBlank());
    }
}
