package socketlab.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import socketlab.net.Parsed;

/** What the name field accepts, and the precise reason for everything it refuses. */
class TargetTest {

    private static String error(String text) {
        Parsed<Target> p = Target.parse(text);
        return p.error();
    }

    @Test
    void namesBecomeAbsoluteAndLowerCase() {
        Target t = Target.parse("  Web.Stanford.EDU ").value();
        assertInstanceOf(Target.HostName.class, t);
        assertEquals("web.stanford.edu.", t.toString());
        assertEquals("web.stanford.edu.", Target.parse("web.stanford.edu.").value().toString());
        assertEquals(".", Target.parse(".").value().toString());
        assertEquals("localhost.", Target.parse("localhost").value().toString(), "localhost is a name here");
        assertEquals("_sip._tcp.example.com.", Target.parse("_sip._tcp.example.com").value().toString());
    }

    @Test
    void internationalNamesTravelAsAscii() {
        assertEquals("xn--bcher-kva.example.", Target.parse("bücher.example").value().toString());
    }

    @Test
    void addressesAreAddressesAndKnowTheirReverseName() {
        Target v4 = Target.parse("171.64.64.64").value();
        assertInstanceOf(Target.Address.class, v4);
        assertEquals("64.64.64.171.in-addr.arpa.", v4.queryName().toString());
        Target v6 = Target.parse("2001:db8::1").value();
        assertEquals("2001:db8::1", v6.toString());
        assertEquals("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa.",
                v6.queryName().toString());
        assertEquals("::1", Target.parse("[::1]").value().toString());
    }

    @Test
    void badAddressesAreExplainedAsAddresses() {
        assertEquals("500, 304 and 259 are greater than 255 and do not fit in one byte", error("500.304.259.1"));
        assertEquals("an IPv4 address has 4 parts separated by dots; \"1.2.3\" has 3", error("1.2.3"));
        assertEquals("\"1::2::3\" uses :: twice; it may stand for one run of zero groups only", error("1::2::3"));
    }

    @Test
    void badNamesAreExplained() {
        assertEquals("type a name like web.stanford.edu or an address like 171.64.64.64", error("  "));
        assertEquals("a name cannot contain spaces", error("web stanford.edu"));
        assertEquals("\"web..stanford.edu\" has two dots in a row or starts with a dot: every label (the part"
                + " between dots) needs at least one character", error("web..stanford.edu"));
        assertEquals("\".edu\" has two dots in a row or starts with a dot: every label (the part between dots)"
                + " needs at least one character", error(".edu"));
        assertEquals("\"!\" cannot be part of a host name: names use letters, digits, hyphens and dots (and"
                + " underscores in service names such as _sip._tcp)", error("hello!.com"));
        assertEquals("the label \"-web\" starts with a hyphen; a host name's labels may not", error("-web.edu"));
        assertEquals("the label \"web-\" ends with a hyphen; a host name's labels may not", error("web-.edu"));
        String label = "a".repeat(64);
        assertEquals("the label \"aaaaaaaaaaaa…\" has 64 characters; a label (the part between dots) may have at"
                + " most 63", error(label + ".com"));
        String longName = ("a".repeat(60) + ".").repeat(5) + "com";
        assertEquals("the name has 308 characters; a name may have at most 253", error(longName));
    }
}
