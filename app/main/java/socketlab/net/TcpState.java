package socketlab.net;

import java.util.Optional;

/** The states of a TCP socket as the Linux kernel numbers and names them (include/net/tcp_states.h). */
public enum TcpState {
    ESTABLISHED(0x01, "connected: data flows both ways"),
    SYN_SENT(0x02, "connect() sent SYN and waits for SYN-ACK"),
    SYN_RECV(0x03, "a SYN arrived and SYN-ACK was sent; waiting for the final ACK"),
    FIN_WAIT1(0x04, "this end closed and sent FIN; waiting for its ACK"),
    FIN_WAIT2(0x05, "this end's FIN was acknowledged; waiting for the other end to close"),
    TIME_WAIT(0x06, "this end closed first; the kernel keeps the socket pair for twice the maximum segment"
            + " lifetime, so late segments are not taken for a new connection"),
    CLOSE(0x07, "closed, not yet released"),
    CLOSE_WAIT(0x08, "the other end closed (FIN received); this program has not called close() yet"),
    LAST_ACK(0x09, "closed after the other end; waiting for the ACK of this end's FIN"),
    LISTEN(0x0A, "a listening socket: listen() was called; accept() returns its connections"),
    CLOSING(0x0B, "both ends closed at the same time; waiting for the ACK of this end's FIN"),
    NEW_SYN_RECV(0x0C, "a connection request in the handshake, not yet in the accept queue");

    private final int code;
    private final String meaning;

    TcpState(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The number in the {@code st} column of /proc/net/tcp. */
    public int code() {
        return code;
    }

    /** What the state means, in a sentence. */
    public String meaning() {
        return meaning;
    }

    public static Optional<TcpState> ofCode(int code) {
        for (TcpState s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
