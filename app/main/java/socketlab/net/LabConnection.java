package socketlab.net;

import java.time.Instant;

/**
 * One TCP connection the lab holds, seen from the lab object that owns it: a server's accepted socket or a client's
 * connected one. A loopback connection between a lab client and a lab server appears twice, once per end, with
 * {@code local} and {@code remote} swapped: {@link #mirrors(LabConnection)} pairs them.
 *
 * @param key      unique among all connections the lab holds now (e.g. "server-3/#12", "client-2")
 * @param owner    the lab object, in words: "echo server 127.0.0.1:12345", "client #2 (line mode)"
 * @param local    this end's address and port
 * @param remote   the other end's address and port
 * @param state    in words: "active", "waiting for a permit", "connected", "closing"
 * @param bytesIn  bytes this end has read
 * @param bytesOut bytes this end has written
 */
public record LabConnection(String key, String owner, Endpoint local, Endpoint remote, String state, long bytesIn,
        long bytesOut, Instant opened) {

    /** True when {@code other} is the same TCP connection seen from its other end. */
    public boolean mirrors(LabConnection other) {
        return local.equals(other.remote) && remote.equals(other.local);
    }
}
