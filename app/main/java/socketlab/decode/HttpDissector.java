package socketlab.decode;

import java.util.Map;
import java.util.Set;

/**
 * HTTP/1.x (RFC 9112) on TCP ports 80 and 8080 and on the port of a running lab web server, one segment at a time
 * (no reassembly, like the rest of the decoder): a segment that starts with a request method or with {@code HTTP/}
 * gives the request or status line and each header line as a field, then the start of the body; any other segment
 * is the layer {@code http} as a continuation, as Wireshark and tcpdump show it.
 */
final class HttpDissector {
    static final FieldDef REQUEST = FieldDef.of("http.request", "Request line", FieldFormat.TEXT,
            "The first line of a request: what to do (the method), to what (the URI), in which HTTP version.");
    static final FieldDef METHOD = FieldDef.of("http.request.method", "Request Method", FieldFormat.TEXT,
            "What the client asks for: GET a page, HEAD only its headers, POST data to it.");
    static final FieldDef URI = FieldDef.of("http.request.uri", "Request URI", FieldFormat.TEXT,
            "Which resource: the path part of the URL (the host is in the Host header).");
    static final FieldDef REQUEST_VERSION = FieldDef.of("http.request.version", "Request Version",
            FieldFormat.TEXT, "The HTTP version the client speaks: HTTP/1.0 closes after one answer, HTTP/1.1 keeps"
                    + " the connection open for more.");
    static final FieldDef RESPONSE = FieldDef.of("http.response", "Status line", FieldFormat.TEXT,
            "The first line of a response: the version, a 3-digit status code and its phrase.");
    static final FieldDef RESPONSE_VERSION = FieldDef.of("http.response.version", "Response Version",
            FieldFormat.TEXT, "The HTTP version of the server's answer.");
    static final FieldDef CODE = FieldDef.decimal("http.response.code", "Status Code", "",
            "How it went: 2xx success, 3xx look elsewhere, 4xx the client's mistake (404 not found), 5xx the"
                    + " server's.");
    static final FieldDef PHRASE = FieldDef.of("http.response.phrase", "Response Phrase", FieldFormat.TEXT,
            "The status code in words, for people; programs read the number.");
    static final FieldDef REQUEST_LINE = FieldDef.of("http.request.line", "Header", FieldFormat.TEXT,
            "One header line of the request: a name, a colon, a value.");
    static final FieldDef RESPONSE_LINE = FieldDef.of("http.response.line", "Header", FieldFormat.TEXT,
            "One header line of the response: a name, a colon, a value.");
    static final FieldDef HOST = header("http.host", "Host",
            "The name and port the client used in the URL: one server (one address) can host many sites.");
    static final FieldDef USER_AGENT = header("http.user_agent", "User-Agent", "The program that sent the request.");
    static final FieldDef SERVER = header("http.server", "Server", "The program that answered.");
    static final FieldDef CONTENT_TYPE = header("http.content_type", "Content-Type",
            "What kind of data the body is (text/html, image/png), so the client knows how to show it.");
    static final FieldDef CONTENT_LENGTH_HEADER = header("http.content_length_header", "Content-Length",
            "How many bytes the body has, so the client knows where it ends on a connection that stays open.");
    static final FieldDef CONTENT_LENGTH = FieldDef.decimal("http.content_length", "Content length", "bytes",
            "The Content-Length header's value as a number.");
    static final FieldDef CONNECTION = header("http.connection", "Connection",
            "keep-alive: leave the connection open for another request; close: close it after this answer.");
    static final FieldDef ACCEPT = header("http.accept", "Accept", "The kinds of data the client can take.");
    static final FieldDef DATE = header("http.date", "Date", "When the server made the response.");
    static final FieldDef LOCATION = header("http.location", "Location", "Where to look instead (with a 3xx code).");
    static final FieldDef LAST_MODIFIED = header("http.last_modified", "Last-Modified",
            "When the resource last changed, for caches.");
    static final FieldDef FILE_DATA = new FieldDef("http.file_data", "File Data", FieldFormat.BYTES, "", null,
            "The start of the body in this segment: the page itself, the bytes after the blank line.");
    static final FieldDef CONTINUATION = new FieldDef("http.continuation", "Continuation", FieldFormat.BYTES, "",
            null, "More of a message that began in an earlier segment (the lab reads each segment alone).");

    /** Wireshark's fields of the headers the lab names, by the header's name in lower case. */
    private static final Map<String, FieldDef> HEADERS = Map.of("host", HOST, "user-agent", USER_AGENT, "server",
            SERVER, "content-type", CONTENT_TYPE, "content-length", CONTENT_LENGTH_HEADER, "connection", CONNECTION,
            "accept", ACCEPT, "date", DATE, "location", LOCATION, "last-modified", LAST_MODIFIED);

    /** The request methods a message may start with (tcpdump's list with WebDAV, and PATCH). */
    private static final Set<String> METHODS = Set.of("GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST",
            "BCOPY", "BMOVE", "MKCOL", "TRACE", "LABEL", "MERGE", "DELETE", "SEARCH", "UNLOCK", "REPORT", "UPDATE",
            "NOTIFY", "BDELETE", "CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT", "PROPPATCH", "SUBSCRIBE",
            "UNCHECKOUT", "MKACTIVITY", "MKWORKSPACE", "UNSUBSCRIBE", "PATCH");

    private HttpDissector() {
    }

    private static FieldDef header(String name, String label, String explanation) {
        return FieldDef.of(name, label, FieldFormat.TEXT, explanation);
    }

    static void register() {
        DissectorTables.tcpPort(PortNumber.HTTP, HttpDissector::dissect);
        DissectorTables.tcpPort(PortNumber.HTTP_ALT, HttpDissector::dissect);
        DissectorTables.protocol(Protocol.HTTP, HttpDissector::dissect);
    }

