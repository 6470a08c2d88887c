package socketlab.server;

import java.io.IOException;

/** Serves one accepted connection and nothing else; the server owns threads, permits and closing. */
interface ConnectionHandler {

    /**
     * Talks to the client until the conversation is over.
     *
     * @return why the conversation ended (the server closes the socket afterwards)
     */
    CloseReason serve(ServedConnection connection) throws IOException;

    /** The handler for a configuration's kind. */
    static ConnectionHandler of(ServerConfig config) {
        return switch (config.kind()) {
            case HELLO -> new HelloHandler();
            case ECHO -> new EchoHandler(config.uppercase(), config.maxLineBytes());
            case TIME -> new TimeHandler();
            case HTTP -> new HttpHandler(config.idleTimeout());
        };
    }
}
