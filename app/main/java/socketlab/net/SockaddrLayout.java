package socketlab.net;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of a {@code sockaddr_in} (16 bytes) or {@code sockaddr_in6} (28 bytes) in the memory of a little-endian
 * Linux host, field by field, as {@code bind} and {@code connect} receive them. The family is in host order; the
 * port, the address and the flow label are in network order.
 *
 * @param struct the C structure, {@code sockaddr_in} or {@code sockaddr_in6}
 * @param fields its fields in memory order
 * @param notes  {@code htons}/{@code htonl} on the same values, and what the family numbers are
 */
public record SockaddrLayout(String struct, List<SockaddrField> fields, List<OrderNote> notes) {
    /** AF_INET: 2 on Linux, macOS and Windows alike. */
    public static final int AF_INET = 2;
    /** AF_INET6 on Linux; macOS uses 30 and Windows 23, so the bytes of sin6_family differ between them. */
    public static final int AF_INET6_LINUX = 10;

    public SockaddrLayout {
        fields = List.copyOf(fields);
        notes = List.copyOf(notes);
    }

    /** The layout of {@code address} with {@code port}: sockaddr_in for IPv4, sockaddr_in6 for IPv6. */
    public static SockaddrLayout of(AddressAnatomy address, int port) {
        return address.version() == 4 ? ipv4(address, port) : ipv6(address, port);
    }

    private static SockaddrLayout ipv4(AddressAnatomy a, int port) {
        List<SockaddrField> f = new ArrayList<>();
        f.add(new SockaddrField("sin_family", "sa_family_t", 0, NetworkOrder.littleEndian(AF_INET, 2),
                FieldOrder.HOST, "AF_INET = 2"));
        f.add(portField("sin_port", 2, port));
        f.add(new SockaddrField("sin_addr", "struct in_addr", 4, a.bytes(), FieldOrder.NETWORK, a.canonical()));
        f.add(new SockaddrField("sin_zero", "unsigned char[8]", 8, new byte[8], FieldOrder.PADDING,
                "zeros: pads the structure to 16 bytes"));

        long value = a.value();
        List<OrderNote> notes = new ArrayList<>();
        notes.add(familyNote("sin_family = AF_INET = 2", AF_INET));
        notes.add(htonsNote(port));
        notes.add(new OrderNote("htonl(" + NetworkOrder.hexNumber(value, 4) + ") = "
                + NetworkOrder.hexNumber(NetworkOrder.htonl(value), 4),
                a.canonical() + " is the number " + NetworkOrder.hexNumber(value, 4) + " = " + value + "; htonl"
                        + " reverses its bytes, so that memory holds " + NetworkOrder.hex(a.bytes())
                        + ", the address in network order"));
        notes.add(new OrderNote("sin_addr.s_addr = " + NetworkOrder.hexNumber(a.valueReadLittleEndian(), 4) + " = "
                + a.valueReadLittleEndian(), "what C code on a little-endian host sees when it reads s_addr as a"
                + " number without ntohl; ntohl(s_addr) gives back " + NetworkOrder.hexNumber(value, 4) + " = "
                + value));
        return new SockaddrLayout("sockaddr_in", f, notes);
    }

    private static SockaddrLayout ipv6(AddressAnatomy a, int port) {
        List<SockaddrField> f = new ArrayList<>();
        f.add(new SockaddrField("sin6_family", "sa_family_t", 0, NetworkOrder.littleEndian(AF_INET6_LINUX, 2),
                FieldOrder.HOST, "AF_INET6 = 10 on Linux"));
        f.add(portField("sin6_port", 2, port));
        f.add(new SockaddrField("sin6_flowinfo", "uint32_t", 4, new byte[4], FieldOrder.NETWORK,
                "flow label 0: rarely used"));
        f.add(new SockaddrField("sin6_addr", "struct in6_addr", 8, a.bytes(), FieldOrder.NETWORK, a.canonical()));
        f.add(new SockaddrField("sin6_scope_id", "uint32_t", 24, NetworkOrder.littleEndian(a.scopeId(), 4),
                FieldOrder.HOST, a.zone().isEmpty() ? "0: no zone"
                        : a.scopeId() + ": the interface index of zone " + a.zone()));

        List<OrderNote> notes = new ArrayList<>();
        notes.add(familyNote("sin6_family = AF_INET6 = 10", AF_INET6_LINUX));
        notes.add(htonsNote(port));
        notes.add(new OrderNote("inet_pton(AF_INET6, text, &sin6_addr)", "writes the 16 bytes in network order,"
                + " most significant first, as they are: there is no htonl for a 128-bit address"));
        notes.add(new OrderNote("sin6_scope_id = " + a.scopeId(), "an interface number in host order"
                + (a.scopeId() == 0 ? "" : ": stored as " + NetworkOrder.hex(NetworkOrder.littleEndian(
                        a.scopeId(), 4)) + " on a little-endian host")));
        return new SockaddrLayout("sockaddr_in6", f, notes);
    }

    private static SockaddrField portField(String name, int offset, int port) {
        String well = Ports.wellKnownName(port);
        return new SockaddrField(name, "in_port_t", offset, NetworkOrder.bigEndian(port, 2), FieldOrder.NETWORK,
                "htons(" + port + "): port " + port + (well.isEmpty() ? "" : " (" + well + ")"));
    }

    private static OrderNote familyNote(String code, int family) {
        String bytes = NetworkOrder.hex(NetworkOrder.littleEndian(family, 2));
        String others = family == AF_INET6_LINUX
                ? "10 is Linux's number (macOS uses 30, Windows 23); "
                : "";
        return new OrderNote(code, others + "host order, stored as " + bytes + " on a little-endian host: only"
                + " the local kernel reads it, it never travels on the network");
    }

    private static OrderNote htonsNote(int port) {
        int swapped = NetworkOrder.htons(port);
        return new OrderNote("htons(" + port + ") = " + NetworkOrder.hexNumber(swapped, 2) + " = " + swapped,
                port + " is " + NetworkOrder.hexNumber(port, 2) + "; a little-endian host stores "
                        + NetworkOrder.hexNumber(swapped, 2) + " as " + NetworkOrder.hex(NetworkOrder.bigEndian(port,
                        2)) + ": port " + port + " in network order");
    }

    /** Every byte of the structure in memory order. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SockaddrField f : fields) {
            out.writeBytes(f.bytes());
        }
        return out.toByteArray();
    }

    /** The size of the structure: 16 for sockaddr_in, 28 for sockaddr_in6. */
    public int size() {
        return fields.stream().mapToInt(SockaddrField::size).sum();
    }

    /** The bytes in hex with a bar between fields: {@code 02 00 | 00 50 | c6 23 1a 60 | 00 00 ...}. */
    public String hexByField() {
        return String.join(" | ", fields.stream().map(f -> NetworkOrder.hex(f.bytes())).toList());
    }
}
