package socketlab.server;

/** The socket calls a server makes, in order, with the one-line explanations the teaching strip shows. */
public enum SocketCall {
    SOCKET("socket", "socket(AF_INET, SOCK_STREAM, 0)", "create an endpoint for TCP; nothing is bound or connected yet"),
    SETSOCKOPT("setsockopt", "setsockopt(SO_REUSEADDR)", "allow binding the port again at once after a restart"),
    BIND("bind", "bind(ip:port)", "claim the address and port clients will connect to"),
    LISTEN("listen", "listen(backlog)", "become a passive socket; the kernel queues up to backlog pending clients"),
    ACCEPT("accept", "accept()", "take the next client off the queue: a NEW socket for that client"),
    READ("read", "read()", "receive bytes; 0 means the client closed its end (EOF)"),
    WRITE("write", "write()", "send bytes; may send only part, so a loop writes the rest"),
    CLOSE("close", "close()", "release the client's socket; the listening socket stays open");

    private final String label;
    private final String code;
    private final String explanation;

    SocketCall(String label, String code, String explanation) {
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
