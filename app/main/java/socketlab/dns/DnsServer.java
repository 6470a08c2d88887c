package socketlab.dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import socketlab.net.Addresses;
import socketlab.net.Parsed;
import socketlab.net.Ports;

/**
 * A DNS server to ask: an IP address and a port (53 unless another is given). Written as dig writes it,
 * {@code 127.0.0.1#53}; typed as {@code ADDR}, {@code ADDR:PORT} or {@code [IPv6]:PORT}. Always an address, never a
 * name: finding a server's address would itself need DNS.
 */
public record DnsServer(InetAddress address, int port) {
    /** The port DNS servers listen on. */
    public static final int PORT = 53;

    public DnsServer {
        Objects.requireNonNull(address, "address");
        if (port < 1 || port > Ports.MAX) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public static DnsServer of(InetSocketAddress address) {
        return new DnsServer(address.getAddress(), address.getPort());
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, port);
    }

    /** The same server on another port. */
    public DnsServer withPort(int p) {
        return new DnsServer(address, p);
    }

    /** {@code ADDR}, {@code ADDR:PORT}, {@code [IPv6]} or {@code [IPv6]:PORT}; a bare IPv6 address needs no brackets. */
    public static Parsed<DnsServer> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("@")) {
            t = t.substring(1); // as dig writes it: @127.0.0.1
        }
        if (t.isEmpty()) {
            return Parsed.invalid("type the server's address, like 127.0.0.1 or 127.0.0.1:5353");
        }
        String host = t;
        String port = null;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                return Parsed.invalid("\"" + t + "\" opens a bracket but does not close it: write [::1]:53");
            }
            host = t.substring(1, close);
            String rest = t.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return Parsed.invalid("after the bracketed address comes :PORT, as in [::1]:53");
                }
                port = rest.substring(1);
            }
        } else if (t.indexOf(':') >= 0 && t.indexOf(':') == t.lastIndexOf(':')) {
            host = t.substring(0, t.indexOf(':'));
            port = t.substring(t.indexOf(':') + 1);
        }
        Parsed<InetAddress> address = Addresses.parseLiteral(host);
        if (!address.isOk()) {
            String why = address.error();
            return Parsed.invalid(host.matches("[0-9.]*|.*:.*") ? why
                    : "the server must be an IP address, like 8.8.8.8 or 127.0.0.1:5353, not a name (finding a"
                            + " name's address would need a DNS server already)");
        }
        if (port == null) {
            return Parsed.ok(new DnsServer(address.value(), PORT));
        }
        Parsed<Integer> p = Ports.parse(port);
        if (!p.isOk()) {
            return Parsed.invalid(p.error());
        }
        if (p.value() == 0) {
            return Parsed.invalid("port 0 cannot be asked: it only means \"any port\" when binding; DNS servers"
                    + " listen on port 53");
        }
        return Parsed.ok(new DnsServer(address.value(), p.value()));
    }

    /** Several servers separated by commas or spaces, e.g. the root servers of a trace. */
    public static Parsed<List<DnsServer>> parseList(String text) {
        List<DnsServer> servers = new ArrayList<>();
        for (String part : (text == null ? "" : text).strip().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Parsed<DnsServer> s = parse(part);
            if (!s.isOk()) {
                return Parsed.invalid(s.error());
            }
            servers.add(s.value());
        }
        if (servers.isEmpty()) {
            return Parsed.invalid("type at least one server address");
        }
        return Parsed.ok(List.copyOf(servers));
    }

    @Override
    public String toString() {
        return Addresses.toText(address) + "#" + port;
    }

    /** {@code 127.0.0.1:53} or {@code [::1]:53}: how the lab writes an endpoint elsewhere. */
    public String endpoint() {
        String host = Addresses.toText(address);
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }
}