    static void dissect(Dissection d, int start, int end) {
        LayerBuilder b = d.builder(start, end);
        byte[] data = d.data;
        int captured = Math.min(end, data.length);
        int firstEnd = lineEnd(data, start, captured);
        String first = firstEnd < 0 ? ascii(data, start, captured) : ascii(data, start, firstEnd);
        int sp = first.indexOf(' ');
        boolean response = first.startsWith("HTTP/");
        boolean request = !response && sp > 0 && METHODS.contains(first.substring(0, sp));
        if (!request && !response) {
            b.bytes(CONTINUATION, 0, end - start);
            d.protocol(b.build(Protocol.HTTP, end - start));
            cut(d, start, end, captured);
            return;
        }
        int lineLen = (firstEnd < 0 ? captured : firstEnd) - start;
        int eol = firstEnd < 0 ? 0 : eolLength(data, firstEnd);
        String problem = null;
        if (b.eager()) {
            b.span(request ? REQUEST : RESPONSE, 0, lineLen + eol, 0, first);
            b.nest();
        }
        String[] parts = first.split(" ", 3);
        if (request) {
            problem = startLine(b, parts, METHOD, URI, REQUEST_VERSION, start, firstEnd);
        } else {
            problem = statusLine(b, parts, start, firstEnd);
        }
        if (b.eager()) {
            b.unnest();
        }
        int at = firstEnd < 0 ? captured : firstEnd + eol;
        boolean headersEnded = false;
        while (firstEnd >= 0 && at < captured) {
            int e = lineEnd(data, at, captured);
            if (e < 0) {
                break; // the header goes on in the next segment
            }
            int n = eolLength(data, e);
            if (e == at) {
                at += n;
                headersEnded = true;
                break;
            }
            if (b.eager()) {
                headerLine(b, ascii(data, at, e), at - start, e + n - at, request);
            }
            at = e + n;
        }
        if (headersEnded && at < end) {
            b.bytes(FILE_DATA, at - start, end - at);
        } else if (!headersEnded && at < captured && b.eager()) {
            b.span(request ? REQUEST_LINE : RESPONSE_LINE, at - start, captured - at, 0, ascii(data, at, captured));
        }
        d.protocol(b.build(Protocol.HTTP, end - start));
        if (problem != null && captured == end) {
            d.malformed(problem, start);
            return;
        }
        cut(d, start, end, captured);
    }

    /** A segment the capture kept only part of is malformed: the fields stop where the bytes do. */
    private static void cut(Dissection d, int start, int end, int captured) {
        if (captured < end) {
            d.malformed("HTTP data cut short by the capture: " + (captured - start) + " of " + (end - start)
                    + " bytes captured", captured);
        }
    }

    private static String startLine(LayerBuilder b, String[] parts, FieldDef method, FieldDef uri, FieldDef version,
            int start, int firstEnd) {
        int off = 0;
        if (b.eager()) {
            b.span(method, off, parts[0].length(), 0, parts[0]);
        }
        off += parts[0].length() + 1;
        if (parts.length < 2) {
            return firstEnd < 0 ? null : "the request line has no URI: \"" + String.join(" ", parts) + "\"";
        }
        if (b.eager()) {
            b.span(uri, off, parts[1].length(), 0, parts[1]);
        }
        off += parts[1].length() + 1;
        if (parts.length < 3) {
            // HTTP/0.9 had no version: "GET /". Only a whole line says so.
            return null;
        }
        if (b.eager()) {
            b.span(version, off, parts[2].length(), 0, parts[2]);
        }
        return null;
    }

    private static String statusLine(LayerBuilder b, String[] parts, int start, int firstEnd) {
        if (b.eager()) {
            b.span(RESPONSE_VERSION, 0, parts[0].length(), 0, parts[0]);
        }
        if (parts.length < 2) {
            return firstEnd < 0 ? null : "the status line has no status code";
        }
        int off = parts[0].length() + 1;
        String code = parts[1];
        if (code.length() != 3 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))
                || !Character.isDigit(code.charAt(2))) {
            return "the status code \"" + code + "\" is not three digits";
        }
        if (b.eager()) {
            b.span(CODE, off, 3, Integer.parseInt(code), null);
            if (parts.length > 2) {
                b.span(PHRASE, off + 4, parts[2].length(), 0, parts[2]);
            }
        }
        return null;
    }

    private static void headerLine(LayerBuilder b, String line, int off, int len, boolean request) {
        int colon = line.indexOf(':');
        FieldDef def = colon > 0 ? HEADERS.get(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT))
                : null;
        if (def == null) {
            b.span(request ? REQUEST_LINE : RESPONSE_LINE, off, len, 0, line);
            return;
        }
        String value = line.substring(colon + 1).strip();
        b.span(def, off, len, 0, value);
        if (def == CONTENT_LENGTH_HEADER && !value.isEmpty() && value.length() < 18 && value.chars()
                .allMatch(Character::isDigit)) {
            b.generated(CONTENT_LENGTH, Long.parseLong(value));
        }
    }

    /** The offset of the CR or LF that ends the line starting at {@code from}, or -1 when it does not end here. */
    private static int lineEnd(byte[] data, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (data[i] == '\n') {
                return i > from && data[i - 1] == '\r' ? i - 1 : i;
            }
        }
        return -1;
    }

    private static int eolLength(byte[] data, int at) {
        return data[at] == '\r' ? 2 : 1;
    }

    /** Bytes as text, each byte one character (HTTP's header bytes are Latin-1 at most). */
    private static String ascii(byte[] data, int from, int to) {
        char[] c = new char[Math.max(0, to - from)];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) (data[from + i] & 0xff);
        }
        return new String(c);
    }
}
