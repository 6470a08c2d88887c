package socketlab.server;

/** Why a server-side connection ended. */
public enum CloseReason {
    CLIENT_HUNG_UP("client hung up (read returned 0)"),
    SERVER_DONE("server closed after replying"),
    IDLE_TIMEOUT("idle: the client sent nothing for too long"),
    /** The server's write made no progress for the idle timeout: the client's receive window stayed full. */
    STOPPED_READING("idle: the client stopped reading"),
    /** The connection was served for longer than the server's connection time limit. */
    TIME_LIMIT("time limit: the connection was served for longer than the server allows"),
    /** The client closed its end while it waited for a permit, before any handler served it. */
    HUNG_UP_WAITING("client hung up while it waited for a permit"),
    CLOSED_FROM_LAB("closed from the lab"),
    SERVER_STOPPED("server stopped"),
    RESET("connection reset by the client"),
    ERROR("error");

    private final String text;

    CloseReason(String text) {
        this.text = text;
    }

    /** The reason in plain words, as the log shows it. */
    public String text() {
        return text;
    }
}
