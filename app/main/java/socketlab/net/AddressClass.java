package socketlab.net;

import java.util.List;

/**
 * The kind of an address, the block it falls in (e.g. {@code 10.0.0.0/8}) and what that block is for, from the
 * IANA special-purpose address registries.
 */
public record AddressClass(AddressKind kind, String block, String explanation) {

    private record Block(byte[] prefix, int bits, AddressKind kind, String block, String explanation) {
        boolean contains(byte[] address) {
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final String PRIVATE_V4 = "RFC 1918, for home and company networks; not routed on the internet,"
            + " a router translates it (NAT)";
    private static final String DOCUMENTATION = "for examples in books and manuals; never used on a real network";

    // First match wins, so the narrower blocks come before the wider ones that hold them.
    private static final List<Block> IPV4 = List.of(
            v4("0.0.0.0", 32, AddressKind.UNSPECIFIED, "no particular address: a server bound to it listens on"
                    + " every interface of the machine (INADDR_ANY)"),
            v4("0.0.0.0", 8, AddressKind.RESERVED, "\"this network\": only a source before a machine knows its"
                    + " address, never a destination"),
            v4("127.0.0.0", 8, AddressKind.LOOPBACK, "this machine itself: packets to it never leave the machine"),
            v4("10.0.0.0", 8, AddressKind.PRIVATE, PRIVATE_V4),
            v4("172.16.0.0", 12, AddressKind.PRIVATE, PRIVATE_V4),
            v4("192.168.0.0", 16, AddressKind.PRIVATE, PRIVATE_V4),
            v4("100.64.0.0", 10, AddressKind.SHARED, "RFC 6598, used inside an internet provider's network,"
                    + " behind its NAT"),
            v4("169.254.0.0", 16, AddressKind.LINK_LOCAL, "picked by a machine itself when no DHCP server answered;"
                    + " valid only on its own network link"),
            v4("192.0.2.0", 24, AddressKind.DOCUMENTATION, "RFC 5737 (TEST-NET-1), " + DOCUMENTATION),
            v4("198.51.100.0", 24, AddressKind.DOCUMENTATION, "RFC 5737 (TEST-NET-2), " + DOCUMENTATION),
            v4("203.0.113.0", 24, AddressKind.DOCUMENTATION, "RFC 5737 (TEST-NET-3), " + DOCUMENTATION),
            v4("224.0.0.0", 4, AddressKind.MULTICAST, "one packet reaches every member of a group"),
            v4("255.255.255.255", 32, AddressKind.BROADCAST, "limited broadcast, to every machine on the local network"),
            v4("240.0.0.0", 4, AddressKind.RESERVED, "reserved for future use (the old class E)"),
            v4("0.0.0.0", 0, AddressKind.GLOBAL, "a public address, reachable across the internet"));

    private static final List<Block> IPV6 = List.of(
            v6("::", 128, AddressKind.UNSPECIFIED, "no particular address: a server bound to it listens on every"
                    + " interface of the machine (in6addr_any)"),
            v6("::1", 128, AddressKind.LOOPBACK, "this machine itself, IPv6's 127.0.0.1"),
            v6("::ffff:0:0", 96, AddressKind.IPV4_MAPPED, "an IPv4 address as an IPv6 socket sees it: a client"
                    + " that connects over IPv4 to a server listening on :: appears with such an address"),
            v6("fe80::", 10, AddressKind.LINK_LOCAL, "every IPv6 interface has one; valid only on its own link,"
                    + " so a zone such as %eth0 says which interface"),
            v6("fc00::", 7, AddressKind.PRIVATE, "unique local addresses (RFC 4193), IPv6's private ones; not"
                    + " routed on the internet"),
            v6("ff00::", 8, AddressKind.MULTICAST, "one packet reaches every member of a group"),
            v6("2001:db8::", 32, AddressKind.DOCUMENTATION, "RFC 3849, " + DOCUMENTATION),
            v6("3fff::", 20, AddressKind.DOCUMENTATION, "RFC 9637, " + DOCUMENTATION),
            v6("2000::", 3, AddressKind.GLOBAL, "global unicast: a public address, reachable across the"
                    + " internet"),
            v6("::", 0, AddressKind.RESERVED, "not assigned for use by the IETF"));

    /** The class of a 4-byte or 16-byte address in network order. */
    public static AddressClass of(byte[] address) {
        List<Block> blocks = address.length == 4 ? IPV4 : IPV6;
        for (Block b : blocks) {
            if (b.contains(address)) {
                return new AddressClass(b.kind(), b.block(), b.explanation());
            }
        }
        throw new IllegalStateException("the last block holds every address");
    }

    private static Block v4(String prefix, int bits, AddressKind kind, String explanation) {
        return new Block(Addresses.parseIpv4(prefix).value().getAddress(), bits, kind,
                bits == 0 ? "" : prefix + "/" + bits, explanation);
    }

    private static Block v6(String prefix, int bits, AddressKind kind, String explanation) {
        return new Block(Ipv6Parser.parse(prefix).value().bytes(), bits, kind,
                bits == 0 ? "" : prefix + "/" + bits, explanation);
    }
}
