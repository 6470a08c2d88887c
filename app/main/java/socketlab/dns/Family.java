package socketlab.dns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/** Which addresses a forward lookup wants, as getaddrinfo's ai_family: AF_UNSPEC, AF_INET or AF_INET6. */
public enum Family {
    ANY("any", "AF_UNSPEC", List.of(RecordType.A, RecordType.AAAA)),
    IPV4("ipv4", "AF_INET", List.of(RecordType.A)),
    IPV6("ipv6", "AF_INET6", List.of(RecordType.AAAA));

    private final String id;
    private final String constant;
    private final List<RecordType> types;

    Family(String id, String constant, List<RecordType> types) {
        this.id = id;
        this.constant = constant;
        this.types = types;
    }

    public String id() {
        return id;
    }

    /** The C constant a program passes to getaddrinfo for this choice. */
    public String constant() {
        return constant;
    }

    /** The record types asked for: A and AAAA, or one of them. */
    public List<RecordType> types() {
        return types;
    }

    /** True when {@code address} is of this family. */
    public boolean accepts(InetAddress address) {
        return switch (this) {
            case ANY -> true;
            case IPV4 -> address instanceof Inet4Address;
            case IPV6 -> address instanceof Inet6Address;
        };
    }

    /** Accepts "any", "ipv4", "ipv6", and also "4" and "6". */
    public static Optional<Family> fromId(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "any", "unspec" -> Optional.of(ANY);
            case "ipv4", "4", "inet" -> Optional.of(IPV4);
            case "ipv6", "6", "inet6" -> Optional.of(IPV6);
            default -> Optional.empty();
        };
    }
}
