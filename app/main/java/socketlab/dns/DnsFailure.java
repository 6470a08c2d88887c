package socketlab.dns;

/**
 * A DNS question that got no usable reply: no answer in time, no network, nothing listening. The message is one
 * plain sentence for the user.
 */
public final class DnsFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, so the command line and the window can react without reading the message. */
    public enum Kind {
        /** No reply came within the timeout. */
        TIMEOUT,
        /** The machine could not send: no route, no network, nothing listening on the port. */
        NETWORK,
        /** The reply was not a valid DNS message for the question. */
        BAD_REPLY,
        /** The question itself cannot be asked, e.g. a reverse lookup of a name. */
        INVALID
    }

    private final Kind kind;

    public DnsFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
