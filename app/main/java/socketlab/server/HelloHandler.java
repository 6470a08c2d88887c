package socketlab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The lectures' first server: writes "Hello world!\n" and closes. */
final class HelloHandler implements ConnectionHandler {
    static final byte[] GREETING = "Hello world!\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    public CloseReason serve(ServedConnection connection) throws IOException {
        connection.write(GREETING, 0, GREETING.length);
        return CloseReason.SERVER_DONE;
    }
}
