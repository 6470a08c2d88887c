package socketlab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import socketlab.net.Parsed;

/** Hosts as typed: literals are judged as addresses, names by their shape, with a precise reason when wrong. */
class HostTest {

    private static String error(String text) {
        Parsed<Host> p = Host.parse(text);
        assertFalse(p.isOk(), text);
        return p.error();
    }

    @Test
    void literalsNeedNoLookup() {
        Host v4 = Host.parse(" 127.0.0.1 ").value();
        assertTrue(v4.isLiteral());
        assertEquals("127.0.0.1", v4.toString());
        Host v6 = Host.parse("[0:0:0:0:0:0:0:1]").value();
        assertTrue(v6.isLiteral());
        assertEquals("::1", v6.toString());
    }

    @Test
    void namesAreLookedUpLaterAndKeptInLowerCase() {
        Host name = Host.parse("Web.Stanford.EDU.").value();
        assertFalse(name.isLiteral());
        assertEquals("web.stanford.edu", name.text());
        assertFalse(Host.parse("localhost").value().isLiteral(), "localhost goes to the system resolver");
        assertTrue(Host.parse("my-host_1").isOk());
    }

    @Test
    void wrongAddressesSayWhy() {
        assertEquals("500, 304 and 259 are greater than 255 and do not fit in one byte", error("500.304.259.1"));
        assertEquals("an IPv4 address has 4 parts separated by dots; \"1.2.3\" has 3", error("1.2.3"));
        assertEquals("\"1::2::3\" uses :: twice; it may stand for one run of zero groups only", error("1::2::3"));
    }

    @Test
    void wrongNamesSayWhy() {
        assertEquals("host is empty: type a name like localhost, or an address like 127.0.0.1 or ::1", error("  "));
        assertEquals("\"a..b\" has an empty part between dots", error("a..b"));
        assertEquals("\"web server\" is not a host name: \" \" is not allowed; use letters, digits, hyphens and dots",
                error("web server"));
        assertEquals("\"-lab\" starts or ends with a hyphen, which a host name may not", error("-lab.edu"));
        assertEquals("\"" + "a".repeat(64) + "\" is longer than 63 characters, the most one part of a name may have",
                error("a".repeat(64) + ".edu"));
        assertEquals("a host name has at most 253 characters; this one has 259",
                error(("a".repeat(50) + ".").repeat(5) + "abcd"));
    }
}
