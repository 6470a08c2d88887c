package socketlab.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One HTTP/1.x request's head as the lab web server read it: the request line, the header fields in order, and the
 * bytes themselves, so that the page can show the request exactly as it arrived.
 *
 * @param requestLine the first line without its line end, e.g. {@code GET /index.html HTTP/1.0}
 * @param bareLf      some line ended in LF alone instead of CR LF (as {@code nc} without {@code -C} sends)
 * @param raw         the head's bytes from the request line to the empty line that ends it, both included
 */
record HttpRequest(String method, String target, String version, List<Header> headers, String requestLine,
        boolean bareLf, byte[] raw) {

    /** One header field, as sent: the name keeps its case. */
    record Header(String name, String value) {
    }

    /** What parsing a head gives: a request to answer, or the error status to answer instead. */
    sealed interface Parse {
    }

    /** A well-formed request. */
    record Ok(HttpRequest request) implements Parse {
    }

    /**
     * A request the server refuses with {@code status}; {@code why} explains it in plain words for the error page,
     * {@code requestLine} is what was read of the first line.
     */
    record Refused(HttpStatus status, String why, String requestLine) implements Parse {
    }

    /** Parses a head read by {@link HttpHeadReader}: never throws, whatever the bytes. */
    static Parse parse(byte[] head) {
        // ISO-8859-1 maps each byte to one char, so nothing is lost or replaced on the way.
        String text = new String(head, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        boolean bareLf = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                boolean cr = i > start && text.charAt(i - 1) == '\r';
                bareLf |= !cr;
                lines.add(text.substring(start, cr ? i - 1 : i));
                start = i + 1;
            }
        }
        String requestLine = lines.isEmpty() ? text : lines.getFirst();
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3) {
            return new Refused(HttpStatus.BAD_REQUEST, parts.length == 2 && parts[0].equals("GET")
                    ? "the request line has no HTTP version: it must be METHOD, a space, the path, a space and"
                    + " the version, as in GET /index.html HTTP/1.0"
                    : "a request line is three words separated by single spaces: the method, the path and the"
                    + " version, as in GET /index.html HTTP/1.0", requestLine);
        }
        String method = parts[0];
        String target = parts[1];
        String version = parts[2];
        if (method.isEmpty() || !isToken(method)) {
            return new Refused(HttpStatus.BAD_REQUEST, "the method \"" + printable(method)
                    + "\" is not a word of letters, such as GET", requestLine);
        }
        if (target.isEmpty() || !isVisible(target)) {
            return new Refused(HttpStatus.BAD_REQUEST, "the path must be printable characters without spaces",
                    requestLine);
        }
        if (!version.matches("HTTP/[0-9]\\.[0-9]")) {
            return new Refused(HttpStatus.BAD_REQUEST, "the version \"" + printable(version)
                    + "\" is not of the form HTTP/1.0 or HTTP/1.1 (upper case, as HTTP requires)", requestLine);
        }
        if (!version.equals("HTTP/1.0") && !version.equals("HTTP/1.1")) {
            return new Refused(HttpStatus.VERSION_NOT_SUPPORTED, "this server speaks HTTP/1.0 and HTTP/1.1; the"
                    + " request asked for " + version, requestLine);
        }
        List<Header> headers = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                break; // the empty line that ends the head
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                return new Refused(HttpStatus.BAD_REQUEST, "a header line starts with a space: folding a header"
                        + " over several lines is no longer allowed (RFC 9112)", requestLine);
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.substring(0, colon))) {
                return new Refused(HttpStatus.BAD_REQUEST, "the header line \"" + printable(line)
                        + "\" is not Name: value (a name without spaces, then a colon)", requestLine);
            }
            headers.add(new Header(line.substring(0, colon), line.substring(colon + 1).strip()));
        }
        HttpRequest request = new HttpRequest(method, target, version, List.copyOf(headers), requestLine, bareLf,
                head.clone());
        if (version.equals("HTTP/1.1") && request.values("Host").size() != 1) {
            return new Refused(HttpStatus.BAD_REQUEST, request.values("Host").isEmpty()
                    ? "an HTTP/1.1 request must name the site it wants in a Host header (HTTP/1.0 needs none)"
                    : "the request has more than one Host header", requestLine);
        }
        return new Ok(request);
    }

    /** The values of every header called {@code name}, ignoring case, in order. */
    List<String> values(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }

    /** Whether the Connection header lists {@code option}, such as "close" or "keep-alive". */
    boolean connectionHas(String option) {
        for (String value : values("Connection")) {
            for (String token : value.split(",")) {
                if (token.strip().equalsIgnoreCase(option)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the connection stays open after the response: HTTP/1.1 keeps it unless the client says
     * "Connection: close"; HTTP/1.0 closes it unless the client asks for "Connection: keep-alive".
     */
    boolean keepAlive() {
        if (connectionHas("close")) {
            return false;
        }
        return version.equals("HTTP/1.1") || connectionHas("keep-alive");
    }

    /**
     * The body's length from Content-Length: empty when there is none, -1 when it is not one number (several
     * headers that disagree, a sign, letters), which the server answers with 400.
     */
    OptionalLong contentLength() {
        List<String> all = values("Content-Length");
        if (all.isEmpty()) {
            return OptionalLong.empty();
        }
        long found = -2;
        for (String value : all) {
            for (String part : value.split(",")) {
                String p = part.strip();
                if (p.isEmpty() || p.length() > 18 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return OptionalLong.of(-1);
                }
                long n = Long.parseLong(p);
                if (found != -2 && found != n) {
                    return OptionalLong.of(-1);
                }
                found = n;
            }
        }
        return OptionalLong.of(found);
    }

    /** The path the target names: the query (after ?) dropped, and an absolute URL's scheme and host too. */
    String path() {
        String t = target;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int slash = t.indexOf('/', t.indexOf("//") + 2);
            t = slash < 0 ? "/" : t.substring(slash);
        }
        int q = t.indexOf('?');
        int hash = t.indexOf('#');
        int end = q < 0 ? hash : hash < 0 ? q : Math.min(q, hash);
        return end < 0 ? t : t.substring(0, end);
    }

    /** The first value of header {@code name}. */
    Optional<String> first(String name) {
        List<String> all = values(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /** RFC 9110's token: the characters a method or a header name may hold. */
    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisible(String s) {
        return s.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** The text with control and non-ASCII characters written as \xNN, so a log line stays one readable line. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\x%02x", (int) c & 0xff));
            }
        }
        return sb.toString();
    }
}
