package socketlab.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP response read off a socket the way a client must: the head up to the empty line, then exactly
 * Content-Length bytes of body (none after HEAD), so that the next response on a kept-open connection starts clean.
 */
record HttpExchange(String statusLine, Map<String, String> headers, String body) {

    /** Reads one response; {@code head} says the request was HEAD, whose response has no body. */
    static HttpExchange read(InputStream in, boolean head) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        int matched = 0;
        while (matched < 4 && (b = in.read()) >= 0) {
            bytes.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        if (matched < 4) {
            throw new IOException("the server closed before the end of the response's head: " + bytes);
        }
        String[] lines = bytes.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.get("content-length"));
        byte[] body = head ? new byte[0] : in.readNBytes(length);
        if (body.length < (head ? 0 : length)) {
            throw new IOException("the body ended after " + body.length + " of " + length + " bytes");
        }
        return new HttpExchange(lines[0], headers, new String(body, StandardCharsets.UTF_8));
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    int status() {
        return Integer.parseInt(statusLine.split(" ")[1]);
    }
}
