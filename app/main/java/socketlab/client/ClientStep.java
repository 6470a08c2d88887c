package socketlab.client;

/** The steps a client takes, in order, with the one-line explanations the client's teaching strip shows. */
public enum ClientStep {
    RESOLVE("resolve", "getaddrinfo(host, port)",
            "turn the host into addresses: a name asks DNS, an address literal needs no lookup"),
    SOCKET("socket", "socket(AF_INET, SOCK_STREAM, 0)", "create an endpoint for TCP; not connected yet"),
    CONNECT("connect", "connect(fd, addr)",
            "the kernel picks a free ephemeral port for this end and runs the TCP handshake"),
    WRITE("write", "write(fd, buf, n)", "send bytes; may send only part, so a loop writes the rest"),
    READ("read", "read(fd, buf, n)", "receive what has arrived, perhaps less than sent; 0 means EOF"),
    CLOSE("close", "close(fd)", "release the socket; the server's read returns 0 (EOF)");

    private final String label;
    private final String code;
    private final String explanation;

    ClientStep(String label, String code, String explanation) {
        this.label = label;
        this.code = code;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** The call as C code would write it. */
    public String code() {
        return code;
    }

    public String explanation() {
        return explanation;
    }
}
