package socketlab.server;

/** Why a server-side connection ended. */
public enum CloseReason {
    CLIENT_HUNG_UP("client hung up (read returned 0)"),
    SERVER_DONE("server closed after replying"),
    IDLE_TIMEOUT("idle timeout: the client sent nothing for too long"),
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
