package socketlab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import socketlab.net.Parsed;

/** Bytes as text and hex, and the hand-written HTTP request. */
class ByteTextTest {
    private static final byte[] REQUEST = "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void invisibleBytesBecomeVisible() {
        assertEquals("GET / HTTP/1.0\\r\\n\\r\\n", ByteText.escaped(REQUEST));
        assertEquals("a\\tb\\0\\\\\\xff\\xc3\\xa9", ByteText.escaped(new byte[] {'a', '\t', 'b', 0, '\\', (byte) 0xff,
                (byte) 0xc3, (byte) 0xa9}));
        assertEquals("GET…", ByteText.escaped(REQUEST, 3));
    }

    @Test
    void hexIsTwoDigitsPerByte() {
        assertEquals("47 45 54 20 2f 20 48 54 54 50 2f 31 2e 30 0d 0a 0d 0a", ByteText.hex(REQUEST, 64));
        assertEquals("47 45 …", ByteText.hex(REQUEST, 2));
        assertEquals("", ByteText.hex(new byte[0], 8));
    }

    @Test
    void theDumpLooksLikeHexdumpC() {
        assertEquals("""
                00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 30 0d 0a  |GET / HTTP/1.0..|
                00000010  0d 0a                                             |..|
                """, ByteText.dump(REQUEST));
    }

    @Test
    void aNarrowDumpHasEightBytesPerLine() {
        assertEquals("""
                00000000  47 45 54 20 2f 20 48 54  |GET / HT|
                00000008  54 50 2f 31 2e 30 0d 0a  |TP/1.0..|
                00000010  0d 0a                    |..|
                """, ByteText.dump(REQUEST, 8));
    }

    @Test
    void theRequestIsExactlyTheLinesOfTheLecture() {
        assertEquals("GET /a/b.html HTTP/1.0\r\n\r\n",
                new String(HttpGet.request("/a/b.html"), StandardCharsets.US_ASCII));
    }

    @Test
    void pathsAreChecked() {
        assertEquals("/", HttpGet.parsePath(" / ").value());
        assertEquals("a path starts with /, like /index.html", HttpGet.parsePath("index.html").error());
        assertEquals("a path has no spaces (they separate the parts of the request line); write %20 for a space",
                HttpGet.parsePath("/a b").error());
        assertEquals("path is empty: type / for the server's home page", HttpGet.parsePath("").error());
        Parsed<String> accent = HttpGet.parsePath("/café");
        assertEquals("a path holds only printable ASCII characters; write others as %XX bytes", accent.error());
    }
}
