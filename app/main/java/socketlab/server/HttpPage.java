package socketlab.server;

import java.nio.charset.StandardCharsets;
import socketlab.net.SocketPair;

/**
 * The lab web server's pages, made for each request and never read from disk: the home page shows the client its
 * own socket pair and its request exactly as the server read it; the error pages say what was wrong.
 */
final class HttpPage {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.45;\
            color:#1d2330;background:#fbfbfd}
            h1{font-size:1.5em}h2{font-size:1.1em;margin-top:1.6em}
            pre{background:#eef1f6;border:1px solid #d4d9e3;border-radius:6px;padding:.8em;overflow-x:auto}
            .pair td{padding:.15em .8em .15em 0}.pair td:first-child{color:#5a6275}
            code,pre,.pair{font-family:ui-monospace,monospace}.end{color:#8a5a00}
            .note{border-left:4px solid #c88b00;background:#fff6e0;padding:.5em .8em}
            """;

    private HttpPage() {
    }

    /** The home page for request number {@code number} on the connection {@code pair}. */
    static byte[] home(HttpRequest request, SocketPair pair, int number, long bodyBytes) {
        StringBuilder b = start("Socket Lab web server");
        b.append("<h1>Hello from the Socket Lab web server</h1>\n")
                .append("<p>This page was written for your request just now; no file was read from disk.</p>\n");
        if (!request.target().startsWith("/") && request.path().equals(request.target())) {
            b.append("<p class=\"note\">Your request asked for <code>").append(html(request.target()))
                    .append("</code> without a leading slash, as the lecture's client types it. HTTP says the")
                    .append(" path starts with <code>/</code> (<code>GET /").append(html(request.target()))
                    .append("</code>); this server is lenient and serves the page anyway, as many are.</p>\n");
        }
        b.append("<h2>Your socket pair</h2>\n<table class=\"pair\">\n")
                .append("<tr><td>client (you)</td><td>").append(html(pair.client().toString()))
                .append("</td></tr>\n<tr><td>server</td><td>").append(html(pair.server().toString()))
                .append("</td></tr>\n</table>\n<p>")
                .append(number == 1 ? "This is the first request on this connection."
                        : "This is request " + number + " on this connection: the same socket pair carried the"
                        + " earlier ones, because the connection stayed open (keep-alive).")
                .append("</p>\n<h2>Your request, exactly as the server read it</h2>\n<pre>")
                .append(shown(request.raw())).append("</pre>\n");
        if (bodyBytes > 0) {
            b.append("<p>… followed by a body of ").append(bodyBytes)
                    .append(" bytes, which the server read and set aside.</p>\n");
        }
        b.append("<p>The first line is the request line: method <code>").append(html(request.method()))
                .append("</code>, path <code>").append(html(request.target())).append("</code>, version <code>")
                .append(html(request.version())).append("</code>. Header lines follow, and an empty line ends")
                .append(" the request. <span class=\"end\">\\r\\n</span> marks the two bytes, carriage return and")
                .append(" line feed, that end each line.</p>\n");
        if (request.bareLf()) {
            b.append("<p class=\"note\">Some lines ended in a line feed alone (<span class=\"end\">\\n</span>),")
                    .append(" not <span class=\"end\">\\r\\n</span> as HTTP says; this server accepts that, as")
                    .append(" most do. <code>nc -C</code> sends \\r\\n.</p>\n");
        }
        b.append("<h2>What the server sends back</h2>\n<p>A status line (<code>").append(html(request.version()))
                .append(" 200 OK</code>), header lines, an empty line, then this page. <code>Content-Length</code>")
                .append(" says how many bytes the page has, so the client knows where it ends without the server")
                .append(" closing the connection. ")
                .append(request.keepAlive() ? "The connection stays open for your next request."
                        : "The server then closes the connection, as " + (request.version().equals("HTTP/1.0")
                        ? "HTTP/1.0 does unless the client asks for Connection: keep-alive."
                        : "your Connection: close asked."))
                .append("</p>\n");
        return end(b);
    }

    /** The page for a path the server has nothing at. */
    static byte[] notFound(HttpRequest request) {
        StringBuilder b = start("404 Not Found");
        b.append("<h1>404 Not Found</h1>\n<p>There is nothing at <code>").append(html(request.target()))
                .append("</code> on this server. It serves one page, at <a href=\"/\">/</a> (also as")
                .append(" <a href=\"/index.html\">/index.html</a>), and reads no files from disk.</p>\n");
        return end(b);
    }

    /** The page for a request the server refuses. */
    static byte[] error(HttpStatus status, String why) {
        StringBuilder b = start(status.toString());
        b.append("<h1>").append(status).append("</h1>\n<p>").append(html(why)).append(".</p>\n")
                .append("<p>A request looks like this: <code>GET /index.html HTTP/1.0</code>, then an empty")
                .append(" line.</p>\n");
        return end(b);
    }

    private static StringBuilder start(String title) {
        return new StringBuilder(2048).append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(html(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }

    private static byte[] end(StringBuilder b) {
        b.append("</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The request's bytes for a page: line ends made visible, other control and non-ASCII bytes as \xNN. */
    static String shown(byte[] raw) {
        StringBuilder b = new StringBuilder(raw.length + 64);
        for (byte x : raw) {
            int c = x & 0xff;
            switch (c) {
                case '\r' -> b.append("<span class=\"end\">\\r</span>");
                case '\n' -> b.append("<span class=\"end\">\\n</span>\n");
                case '\t' -> b.append("<span class=\"end\">\\t</span>");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        b.append(html(String.valueOf((char) c)));
                    } else {
                        b.append(String.format("\\x%02x", c));
                    }
                }
            }
        }
        return b.toString();
    }

    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
