package socketlab.client;

import java.nio.charset.StandardCharsets;
import socketlab.net.Parsed;

/** The HTTP/1.0 request the lectures type by hand: {@code GET /path HTTP/1.0}, then an empty line. */
public final class HttpGet {
    private HttpGet() {
    }

    /**
     * Checks a request path: it starts with "/" and holds only printable ASCII without spaces, because the request
     * line separates its three parts with spaces.
     */
    public static Parsed<String> parsePath(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.invalid("path is empty: type / for the server's home page");
        }
        if (!t.startsWith("/")) {
            return Parsed.invalid("a path starts with /, like /index.html");
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                return Parsed.invalid("a path has no spaces (they separate the parts of the request line);"
                        + " write %20 for a space");
            }
            if (c < 0x21 || c > 0x7e) {
                return Parsed.invalid("a path holds only printable ASCII characters; write others as %XX bytes");
            }
        }
        return Parsed.ok(t);
    }

    /** {@code GET path HTTP/1.0\r\n\r\n}, nothing more: HTTP/1.0 needs no Host header. */
    public static byte[] request(String path) {
        return ("GET " + path + " HTTP/1.0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
