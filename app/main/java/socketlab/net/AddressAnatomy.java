package socketlab.net;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;

/**
 * An IP address taken apart for teaching: its bytes in network order, its canonical text, its class, its IPv4-mapped
 * counterpart and, for IPv6, the steps from the full form to the canonical one.
 *
 * @param typed     the text as the user wrote it, trimmed
 * @param bytes     4 or 16 bytes in network order (most significant first)
 * @param canonical the dotted quad, or IPv6 as RFC 5952 writes it
 * @param mapped    for IPv4 its IPv4-mapped IPv6 form ({@code ::ffff:a.b.c.d}); for an IPv4-mapped IPv6 address
 *                  the IPv4 address it stands for; otherwise empty
 * @param steps     IPv6 only: full form, rule 1, rule 2 (and the mapped notation), in order
 * @param zone      IPv6 only: the zone after {@code %}, or empty
 * @param scopeId   the interface index the zone names, 0 without a zone (sin6_scope_id)
 */
public record AddressAnatomy(String typed, byte[] bytes, String canonical, AddressClass addressClass, String mapped,
        List<ShorteningStep> steps, String zone, long scopeId) {

    public AddressAnatomy {
        bytes = bytes.clone();
        steps = List.copyOf(steps);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** 4 for IPv4, 6 for IPv6. */
    public int version() {
        return bytes.length == 4 ? 4 : 6;
    }

    /** IPv4 only: the address as one 32-bit number, what {@code ntohl(sin_addr.s_addr)} gives. */
    public long value() {
        return NetworkOrder.fromBigEndian(bytes);
    }

    /** IPv4 only: {@code sin_addr.s_addr} as C code on a little-endian host reads it, without {@code ntohl}. */
    public long valueReadLittleEndian() {
        return NetworkOrder.fromLittleEndian(bytes);
    }

    /** The canonical text with the zone, as a socket address prints it: {@code fe80::1%eth0}. */
    public String withZone() {
        return zone.isEmpty() ? canonical : canonical + "%" + zone;
    }

    /**
     * Parses an IPv4 dotted quad or an IPv6 address (brackets and a zone allowed), with the reason in plain words
     * when it is not one. {@code localhost} means 127.0.0.1, as everywhere in the lab.
     */
    public static Parsed<AddressAnatomy> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("localhost")) {
            return Addresses.parseLiteral(t).map(a -> of(t, a.getAddress(), "", 0));
        }
        if (t.matches("[0-9.]+:[0-9]+") || t.matches("\\[.*]:[0-9]+")) {
            String address = t.substring(0, t.lastIndexOf(':'));
            return Parsed.invalid("\"" + t + "\" is an address with a port: give the address alone ("
                    + address.replaceAll("^\\[|]$", "") + ") and the port separately");
        }
        String literal = t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1) : t;
        if (!literal.contains(":")) {
            return Addresses.parseIpv4(literal).map(a -> of(t, a.getAddress(), "", 0));
        }
        Parsed<Ipv6Literal> v6 = Ipv6Parser.parse(literal);
        if (!v6.isOk()) {
            return Parsed.invalid(v6.error());
        }
        String zone = v6.value().zone();
        Parsed<Long> scope = scopeId(zone);
        if (!scope.isOk()) {
            return Parsed.invalid(scope.error());
        }
        return Parsed.ok(of(t, v6.value().bytes(), zone, scope.value()));
    }

    private static AddressAnatomy of(String typed, byte[] b, String zone, long scopeId) {
        if (b.length == 4) {
            String dotted = (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
            return new AddressAnatomy(typed, b, dotted, AddressClass.of(b), "::ffff:" + dotted, List.of(), "", 0);
        }
        AddressClass c = AddressClass.of(b);
        String mapped = "";
        if (Ipv6Forms.isIpv4Mapped(b)) {
            mapped = Ipv6Forms.dottedTail(b);
            byte[] v4 = {b[12], b[13], b[14], b[15]};
            AddressClass inner = AddressClass.of(v4);
            c = new AddressClass(AddressKind.IPV4_MAPPED, c.block(), c.explanation() + "; " + mapped + " itself is "
                    + inner.kind().label());
        }
        return new AddressAnatomy(typed, b, Ipv6Forms.canonical(b), c, mapped, Ipv6Forms.steps(b), zone, scopeId);
    }

    /** The interface index a zone names: a number as it is, a name as this machine numbers that interface. */
    private static Parsed<Long> scopeId(String zone) {
        if (zone.isEmpty()) {
            return Parsed.ok(0L);
        }
        if (zone.matches("[0-9]+")) {
            long id = zone.length() > 10 ? -1 : Long.parseLong(zone);
            return id >= 0 && id <= 0xffff_ffffL ? Parsed.ok(id)
                    : Parsed.invalid("zone " + zone + " is too large: sin6_scope_id is a 32-bit number, at most"
                            + " 4294967295");
        }
        try {
            NetworkInterface nic = NetworkInterface.getByName(zone);
            if (nic != null && nic.getIndex() > 0) {
                return Parsed.ok((long) nic.getIndex());
            }
        } catch (SocketException e) {
            // Treated like a missing interface: the message below says what the zone must be.
        }
        return Parsed.invalid("no network interface named \"" + zone + "\" on this machine: the zone after % names"
                + " an interface (like lo or eth0) or gives its number");
    }
}
