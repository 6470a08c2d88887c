package socketlab.net;

/**
 * One TCP socket in the kernel's table, as {@code ss -tan} lists it.
 *
 * @param local     this socket's address and port
 * @param remote    the other end; address "any" and port 0 for a listening socket
 * @param sendQueue bytes written but not yet acknowledged by the other end
 * @param recvQueue bytes received but not yet read by the program; for a listening socket, the connections
 *                  waiting in its accept queue
 * @param uid       the user that owns the socket
 * @param inode     the socket's inode; 0 once no program holds it (TIME_WAIT)
 */
public record TcpSocket(Endpoint local, Endpoint remote, TcpState state, long sendQueue, long recvQueue, int uid,
        long inode) {

    /** True when {@code other} is the same connection seen from its other end. */
    public boolean mirrors(Endpoint otherLocal, Endpoint otherRemote) {
        return local.equals(otherRemote) && remote.equals(otherLocal);
    }
}
