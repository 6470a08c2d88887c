package socketlab.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Server addresses as typed: ADDR, ADDR:PORT, [IPv6]:PORT, and what is wrong with the rest. */
class DnsServerTest {

    @Test
    void addressesWithAndWithoutPorts() {
        assertEquals("127.0.0.1#53", DnsServer.parse("127.0.0.1").value().toString());
        assertEquals("127.0.0.1#5353", DnsServer.parse("127.0.0.1:5353").value().toString());
        assertEquals("127.0.0.1#53", DnsServer.parse("@127.0.0.1").value().toString(), "as dig writes it");
        assertEquals("::1#53", DnsServer.parse("::1").value().toString());
        assertEquals("::1#5353", DnsServer.parse("[::1]:5353").value().toString());
        assertEquals("[::1]:5353", DnsServer.parse("[::1]:5353").value().endpoint());
        assertEquals("2001:db8::1#53", DnsServer.parse("[2001:db8::1]").value().toString());
    }

    @Test
    void refusalsInPlainWords() {
        assertEquals("type the server's address, like 127.0.0.1 or 127.0.0.1:5353", DnsServer.parse(" ").error());
        assertEquals("the server must be an IP address, like 8.8.8.8 or 127.0.0.1:5353, not a name (finding a"
                + " name's address would need a DNS server already)", DnsServer.parse("dns.google").error());
        assertEquals("port must be from 0 to 65535; 70000 is out of range",
                DnsServer.parse("127.0.0.1:70000").error());
        assertEquals("port 0 cannot be asked: it only means \"any port\" when binding; DNS servers listen on port"
                + " 53", DnsServer.parse("127.0.0.1:0").error());
        assertEquals("500 is greater than 255 and does not fit in one byte", DnsServer.parse("500.1.1.1").error());
        assertEquals("\"[::1\" opens a bracket but does not close it: write [::1]:53",
                DnsServer.parse("[::1").error());
    }

    @Test
    void listsAreSeparatedByCommasOrSpaces() {
        assertEquals(List.of("127.53.0.1#53", "127.53.0.9#53"),
                DnsServer.parseList("127.53.0.1, 127.53.0.9").value().stream().map(DnsServer::toString).toList());
        assertEquals("type at least one server address", DnsServer.parseList(" , ").error());
    }
}
