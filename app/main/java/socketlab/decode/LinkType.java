package socketlab.decode;

import java.util.Optional;

/** The link-layer header types the lab decodes, with their numbers in pcap files (LINKTYPE_ values). */
public enum LinkType {
    /** BSD loopback: a 4-byte address family in the capturing machine's byte order. */
    NULL(0, "NULL", "BSD loopback"),
    /** Ethernet II. */
    ETHERNET(1, "EN10MB", "Ethernet"),
    /** Raw IP: the frame starts with the IPv4 or IPv6 header. */
    RAW(101, "RAW", "Raw IP"),
    /** OpenBSD loopback: like NULL, with the family in network byte order. */
    LOOP(108, "LOOP", "OpenBSD loopback"),
    /** Linux cooked capture, version 1 (the "any" device). */
    LINUX_SLL(113, "LINUX_SLL", "Linux cooked v1"),
    /** Raw IPv4. */
    IPV4(228, "IPV4", "Raw IPv4"),
    /** Raw IPv6. */
    IPV6(229, "IPV6", "Raw IPv6"),
    /** Linux cooked capture, version 2 (the "any" device, with the interface index). */
    LINUX_SLL2(276, "LINUX_SLL2", "Linux cooked v2");

    private final int code;
    private final String dltName;
    private final String description;

    LinkType(int code, String dltName, String description) {
        this.code = code;
        this.dltName = dltName;
        this.description = description;
    }

    /** The LINKTYPE_ number in pcap file headers. */
    public int code() {
        return code;
    }

    /** libpcap's name, as tcpdump prints it: {@code EN10MB}. */
    public String dltName() {
        return dltName;
    }

    public String description() {
        return description;
    }

    /** The link type with that pcap number; on some systems raw IP is also numbered 12 or 14. */
    public static Optional<LinkType> fromCode(int code) {
        if (code == 12 || code == 14) {
            return Optional.of(RAW);
        }
        for (LinkType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
