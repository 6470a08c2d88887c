package socketlab.server;

import java.io.IOException;
import java.util.Arrays;

/**
 * Reads HTTP request heads (request line and headers, up to the empty line) and bodies from one connection, at most
 * {@code maxHead} bytes per head, so a client cannot make the server hold more. Bytes read past one request (a
 * pipelined second one) are kept for the next.
 */
final class HttpHeadReader {
    private static final int READ_BUFFER = 8 * 1024;
    private static final int FIRST_BUFFER = 1024;

    /** What {@link #next()} found. */
    sealed interface Head {
    }

    /** A whole head, from the request line to the empty line that ends it. */
    record Complete(byte[] bytes) implements Head {
    }

    /** More than the limit arrived without an empty line; {@code start} holds the first bytes, for the log. */
    record TooLarge(byte[] start) implements Head {
    }

    /** The client closed its end in the middle of a head; {@code partial} is what it sent. */
    record EndedEarly(byte[] partial) implements Head {
    }

    /** The client closed its end between two requests: the normal end of a connection. */
    record Closed() implements Head {
    }

    private final ServedConnection connection;
    private final int maxHead;
    private final byte[] chunk = new byte[READ_BUFFER];
    private byte[] pending = new byte[FIRST_BUFFER];
    private int length;

    HttpHeadReader(ServedConnection connection, int maxHead) {
        this.connection = connection;
        this.maxHead = maxHead;
    }

    /** Reads until a whole head has arrived, the limit is passed or the client closes. */
    Head next() throws IOException {
        int scanFrom = 0;
        long skipped = 0;
        while (true) {
            skipped += dropLeadingLineEnds();
            if (skipped > maxHead) {
                // Empty lines without end count against the limit too, or they would keep the server reading.
                return new TooLarge(new byte[0]);
            }
            int end = headEnd(Math.max(0, scanFrom - 3));
            if (end >= 0 && end <= maxHead) {
                byte[] head = Arrays.copyOf(pending, end);
                consume(end);
                return new Complete(head);
            }
            if (end > maxHead || length > maxHead) {
                return new TooLarge(Arrays.copyOf(pending, Math.min(length, 256)));
            }
            scanFrom = length;
            int n = connection.read(chunk);
            if (n < 0) {
                if (length == 0) {
                    return new Closed();
                }
                byte[] partial = Arrays.copyOf(pending, length);
                length = 0;
                return new EndedEarly(partial);
            }
            append(chunk, n);
        }
    }

    /**
     * Reads and discards a body of {@code count} bytes (the server serves no uploads, but must read past a body to
     * find the next request); returns how many arrived before the client closed.
     */
    long skip(long count) throws IOException {
        long left = count;
        int fromPending = (int) Math.min(left, length);
        consume(fromPending);
        left -= fromPending;
        while (left > 0) {
            int n = connection.read(chunk);
            if (n < 0) {
                break;
            }
            if (n > left) {
                // The next request began in the same read: keep its bytes.
                append(Arrays.copyOfRange(chunk, (int) left, n), n - (int) left);
                left = 0;
            } else {
                left -= n;
            }
        }
        return count - left;
    }

    /** A server ignores empty lines before a request line (RFC 9112, 2.2), such as a CR LF after a body. */
    private int dropLeadingLineEnds() {
        int i = 0;
        while (i < length && (pending[i] == '\r' || pending[i] == '\n')) {
            i++;
        }
        consume(i);
        return i;
    }

    /** The index just past the empty line that ends the head (LF, optional CR, LF), or -1. */
    private int headEnd(int from) {
        for (int i = from; i < length; i++) {
            if (pending[i] != '\n') {
                continue;
            }
            int j = i + 1;
            if (j < length && pending[j] == '\r') {
                j++;
            }
            if (j < length && pending[j] == '\n') {
                return j + 1;
            }
        }
        return -1;
    }

    private void append(byte[] bytes, int count) {
        if (length + count > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, length + count));
        }
        System.arraycopy(bytes, 0, pending, length, count);
        length += count;
    }

    private void consume(int count) {
        if (count == 0) {
            return;
        }
        System.arraycopy(pending, count, pending, 0, length - count);
        length -= count;
        if (length == 0 && pending.length > FIRST_BUFFER) {
            pending = new byte[FIRST_BUFFER]; // an idle keep-alive connection goes back to costing little
        }
    }
}
