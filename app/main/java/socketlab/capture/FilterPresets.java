package socketlab.capture;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Capture filters the lab writes for the user, so that a student sees their own exercise and nothing else. */
public final class FilterPresets {
    private FilterPresets() {
    }

    /** Only the lab's TCP servers: {@code tcp port 5000 or tcp port 5001}; empty when no server is running. */
    public static Optional<String> labServers(Collection<Integer> ports) {
        if (ports.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TreeSet<>(ports).stream().map(p -> "tcp port " + p)
                .collect(Collectors.joining(" or ")));
    }

    /** One lab server: {@code tcp port 5000}. */
    public static String server(int port) {
        return "tcp port " + port;
    }

    /**
     * DNS queries and answers: to and from {@code host} on {@code port} when the DNS pane names a server, otherwise
     * DNS on its standard port, over UDP and TCP alike.
     */
    public static String dns(Optional<String> host, int port) {
        String ports = "port " + port;
        return host.map(h -> "host " + h + " and " + ports).orElse(ports);
    }

    /**
     * Every DNS query and answer on {@code port}, over UDP and TCP alike, whichever server it goes to: what a
     * trace needs, since it asks one server after another.
     */
    public static String dnsTraffic(int port) {
        return "udp port " + port + " or tcp port " + port;
    }

    /** ping and its replies, IPv4 and IPv6. */
    public static final String PING = "icmp or icmp6";

    /** Every TCP segment. */
    public static final String TCP = "tcp";
}
