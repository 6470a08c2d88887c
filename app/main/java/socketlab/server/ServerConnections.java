package socketlab.server;

import java.util.ArrayList;
import java.util.List;
import socketlab.net.ConnectionSource;
import socketlab.net.Endpoint;
import socketlab.net.LabConnection;

/**
 * A lab server's open connections as the lab lists every connection it holds: one per accepted socket, seen from
 * the server's end (local = the server's address and listening port, remote = the client's address and port).
 */
public final class ServerConnections implements ConnectionSource {
    private final LabServer server;
    private final String owner;
    private final String keyPrefix;

    public ServerConnections(LabServer server) {
        this.server = server;
        this.owner = owner(server.config(), server.localEndpoint());
        // Two servers may share a port number on different addresses; the endpoint keeps their keys apart.
        this.keyPrefix = "server " + server.localEndpoint() + "/#";
    }

    /** e.g. "echo server 127.0.0.1:12345". */
    public static String owner(ServerConfig config, Endpoint listening) {
        return config.kind().id() + " server " + listening;
    }

    @Override
    public List<LabConnection> labConnections() {
        List<ConnectionInfo> open = server.connections();
        List<LabConnection> list = new ArrayList<>(open.size());
        for (ConnectionInfo c : open) {
            list.add(new LabConnection(keyPrefix + c.id(), owner, c.pair().server(), c.pair().client(), state(c),
                    c.bytesRead(), c.bytesWritten(), c.opened()));
        }
        return list;
    }

    /** The listening endpoint while the server runs. */
    @Override
    public List<Endpoint> listening() {
        return server.isRunning() ? List.of(server.localEndpoint()) : List.of();
    }

    public LabServer server() {
        return server;
    }

    private String state(ConnectionInfo c) {
        if (c.state() == ConnectionInfo.State.ACTIVE) {
            return "active";
        }
        return switch (server.config().mode()) {
            case SEMAPHORE -> "waiting for a permit";
            case ITERATIVE -> "accepted, waiting for the server";
            case THREADED -> "accepted, no handler yet";
        };
    }
}
