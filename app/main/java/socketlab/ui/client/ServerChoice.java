package socketlab.ui.client;

import java.net.Inet6Address;
import java.net.InetAddress;
import socketlab.net.Addresses;
import socketlab.net.Endpoint;
import socketlab.server.ServerKind;

/**
 * A running lab server a client can be pointed at in one click.
 *
 * @param label   as the Servers pane names it, e.g. "echo · threaded · 127.0.0.1:40123"
 * @param connect where a client on this machine connects: a server on every interface is reached over loopback
 */
public record ServerChoice(String label, Endpoint connect, ServerKind kind) {

    /** The choice for a server listening on {@code listening}. */
    public static ServerChoice of(String label, Endpoint listening, ServerKind kind) {
        InetAddress a = listening.address();
        if (Addresses.isWildcard(a)) {
            a = Addresses.parseLiteral(a instanceof Inet6Address ? "::1" : "127.0.0.1").value();
        }
        return new ServerChoice(label, new Endpoint(a, listening.port()), kind);
    }
}
