package socketlab.server;

import java.io.IOException;
import java.util.Arrays;

/**
 * The echo server: sends each line back as soon as its newline arrives, until the client closes. A line longer than
 * the limit is echoed in pieces of at most that many bytes, so memory stays bounded whatever the client sends.
 * Bytes are passed through as they are (binary is fine); the uppercase variant changes only a–z.
 */
final class EchoHandler implements ConnectionHandler {
    private static final int READ_BUFFER = 8 * 1024;
    private static final int FIRST_LINE_BUFFER = 1024;

    private final boolean uppercase;
    private final int maxLineBytes;

    EchoHandler(boolean uppercase, int maxLineBytes) {
        this.uppercase = uppercase;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public CloseReason serve(ServedConnection connection) throws IOException {
        byte[] in = new byte[READ_BUFFER];
        // The line buffer grows only as far as the longest line seen, so 1,000 idle clients cost little.
        LineBuffer line = new LineBuffer(connection);
        int n;
        while ((n = connection.read(in)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (in[i] == '\n') {
                    line.append(in, start, i + 1 - start);
                    line.send();
                    start = i + 1;
                }
            }
            line.append(in, start, n - start);
        }
        line.send(); // a last line without a newline is still echoed, as a C readline loop would
        return CloseReason.CLIENT_HUNG_UP;
    }

    private final class LineBuffer {
        private final ServedConnection connection;
        private byte[] bytes = new byte[Math.min(FIRST_LINE_BUFFER, maxLineBytes)];
        private int length;

        LineBuffer(ServedConnection connection) {
            this.connection = connection;
        }

        void append(byte[] src, int off, int count) throws IOException {
            while (count > 0) {
                int k = Math.min(maxLineBytes - length, count);
                if (length + k > bytes.length) {
                    bytes = Arrays.copyOf(bytes, Math.min(maxLineBytes, Math.max(bytes.length * 2, length + k)));
                }
                System.arraycopy(src, off, bytes, length, k);
                length += k;
                off += k;
                count -= k;
                if (length == maxLineBytes) {
                    // The line is over the limit: echo the full piece now rather than when more bytes arrive, or a
                    // client that waits for it before sending on would wait for nothing.
                    send();
                }
            }
        }

        void send() throws IOException {
            if (length == 0) {
                return;
            }
            if (uppercase) {
                for (int i = 0; i < length; i++) {
                    if (bytes[i] >= 'a' && bytes[i] <= 'z') {
                        bytes[i] -= 'a' - 'A';
                    }
                }
            }
            connection.write(bytes, 0, length);
            length = 0;
        }
    }
}
