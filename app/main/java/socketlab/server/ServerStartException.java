package socketlab.server;

/** A server could not start; the message says why in plain words (port in use, permission denied, ...). */
public final class ServerStartException extends Exception {
    private static final long serialVersionUID = 1L;

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
