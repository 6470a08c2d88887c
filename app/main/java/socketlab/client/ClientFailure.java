package socketlab.client;

/** A client's step failed; the message is one plain sentence for the user. */
public final class ClientFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final ClientStep step;

    public ClientFailure(ClientStep step, String message, Throwable cause) {
        super(message, cause);
        this.step = step;
    }

    /** The step that failed: resolve, connect, read or write. */
    public ClientStep step() {
        return step;
    }
}
