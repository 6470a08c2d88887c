package socketlab.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The Internet's 13 root name servers, a.root-servers.net to m.root-servers.net, with their IPv4 addresses: where an
 * iterative resolution starts. Every resolver ships this list (the "root hints"); it changes rarely.
 */
public final class RootHints {
    private static final String[][] SERVERS = {
        {"a", "198.41.0.4"}, {"b", "170.247.170.2"}, {"c", "192.33.4.12"}, {"d", "199.7.91.13"},
        {"e", "192.203.230.10"}, {"f", "192.5.5.241"}, {"g", "192.112.36.4"}, {"h", "198.97.190.53"},
        {"i", "192.36.148.17"}, {"j", "192.58.128.30"}, {"k", "193.0.14.129"}, {"l", "199.7.83.42"},
        {"m", "202.12.27.33"},
    };

    private RootHints() {
    }

    /** The root servers, a to m, each named and on port 53. */
    public static List<Trace.NamedServer> servers() {
        return java.util.Arrays.stream(SERVERS)
                .map(s -> new Trace.NamedServer(s[0] + ".root-servers.net.", new DnsServer(address(s[1]),
                        DnsServer.PORT)))
                .toList();
    }

    private static InetAddress address(String dottedQuad) {
        String[] parts = dottedQuad.split("\\.");
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            b[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }
}
