package socketlab.net;

/** What an address is for: the special-purpose blocks of IPv4 and IPv6, or a global address. */
public enum AddressKind {
    UNSPECIFIED("unspecified"),
    LOOPBACK("loopback"),
    PRIVATE("private"),
    SHARED("shared (carrier-grade NAT)"),
    LINK_LOCAL("link-local"),
    MULTICAST("multicast"),
    BROADCAST("broadcast"),
    DOCUMENTATION("documentation"),
    RESERVED("reserved"),
    IPV4_MAPPED("IPv4-mapped"),
    GLOBAL("global");

    private final String label;

    AddressKind(String label) {
        this.label = label;
    }

    /** The name shown to the user, e.g. "link-local". */
    public String label() {
        return label;
    }
}
