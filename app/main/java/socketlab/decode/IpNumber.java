package socketlab.decode;

import java.util.HashMap;
import java.util.Map;

/**
 * The IP protocol numbers the lab names (what an IPv4 header's protocol or an IPv6 next header says follows), as
 * pcap4j's {@code IpNumber}. Dissectors register under these.
 */
public record IpNumber(int value, String name) {
    private static final Map<Integer, IpNumber> KNOWN = new HashMap<>();

    public static final IpNumber HOPOPT = known(0, "IPv6 Hop-by-Hop Option");
    public static final IpNumber ICMP = known(1, "ICMP");
    public static final IpNumber TCP = known(6, "TCP");
    public static final IpNumber UDP = known(17, "UDP");
    public static final IpNumber IPV6_ROUTE = known(43, "Routing Header for IPv6");
    public static final IpNumber IPV6_FRAG = known(44, "Fragment Header for IPv6");
    public static final IpNumber ICMPV6 = known(58, "ICMPv6");
    public static final IpNumber IPV6_NONXT = known(59, "IPv6 No Next Header");
    public static final IpNumber IPV6_OPTS = known(60, "Destination Options for IPv6");

    static {
        known(2, "IGMP");
        known(4, "IPIP");
        known(41, "IPv6");
        known(47, "Generic Routing Encapsulation");
        known(50, "Encap Security Payload");
        known(51, "Authentication Header");
        known(89, "OSPF IGP");
        known(103, "Protocol Independent Multicast");
        known(112, "Virtual Router Redundancy Protocol");
        known(132, "Stream Control Transmission Protocol");
        known(136, "Lightweight User Datagram Protocol");
    }

    private static IpNumber known(int value, String name) {
        IpNumber n = new IpNumber(value, name);
        KNOWN.put(value, n);
        return n;
    }

    public static IpNumber of(int value) {
        IpNumber n = KNOWN.get(value);
        return n != null ? n : new IpNumber(value, "Unknown");
    }
}
