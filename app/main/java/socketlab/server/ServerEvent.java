package socketlab.server;

import java.time.Instant;
import socketlab.net.Endpoint;
import socketlab.net.SocketPair;

/**
 * Something a lab server did, published on the server's own threads (the accept loop or a handler). Listeners
 * must return quickly: they run on the thread that serves clients.
 */
public sealed interface ServerEvent {

    /** When it happened. */
    Instant time();

    /** The socket call this event shows happening, for the teaching strip. */
    SocketCall call();

    /** One line for a log, such as "accepted 127.0.0.1:51213 → 127.0.0.1:12345". */
    String describe();

    /** socket, setsockopt(SO_REUSEADDR), bind and listen all succeeded. */
    record Listening(Instant time, Endpoint local, int backlog) implements ServerEvent {
        public SocketCall call() {
            return SocketCall.LISTEN;
        }

        public String describe() {
            return "listening on " + local + " (backlog " + backlog + ", SO_REUSEADDR on)";
        }
    }

    /** accept returned a new socket for a client. */
    record Accepted(Instant time, long connectionId, SocketPair pair) implements ServerEvent {
        public SocketCall call() {
            return SocketCall.ACCEPT;
        }

        public String describe() {
            return "accepted " + pair.client() + " → " + pair.server() + " (#" + connectionId + ")";
        }
    }

    /** All permits are taken: the accepted client waits until a handler finishes. */
    record WaitingForPermit(Instant time, long connectionId, SocketPair pair, int permitsInUse, int permits)
            implements ServerEvent {
        public SocketCall call() {
            return SocketCall.ACCEPT;
        }

        public String describe() {
            return "#" + connectionId + " " + pair.client() + " waits: all " + permits + " permits are in use";
        }
    }

    /** The accept loop took a permit and handed the connection to a handler thread. */
    record PermitTaken(Instant time, long connectionId, int permitsInUse, int permits) implements ServerEvent {
        public SocketCall call() {
            return SocketCall.ACCEPT;
        }

        public String describe() {
            return "#" + connectionId + " took a permit (" + permitsInUse + "/" + permits + " in use)";
        }
    }

    /** A handler finished and gave its permit back. */
    record PermitReleased(Instant time, long connectionId, int permitsInUse, int permits) implements ServerEvent {
        public SocketCall call() {
            return SocketCall.CLOSE;
        }

        public String describe() {
            return "#" + connectionId + " released its permit (" + permitsInUse + "/" + permits + " in use)";
        }
    }

    /** read returned some bytes. */
    record BytesRead(Instant time, long connectionId, int count) implements ServerEvent {
        public SocketCall call() {
            return SocketCall.READ;
        }

        public String describe() {
            return "#" + connectionId + " read " + count + (count == 1 ? " byte" : " bytes");
        }
    }

    /** write sent bytes (the server loops until the whole buffer is sent). */
    record BytesWritten(Instant time, long connectionId, int count) implements ServerEvent {
        public SocketCall call() {
            return SocketCall.WRITE;
        }

        public String describe() {
            return "#" + connectionId + " wrote " + count + (count == 1 ? " byte" : " bytes");
        }
    }

    /** The web server read one whole request head: {@code number} counts the requests on this connection. */
    record HttpRequestRead(Instant time, long connectionId, int number, String requestLine) implements ServerEvent {
        public SocketCall call() {
            return SocketCall.READ;
        }

        public String describe() {
            return "#" + connectionId + " request " + number + ": " + requestLine;
        }
    }

    /**
     * The web server wrote one whole response (status line, headers, empty line, body) for request {@code number}.
     *
     * @param keepOpen the connection stays open for another request
     */
    record HttpResponseWritten(Instant time, long connectionId, int number, String requestLine, String statusLine,
            int bodyBytes, boolean keepOpen) implements ServerEvent {
        public SocketCall call() {
            return SocketCall.WRITE;
        }

        public String describe() {
            return "#" + connectionId + " response " + number + ": " + statusLine + ", " + bodyBytes
                    + (bodyBytes == 1 ? " byte" : " bytes") + " of body; "
                    + (keepOpen ? "the connection stays open for the next request" : "then the server closes");
        }
    }

    /** The server closed its socket for this client. */
    record Closed(Instant time, long connectionId, SocketPair pair, CloseReason reason, long bytesRead,
            long bytesWritten) implements ServerEvent {
        public SocketCall call() {
            return SocketCall.CLOSE;
        }

        public String describe() {
            return "closed #" + connectionId + " " + pair.client() + ": " + reason.text() + " (read "
                    + bytesRead + ", wrote " + bytesWritten + " bytes)";
        }
    }

    /** Something went wrong; {@code connectionId} is 0 when it concerns the listener. */
    record Failed(Instant time, long connectionId, String message) implements ServerEvent {
        public SocketCall call() {
            return connectionId == 0 ? SocketCall.ACCEPT : SocketCall.READ;
        }

        public String describe() {
            return (connectionId == 0 ? "" : "#" + connectionId + " ") + "error: " + message;
        }
    }

    /**
     * The listener and every connection are closed; no handler thread runs any more.
     *
     * @param why empty when the server was asked to stop; otherwise why it could not go on by itself
     */
    record Stopped(Instant time, long served, int peakActive, String why) implements ServerEvent {
        public Stopped {
            why = why == null ? "" : why;
        }

        /** Stopped as asked. */
        public Stopped(Instant time, long served, int peakActive) {
            this(time, served, peakActive, "");
        }

        /** True when the server stopped by itself, not because it was asked to. */
        public boolean unexpected() {
            return !why.isEmpty();
        }

        public SocketCall call() {
            return SocketCall.CLOSE;
        }

        public String describe() {
            return (why.isEmpty() ? "stopped" : "stopped by itself: " + why + ";") + " served " + served
                    + " connections, peak active " + peakActive;
        }
    }

    /**
     * Something the server wants known that is neither a failure nor one connection's step: it accepts again after
     * running out of file descriptors, or new clients wait because every handler thread is busy.
     *
     * @param connectionId the connection it concerns, 0 when it concerns the server
     */
    record Notice(Instant time, long connectionId, String message) implements ServerEvent {
        public SocketCall call() {
            return SocketCall.ACCEPT;
        }

        public String describe() {
            return (connectionId == 0 ? "" : "#" + connectionId + " ") + message;
        }
    }
}
