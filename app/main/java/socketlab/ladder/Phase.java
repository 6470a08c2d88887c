package socketlab.ladder;

/** Which part of a TCP connection's life a segment belongs to, for colouring the ladder. */
public enum Phase {
    /** SYN, SYN-ACK and the ACK that completes the three-way handshake. */
    HANDSHAKE("handshake"),
    /** Data and the acknowledgements of data. */
    DATA("data"),
    /** FIN segments and everything after the first FIN. */
    CLOSE("close"),
    /** A reset: the connection is aborted at once. */
    RESET("reset");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The word for the legend and the style class: handshake, data, close, reset. */
    public String label() {
        return label;
    }
}
