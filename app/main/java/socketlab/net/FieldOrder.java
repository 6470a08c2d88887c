package socketlab.net;

/** How a field of a socket address structure holds its bytes in memory. */
public enum FieldOrder {
    /** The machine's own order, little-endian on x86: the kernel reads it, it never goes on the wire. */
    HOST("host order"),
    /** Big-endian, most significant byte first, as the bytes travel in packet headers. */
    NETWORK("network order"),
    /** Filler that keeps the structure the size of a generic {@code struct sockaddr}; always zero. */
    PADDING("padding");

    private final String label;

    FieldOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
