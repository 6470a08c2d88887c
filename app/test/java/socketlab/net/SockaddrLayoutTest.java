package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes of sockaddr_in and sockaddr_in6 on a little-endian Linux host, field by field. */
class SockaddrLayoutTest {

    private static SockaddrLayout layout(String address, int port) {
        return SockaddrLayout.of(AddressAnatomy.parse(address).value(), port);
    }

    @Test
    void theLecturesPracticeQuestion() {
        SockaddrLayout l = layout("198.35.26.96", 80);
        assertEquals("sockaddr_in", l.struct());
        assertEquals(16, l.size());
        assertEquals("02 00 | 00 50 | c6 23 1a 60 | 00 00 00 00 00 00 00 00", l.hexByField());
        assertEquals("02 00 00 50 c6 23 1a 60 00 00 00 00 00 00 00 00", NetworkOrder.hex(l.bytes()));
        assertEquals(List.of("sin_family", "sin_port", "sin_addr", "sin_zero"),
                l.fields().stream().map(SockaddrField::name).toList());
        assertEquals(List.of(0, 2, 4, 8), l.fields().stream().map(SockaddrField::offset).toList());
        assertEquals(List.of(FieldOrder.HOST, FieldOrder.NETWORK, FieldOrder.NETWORK, FieldOrder.PADDING),
                l.fields().stream().map(SockaddrField::order).toList());
        assertEquals(List.of("AF_INET = 2", "htons(80): port 80 (http)", "198.35.26.96",
                "zeros: pads the structure to 16 bytes"), l.fields().stream().map(SockaddrField::meaning).toList());
    }

    @Test
    void htonsAndHtonlOnTheSameValues() {
        List<OrderNote> notes = layout("198.35.26.96", 80).notes();
        assertEquals(List.of(
                new OrderNote("sin_family = AF_INET = 2", "host order, stored as 02 00 on a little-endian host: only"
                        + " the local kernel reads it, it never travels on the network"),
                new OrderNote("htons(80) = 0x5000 = 20480", "80 is 0x0050; a little-endian host stores 0x5000 as"
                        + " 00 50: port 80 in network order"),
                new OrderNote("htonl(0xC6231A60) = 0x601A23C6", "198.35.26.96 is the number 0xC6231A60 ="
                        + " 3324189280; htonl reverses its bytes, so that memory holds c6 23 1a 60, the address in"
                        + " network order"),
                new OrderNote("sin_addr.s_addr = 0x601A23C6 = 1612325830", "what C code on a little-endian host"
                        + " sees when it reads s_addr as a number without ntohl; ntohl(s_addr) gives back"
                        + " 0xC6231A60 = 3324189280")),
                notes);
    }

    @Test
    void sockaddrIn6OnLinux() {
        SockaddrLayout l = layout("2001:db8::ff00:42:8329", 443);
        assertEquals("sockaddr_in6", l.struct());
        assertEquals(28, l.size());
        assertEquals("0a 00 | 01 bb | 00 00 00 00 | 20 01 0d b8 00 00 00 00 00 00 ff 00 00 42 83 29 | 00 00 00 00",
                l.hexByField());
        assertEquals(List.of("sin6_family", "sin6_port", "sin6_flowinfo", "sin6_addr", "sin6_scope_id"),
                l.fields().stream().map(SockaddrField::name).toList());
        assertEquals(List.of(0, 2, 4, 8, 24), l.fields().stream().map(SockaddrField::offset).toList());
        assertEquals(List.of(FieldOrder.HOST, FieldOrder.NETWORK, FieldOrder.NETWORK, FieldOrder.NETWORK,
                FieldOrder.HOST), l.fields().stream().map(SockaddrField::order).toList());
        assertEquals("AF_INET6 = 10 on Linux", l.fields().getFirst().meaning());
        assertEquals(new OrderNote("sin6_family = AF_INET6 = 10", "10 is Linux's number (macOS uses 30, Windows 23);"
                + " host order, stored as 0a 00 on a little-endian host: only the local kernel reads it, it never"
                + " travels on the network"), l.notes().getFirst());
        assertEquals(new OrderNote("htons(443) = 0xBB01 = 47873", "443 is 0x01BB; a little-endian host stores 0xBB01"
                + " as 01 bb: port 443 in network order"), l.notes().get(1));
    }

    @Test
    void theScopeIdIsAHostOrderNumber() {
        SockaddrLayout l = layout("fe80::1%258", 7);
        assertEquals("0a 00 | 00 07 | 00 00 00 00 | fe 80 00 00 00 00 00 00 00 00 00 00 00 00 00 01 | 02 01 00 00",
                l.hexByField());
        assertEquals("258: the interface index of zone 258", l.fields().getLast().meaning());
        assertEquals(new OrderNote("sin6_scope_id = 258", "an interface number in host order: stored as"
                + " 02 01 00 00 on a little-endian host"), l.notes().getLast());
    }

    @Test
    void aMappedAddressIsASockaddrIn6() {
        SockaddrLayout l = layout("::ffff:128.95.4.1", 0);
        assertEquals("0a 00 | 00 00 | 00 00 00 00 | 00 00 00 00 00 00 00 00 00 00 ff ff 80 5f 04 01 | 00 00 00 00",
                l.hexByField());
        assertEquals("htons(0): port 0", l.fields().get(1).meaning());
    }

    @Test
    void portsAtTheEdges() {
        assertEquals("02 00 | ff ff | 7f 00 00 01 | 00 00 00 00 00 00 00 00", layout("127.0.0.1", 65535).hexByField());
        assertEquals("02 00 | 01 00 | 00 00 00 00 | 00 00 00 00 00 00 00 00", layout("0.0.0.0", 256).hexByField());
    }
}
