package socketlab.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Objects;

/** One end of a connection: an IP address and a port, written {@code 127.0.0.1:5000} or {@code [::1]:5000}. */
public record Endpoint(InetAddress address, int port) {

    public Endpoint {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > Ports.MAX) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** The endpoint of a bound or connected socket address. */
    public static Endpoint of(SocketAddress address) {
        InetSocketAddress isa = (InetSocketAddress) address;
        return new Endpoint(isa.getAddress(), isa.getPort());
    }

    public InetSocketAddress toSocketAddress() {
        return new InetSocketAddress(address, port);
    }

    /** The address as text with no host name and, for IPv6, without a scope suffix for loopback. */
    public String host() {
        return Addresses.toText(address);
    }

    @Override
    public String toString() {
        return address instanceof Inet6Address ? "[" + host() + "]:" + port : host() + ":" + port;
    }
}
