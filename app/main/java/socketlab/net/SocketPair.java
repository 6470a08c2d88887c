package socketlab.net;

import java.net.Socket;
import java.util.Objects;

/** The two endpoints that uniquely identify a TCP connection: (client ip:port, server ip:port). */
public record SocketPair(Endpoint client, Endpoint server) {

    public SocketPair {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(server, "server");
    }

    /** The pair of a socket returned by {@code accept}: the peer is the client, the local end the server. */
    public static SocketPair ofAccepted(Socket accepted) {
        return new SocketPair(Endpoint.of(accepted.getRemoteSocketAddress()),
                Endpoint.of(accepted.getLocalSocketAddress()));
    }

    /** The pair of a client's connected socket: the local end is the client. */
    public static SocketPair ofConnected(Socket connected) {
        return new SocketPair(Endpoint.of(connected.getLocalSocketAddress()),
                Endpoint.of(connected.getRemoteSocketAddress()));
    }

    /** The same connection seen from the other end. */
    public SocketPair mirrored() {
        return new SocketPair(server, client);
    }

    @Override
    public String toString() {
        return "(" + client + ", " + server + ")";
    }
}
