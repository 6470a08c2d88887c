package socketlab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The lab web server: HTTP/1.0 and HTTP/1.1 on one connection, request after request while the client keeps it
 * open. GET and HEAD of / (also /index.html, and the lecture's bare index.html) answer with a page made for the
 * request; other paths get 404; a request it cannot take gets 400, 413, 431, 501 or 505 and the connection closes.
 * Heads and bodies are bounded, so no client can make the server hold more than a few kilobytes.
 */
final class HttpHandler implements ConnectionHandler {
    /** The longest request line plus headers; browsers send under 2 KiB, servers accept 8 to 16 KiB. */
    static final int MAX_HEAD_BYTES = 8 * 1024;
    /** The longest request body read (and set aside): the server takes no uploads. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_LOGGED_LINE = 200;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
            "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    // Lingering close, as web servers do after an error: bytes the client still sends after the response would
    // otherwise make the kernel answer with RST, and an RST can destroy the response before the client reads it.
    private static final long LINGER_MILLIS = 1_000;
    private static final long LINGER_QUIET_MILLIS = 200;
    private static final long LINGER_POLL_MILLIS = 10;
    private static final int LINGER_MAX_BYTES = 1024 * 1024;

    private final Duration idleTimeout;

    HttpHandler(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    @Override
    public CloseReason serve(ServedConnection connection) throws IOException {
        HttpHeadReader reader = new HttpHeadReader(connection, MAX_HEAD_BYTES);
        int number = 0;
        while (true) {
            HttpHeadReader.Head head = reader.next();
            if (head instanceof HttpHeadReader.Closed) {
                return CloseReason.CLIENT_HUNG_UP;
            }
            number++;
            switch (head) {
                case HttpHeadReader.EndedEarly e -> {
                    String line = firstLine(e.partial());
                    read(connection, number, line);
                    return refuseAfterClose(connection, number, line, "the client closed its end before the empty"
                            + " line that ends a request; an HTTP request ends with an empty line");
                }
                case HttpHeadReader.TooLarge t -> {
                    String line = firstLine(t.start());
                    read(connection, number, line);
                    return refuse(connection, number, line, HttpStatus.HEADERS_TOO_LARGE, "the request line and"
                            + " headers are longer than " + MAX_HEAD_BYTES + " bytes, the most this server reads");
                }
                case HttpHeadReader.Complete c -> {
                    CloseReason done = answer(connection, reader, number, c.bytes());
                    if (done != null) {
                        return done;
                    }
                }
                case HttpHeadReader.Closed closed -> throw new IllegalStateException("handled above");
            }
        }
    }

    /** Answers one whole head; returns why the connection ends, or null when it stays open for the next request. */
    private CloseReason answer(ServedConnection connection, HttpHeadReader reader, int number, byte[] head)
            throws IOException {
        HttpRequest request;
        switch (HttpRequest.parse(head)) {
            case HttpRequest.Refused r -> {
                read(connection, number, r.requestLine());
                return refuse(connection, number, r.requestLine(), r.status(), r.why());
            }
            case HttpRequest.Ok ok -> request = ok.request();
        }
        String line = request.requestLine();
        read(connection, number, line);
        OptionalLong length = request.contentLength();
        if (length.isPresent() && length.getAsLong() < 0) {
            return refuse(connection, number, line, HttpStatus.BAD_REQUEST, "Content-Length must be one whole"
                    + " number of bytes");
        }
        if (!request.values("Transfer-Encoding").isEmpty()) {
            return refuse(connection, number, line, HttpStatus.NOT_IMPLEMENTED, "this server takes no body sent"
                    + " with Transfer-Encoding (in chunks); send Content-Length instead");
        }
        long bodyLength = length.orElse(0);
        if (bodyLength > MAX_BODY_BYTES) {
            return refuse(connection, number, line, HttpStatus.PAYLOAD_TOO_LARGE, "the body is " + bodyLength
                    + " bytes; this server reads at most " + MAX_BODY_BYTES);
        }
        boolean get = request.method().equals("GET");
        if (!get && !request.method().equals("HEAD")) {
            return refuse(connection, number, line, HttpStatus.NOT_IMPLEMENTED, "this server answers GET and HEAD"
                    + " only, not " + request.method());
        }
        if (reader.skip(bodyLength) < bodyLength) {
            return CloseReason.CLIENT_HUNG_UP; // it closed in the middle of its body: there is no one to answer
        }
        String path = request.path();
        boolean home = path.equals("/") || path.equals("/index.html") || path.equals("index.html");
        byte[] body = home ? HttpPage.home(request, connection.pair(), number, bodyLength)
                : HttpPage.notFound(request);
        HttpStatus status = home ? HttpStatus.OK : HttpStatus.NOT_FOUND;
        boolean keepOpen = request.keepAlive();
        respond(connection, number, line, request.version(), status, body, get, keepOpen);
        return keepOpen ? null : CloseReason.SERVER_DONE;
    }

    /** Answers with an error page, then closes the connection (lingering, so the client gets to read it). */
    private CloseReason refuse(ServedConnection connection, int number, String requestLine, HttpStatus status,
            String why) throws IOException {
        // A response to HEAD never has a body, even an error page: the client would read it as the next response.
        respond(connection, number, requestLine, versionFor(requestLine), status, HttpPage.error(status, why),
                !requestLine.startsWith("HEAD "), false);
        lingeringClose(connection);
        return CloseReason.SERVER_DONE;
    }

    /** As {@link #refuse}, to a client that already closed its end: it may still read, or it may be gone. */
    private CloseReason refuseAfterClose(ServedConnection connection, int number, String requestLine, String why) {
        try {
            respond(connection, number, requestLine, versionFor(requestLine), HttpStatus.BAD_REQUEST,
                    HttpPage.error(HttpStatus.BAD_REQUEST, why), true, false);
            return CloseReason.SERVER_DONE;
        } catch (IOException gone) {
            return CloseReason.CLIENT_HUNG_UP;
        }
    }

    private void respond(ServedConnection connection, int number, String requestLine, String version,
            HttpStatus status, byte[] body, boolean withBody, boolean keepOpen) throws IOException {
        String statusLine = version + " " + status.code() + " " + status.reason();
        StringBuilder h = new StringBuilder(256).append(statusLine).append("\r\n")
                .append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n")
                .append("Server: socketlab\r\n")
                .append("Content-Type: text/html; charset=utf-8\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        if (status == HttpStatus.NOT_IMPLEMENTED) {
            h.append("Allow: GET, HEAD\r\n");
        }
        if (keepOpen) {
            h.append("Connection: keep-alive\r\n")
                    .append("Keep-Alive: timeout=").append(Math.max(1, idleTimeout.toSeconds())).append("\r\n");
        } else {
            h.append("Connection: close\r\n");
        }
        h.append("\r\n");
        byte[] head = h.toString().getBytes(StandardCharsets.US_ASCII);
        // One write for head and body: one segment on the wire where it fits, as the ladder then shows it.
        byte[] all = new byte[head.length + (withBody ? body.length : 0)];
        System.arraycopy(head, 0, all, 0, head.length);
        if (withBody) {
            System.arraycopy(body, 0, all, head.length, body.length);
        }
        connection.write(all, 0, all.length);
        connection.report(new ServerEvent.HttpResponseWritten(Instant.now(), connection.id(), number,
                shown(requestLine), statusLine, withBody ? body.length : 0, keepOpen));
    }

    private static void read(ServedConnection connection, int number, String requestLine) {
        connection.report(new ServerEvent.HttpRequestRead(Instant.now(), connection.id(), number,
                shown(requestLine)));
    }

    /** Answer in HTTP/1.0 to a client that spoke it, else in HTTP/1.1. */
    private static String versionFor(String requestLine) {
        return requestLine.endsWith(" HTTP/1.0") ? "HTTP/1.0" : "HTTP/1.1";
    }

    /** Sends FIN, then reads and drops what the client still sends, briefly, before the server closes. */
    private static void lingeringClose(ServedConnection connection) {
        byte[] sink = new byte[8 * 1024];
        try {
            connection.shutdownOutput();
            long start = System.nanoTime();
            long lastData = start;
            long drained = 0;
            while (drained < LINGER_MAX_BYTES && millisSince(start) < LINGER_MILLIS) {
                if (connection.available() > 0) {
                    int n = connection.read(sink);
                    if (n < 0) {
                        return;
                    }
                    drained += n;
                    lastData = System.nanoTime();
                } else if (millisSince(lastData) >= LINGER_QUIET_MILLIS) {
                    return;
                } else {
                    Thread.sleep(LINGER_POLL_MILLIS);
                }
            }
        } catch (IOException e) {
            // The client is gone already: there is nothing left to wait for.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** The first line of what was read. */
    static String firstLine(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\r' && bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** A request line for the log: control bytes as \xNN, cut short, so that a log line stays one short line. */
    static String shown(String requestLine) {
        String line = HttpRequest.printable(requestLine);
        return line.length() > MAX_LOGGED_LINE ? line.substring(0, MAX_LOGGED_LINE) + "…" : line;
    }
}
