package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP as the lab decodes it, on real exchanges over loopback: curl and a hand-written HTTP/1.0 request (the
 * lecture's) against Python's http.server on port 80, and a server that writes its whole answer at once on port
 * 8080. The summary must be tcpdump's line, the JSON and the Info column tshark's, and every HTTP segment cut short
 * by the capture must be a malformed layer with a reason.
 */
class HttpCaptureTest {
    private static final String PAGE = "<html><body>Socket Lab</body></html>\n";

    @TempDir
    static Path dir;
    private static Path file;
    private static Process python;
    private static InetAddress address;

    @BeforeAll
    static void captureTheExchanges() throws Exception {
        address = freeAddress();
        Path root = Files.createDirectories(dir.resolve("www"));
        Files.writeString(root.resolve("index.html"), PAGE);
        python = new ProcessBuilder("python3", "-m", "http.server", "80", "--bind", address.getHostAddress(),
                "--directory", root.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("py.log")
                .toFile()).start();
        Listening.await("python3 -m http.server", python, dir.resolve("py.log"), address, 80);
        file = dir.resolve("http.pcap");
        try (Tcpdump capture = Tcpdump.capture("lo", file, "host " + address.getHostAddress());
                ServerSocket oneWrite = new ServerSocket()) {
            oneWrite.bind(new InetSocketAddress(address, 8080));
            Thread server = Thread.ofPlatform().name("http-one-write").start(() -> answerOnce(oneWrite));
            curl("http://" + address.getHostAddress() + "/");
            curl("http://" + address.getHostAddress() + "/missing.html");
            curl("-I", "http://" + address.getHostAddress() + "/index.html");
            String lecture = exchange(80, "GET /index.html HTTP/1.0\r\n\r\n");
            assertTrue(lecture.startsWith("HTTP/1.0 200 OK"), lecture);
            String one = exchange(8080, "GET / HTTP/1.1\r\nHost: lab.test:8080\r\nUser-Agent: socketlab-test\r\n\r\n");
            assertTrue(one.endsWith(PAGE), one);
            server.join(30_000);
            Captured.await(file, frames -> frames.stream().filter(f -> f.has("tcp")
                    && f.layer("tcp").orElseThrow().isSet("tcp.flags.fin")).count() >= 10);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (python != null) {
            python.destroy();
            python.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** An address of 127.80.0.0/24 where ports 80 and 8080 are free. */
    private static InetAddress freeAddress() throws IOException {
        for (int last = 1; last < 250; last++) {
            InetAddress a = InetAddress.getByAddress(new byte[] {127, 80, 0, (byte) last});
            try (ServerSocket s80 = new ServerSocket(); ServerSocket s8080 = new ServerSocket()) {
                s80.bind(new InetSocketAddress(a, 80));
                s8080.bind(new InetSocketAddress(a, 8080));
                return a;
            } catch (IOException taken) {
                // try the next
            }
        }
        throw new IOException("no address of 127.80.0.0/24 has ports 80 and 8080 free");
    }

    /** Reads one request and writes the status line, the headers and the page in one write. */
    private static void answerOnce(ServerSocket listener) {
        try (Socket s = listener.accept()) {
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            int n = 0;
            while (n < 4 || !new String(buf, 0, n, StandardCharsets.US_ASCII).contains("\r\n\r\n")) {
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return;
                }
                n += r;
            }
            String answer = "HTTP/1.1 200 OK\r\nServer: socketlab-test\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + "Content-Length: " + PAGE.length() + "\r\nConnection: close\r\n\r\n" + PAGE;
            OutputStream out = s.getOutputStream();
            out.write(answer.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.shutdownOutput();
            while (in.read() >= 0) {
                // until the client closes
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String exchange(int port, String request) throws IOException {
        try (Socket s = new Socket(address, port)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.shutdownOutput();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static void curl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String code = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(code.equals("200") || code.equals("404"), "curl " + List.of(args) + ": " + code);
    }

    @Test
    void theSummaryIsTcpdumpsLine() throws Exception {
        List<String> theirs = Tcpdump.read(file, "-nn");
        assertEquals(theirs, Captured.summaries(file));
        assertTrue(theirs.stream().anyMatch(l -> l.endsWith(": HTTP: GET /index.html HTTP/1.0")), theirs::toString);
        assertTrue(theirs.stream().anyMatch(l -> l.endsWith(": HTTP: HTTP/1.0 404 File not found")),
                theirs::toString);
    }

    @Test
    void theJsonAndTheInfoColumnAgreeWithTshark() throws Exception {
        assertTrue(TsharkAgreement.assertJsonAgrees(file, List.of("http")) > 40);
        assertTrue(TsharkAgreement.assertColumnsAgree(file, List.of("http")) >= 12);
    }

    @Test
    void requestsResponsesAndContinuationsAreTheirOwnFields() throws Exception {
        List<Frame> http = Captured.with(Captured.frames(file), "http");
        Frame lecture = http.stream().filter(f -> "GET /index.html HTTP/1.0 ".equals(InfoText.of(f))).findFirst()
                .orElseThrow(() -> new AssertionError("no lecture request in " + http));
        Layer request = lecture.layer("http").orElseThrow();
        assertEquals("GET", request.text(HttpDissector.METHOD));
        assertEquals("/index.html", request.text(HttpDissector.URI));
        assertEquals("HTTP/1.0", request.text(HttpDissector.REQUEST_VERSION));
        Field uri = request.field(HttpDissector.URI).orElseThrow();
        assertEquals("/index.html", new String(Arrays.copyOfRange(lecture.data(), uri.byteOffset(),
                uri.byteOffset() + uri.byteLength()), StandardCharsets.US_ASCII));
        Frame whole = http.stream().filter(f -> InfoText.of(f).startsWith("HTTP/1.1 200 OK")).findFirst()
                .orElseThrow();
        assertEquals("HTTP/1.1 200 OK  (text/html)", InfoText.of(whole));
        assertEquals(PAGE.length(), whole.layer("http").orElseThrow().number(HttpDissector.CONTENT_LENGTH, -1));
        assertEquals(PAGE.length(), whole.layer("http").orElseThrow().field(HttpDissector.FILE_DATA).orElseThrow()
                .number());
        assertTrue(http.stream().anyMatch(f -> InfoText.of(f).equals("Continuation")
                && "HTTP".equals(InfoText.protocol(f))), "python sends the page in a segment of its own");
        for (Frame f : http) {
            assertTrue(f.malformed().isEmpty(), f::toString);
        }
    }

    @Test
    void everyHttpFrameCutShortIsMalformedWithAReason() throws Exception {
        int cuts = 0;
        for (Frame f : Captured.with(Captured.frames(file), "http")) {
            int start = f.layer("http").orElseThrow().offset();
            for (int cut = 0; cut < f.data().length; cut++) {
                Frame snapped = MalformedFramesTest.check(new RawFrame(f.number(), f.epochMicros(), f.data().length,
                        f.linkType(), Arrays.copyOf(f.data(), cut)));
                if (cut > start) {
                    assertTrue(snapped.has("http"), snapped::toString);
                    assertTrue(snapped.malformed().orElseThrow().reason().startsWith("HTTP data cut short"),
                            snapped::toString);
                }
                cuts++;
            }
        }
        assertTrue(cuts > 1000, "cut " + cuts + " times");
    }
}
