package socketlab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The time server: writes the current UTC time in C's asctime / %c form and closes. */
final class TimeHandler implements ConnectionHandler {

    @Override
    public CloseReason serve(ServedConnection connection) throws IOException {
        byte[] reply = (CTime.format(Instant.now()) + "\n").getBytes(StandardCharsets.US_ASCII);
        connection.write(reply, 0, reply.length);
        return CloseReason.SERVER_DONE;
    }
}
