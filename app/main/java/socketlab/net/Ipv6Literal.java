package socketlab.net;

/**
 * An IPv6 address as typed: its 16 bytes in network order and the zone after {@code %} (an interface name or
 * number, as in {@code fe80::1%eth0}), empty when there is none.
 */
public record Ipv6Literal(byte[] bytes, String zone) {
    public Ipv6Literal {
        if (bytes.length != 16) {
            throw new IllegalArgumentException("an IPv6 address has 16 bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
