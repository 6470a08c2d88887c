package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import socketlab.Eventually;

/** The lab web server over real loopback sockets: curl, nc with the lecture's request, and hand-written requests. */
class HttpServerTest {
    private static final int NO_REPLY_MILLIS = 500;

    private static LabServer start(EventRecorder events) throws ServerStartException {
        return LabServer.start(ServerConfig.defaults(ServerKind.HTTP), events);
    }

    private static String url(LabServer server, String path) {
        return "http://127.0.0.1:" + server.localEndpoint().port() + path;
    }

    /** Runs a program to its end and returns what it printed on standard output; its standard error is kept too. */
    private static Ran run(String input, String... command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        if (input != null) {
            p.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
        }
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
        return new Ran(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private record Ran(int exit, String out, String err) {
    }

    @Test
    void curlGetsThePageWithItsOwnSocketPairAndItsRequestAsTheServerReadIt() throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = start(events)) {
            Ran curl = run(null, "curl", "-sS", "-i", url(server, "/"));
            assertEquals(0, curl.exit(), curl.err());
            String[] parts = curl.out().split("\r\n\r\n", 2);
            List<String> head = List.of(parts[0].split("\r\n"));
            assertEquals("HTTP/1.1 200 OK", head.getFirst());
            assertTrue(head.contains("Content-Type: text/html; charset=utf-8"), head.toString());
            assertTrue(head.contains("Connection: keep-alive"), head.toString());
            String length = head.stream().filter(h -> h.startsWith("Content-Length: ")).findFirst().orElseThrow();
            assertEquals(parts[1].getBytes(StandardCharsets.UTF_8).length,
                    Integer.parseInt(length.substring("Content-Length: ".length())));
            String date = head.stream().filter(h -> h.startsWith("Date: ")).findFirst().orElseThrow();
            ZonedDateTime when = ZonedDateTime.parse(date.substring(6), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertTrue(Math.abs(when.toEpochSecond() - System.currentTimeMillis() / 1000) < 120, date);

            ServerEvent.Accepted accepted = events.await(ServerEvent.Accepted.class, a -> true);
            String page = parts[1];
            assertTrue(page.contains("<td>client (you)</td><td>" + accepted.pair().client() + "</td>"), page);
            assertTrue(page.contains("<td>server</td><td>" + server.localEndpoint() + "</td>"), page);
            // The request exactly as read, line ends shown: curl's own request line and its User-Agent.
            assertTrue(page.contains("GET / HTTP/1.1<span class=\"end\">\\r</span><span class=\"end\">\\n</span>"),
                    page);
            assertTrue(page.contains("User-Agent: curl/"), page);
            assertTrue(page.contains("This is the first request on this connection."), page);

            ServerEvent.HttpResponseWritten w = events.await(ServerEvent.HttpResponseWritten.class, e -> true);
            assertEquals("GET / HTTP/1.1", w.requestLine());
            assertEquals("HTTP/1.1 200 OK", w.statusLine());
            assertTrue(w.keepOpen());
            ServerEvent.Closed closed = events.awaitClosed(accepted.connectionId());
            assertEquals(CloseReason.CLIENT_HUNG_UP, closed.reason(), "curl closes its kept-open connection");
            Lifecycle.assertOrdered(events, accepted.connectionId(), Mode.THREADED);
        }
    }

    @Test
    void curlReusesOneConnectionForTwoUrlsAndHeadHasNoBody() throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = start(events)) {
            Ran curl = run(null, "curl", "-sS", "-v", "-o", "/dev/null", "-o", "/dev/null", url(server, "/"),
                    url(server, "/index.html"));
            assertEquals(0, curl.exit(), curl.err());
            assertTrue(curl.err().contains("Re-using existing connection"), curl.err());
            List<ServerEvent.HttpRequestRead> requests = awaitRequests(events, 2);
            assertEquals(List.of("GET / HTTP/1.1", "GET /index.html HTTP/1.1"),
                    requests.stream().map(ServerEvent.HttpRequestRead::requestLine).toList());
            assertEquals(requests.get(0).connectionId(), requests.get(1).connectionId(), "one socket pair");
            assertEquals(List.of(1, 2), requests.stream().map(ServerEvent.HttpRequestRead::number).toList());
            assertEquals(1, events.all(ServerEvent.Accepted.class).size());

            Ran head = run(null, "curl", "-sS", "-I", url(server, "/"));
            assertEquals(0, head.exit(), head.err());
            assertTrue(head.out().startsWith("HTTP/1.1 200 OK\r\n"), head.out());
            assertTrue(head.out().endsWith("\r\n\r\n"), "no body after HEAD's head: " + head.out());
            assertTrue(head.out().contains("Content-Length: "), head.out());
        }
    }

    @Test
    void theLecturesRequestByNcWithoutALeadingSlashIsServedWithANote() throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = start(events)) {
            Ran nc = run("GET index.html HTTP/1.0\r\n\r\n", "nc", "-N", "127.0.0.1",
                    String.valueOf(server.localEndpoint().port()));
            assertEquals(0, nc.exit(), nc.err());
            assertTrue(nc.out().startsWith("HTTP/1.0 200 OK\r\n"), nc.out());
            assertTrue(nc.out().contains("\r\nConnection: close\r\n"), nc.out());
            assertTrue(nc.out().contains("without a leading slash, as the lecture's client types it"), nc.out());
            assertTrue(nc.out().contains("The server then closes the connection, as HTTP/1.0 does"), nc.out());
            ServerEvent.Closed closed = events.await(ServerEvent.Closed.class, c -> true);
            assertEquals(CloseReason.SERVER_DONE, closed.reason(), "HTTP/1.0 without keep-alive: the server closes");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void threeRequestsOnOneConnectionThenConnectionClose(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(how.config(ServerKind.HTTP), events);
                Client c = Client.connect(server)) {
            InputStream in = c.socket().getInputStream();
            c.send("GET / HTTP/1.1\r\nHost: lab\r\n\r\n");
            HttpExchange first = HttpExchange.read(in, false);
            assertEquals("HTTP/1.1 200 OK", first.statusLine());
            assertEquals("keep-alive", first.header("Connection"));
            assertTrue(first.body().contains("This is the first request on this connection."));

            c.send("GET /index.html HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            HttpExchange second = HttpExchange.read(in, false);
            assertEquals("HTTP/1.0 200 OK", second.statusLine(), "an HTTP/1.0 client is answered in HTTP/1.0");
            assertEquals("keep-alive", second.header("Connection"), "HTTP/1.0 stays open when it asks to");
            assertTrue(second.body().contains("This is request 2 on this connection"), second.body());
            assertEquals(1, server.connections().size(), "still the one connection");

            c.send("GET / HTTP/1.1\r\nHost: lab\r\nConnection: close\r\n\r\n");
            HttpExchange third = HttpExchange.read(in, false);
            assertEquals("close", third.header("Connection"));
            assertTrue(third.body().contains("This is request 3 on this connection"), third.body());
            assertTrue(c.seesServerClose(), "Connection: close is honoured");

            ServerEvent.Closed closed = events.await(ServerEvent.Closed.class, e -> true);
            assertEquals(CloseReason.SERVER_DONE, closed.reason());
            if (how.mode() == Mode.SEMAPHORE) {
                // The permit is given back right after the close is reported.
                events.await(ServerEvent.PermitReleased.class, r -> r.connectionId() == closed.connectionId());
            }
            assertEquals(List.of(1, 2, 3), events.all(ServerEvent.HttpRequestRead.class).stream()
                    .map(ServerEvent.HttpRequestRead::number).toList());
            assertEquals(1, events.all(ServerEvent.Accepted.class).size());
            Lifecycle.assertOrdered(events, closed.connectionId(), how.mode());
        }
    }

    @Test
    void pipelinedRequestsInOneWriteAreAnsweredInOrderAndHeadSendsNoBody() throws Exception {
        try (LabServer server = start(new EventRecorder()); Client c = Client.connect(server)) {
            c.send("HEAD / HTTP/1.1\r\nHost: lab\r\n\r\nGET /missing HTTP/1.1\r\nHost: lab\r\n\r\n"
                    + "GET / HTTP/1.1\r\nHost: lab\r\n\r\n");
            InputStream in = c.socket().getInputStream();
            HttpExchange head = HttpExchange.read(in, true);
            assertEquals(200, head.status());
            HttpExchange missing = HttpExchange.read(in, false);
            assertEquals("HTTP/1.1 404 Not Found", missing.statusLine());
            assertEquals("keep-alive", missing.header("Connection"), "a 404 keeps the connection");
            assertTrue(missing.body().contains("There is nothing at <code>/missing</code>"), missing.body());
            HttpExchange page = HttpExchange.read(in, false);
            assertEquals(200, page.status());
            // HEAD promised the GET's length without sending it: had it sent a body, the 404 would not parse.
            assertEquals(head.header("Content-Length").length(), page.header("Content-Length").length());
        }
    }

    /** Sends {@code request} on a new connection; returns the response, after which the server must close. */
    private static HttpExchange refused(LabServer server, String request, boolean finishSending) throws Exception {
        try (Client c = Client.connect(server)) {
            c.send(request);
            if (finishSending) {
                c.finishSending();
            }
            HttpExchange r = HttpExchange.read(c.socket().getInputStream(), false);
            assertEquals("close", r.header("Connection"), r.statusLine());
            assertTrue(c.seesServerClose(), "the server closes after " + r.statusLine());
            return r;
        }
    }

    @Test
    void badRequestsGetTheirStatusInPlainWordsAndTheConnectionCloses() throws Exception {
        try (LabServer server = start(new EventRecorder())) {
            HttpExchange garbage = refused(server, "HELLO THERE\r\n\r\n", false);
            assertEquals("HTTP/1.1 400 Bad Request", garbage.statusLine());
            assertTrue(garbage.body().contains("a request line is three words separated by single spaces"),
                    garbage.body());

            HttpExchange noVersion = refused(server, "GET /\r\n\r\n", false);
            assertEquals(400, noVersion.status());
            assertTrue(noVersion.body().contains("the request line has no HTTP version"), noVersion.body());

            HttpExchange two = refused(server, "GET / HTTP/2.0\r\n\r\n", false);
            assertEquals("HTTP/1.1 505 HTTP Version Not Supported", two.statusLine());

            HttpExchange noHost = refused(server, "GET / HTTP/1.1\r\n\r\n", false);
            assertEquals(400, noHost.status());
            assertTrue(noHost.body().contains("must name the site it wants in a Host header"), noHost.body());

            HttpExchange post = refused(server, "POST / HTTP/1.0\r\nContent-Length: 5\r\n\r\nhello", false);
            assertEquals("HTTP/1.0 501 Not Implemented", post.statusLine());
            assertEquals("GET, HEAD", post.header("Allow"));

            HttpExchange badLength = refused(server, "GET / HTTP/1.0\r\nContent-Length: -3\r\n\r\n", false);
            assertEquals(400, badLength.status());

            try (Client c = Client.connect(server)) {
                c.send("HEAD / HTTP/3.0\r\n\r\n");
                HttpExchange head = HttpExchange.read(c.socket().getInputStream(), true);
                assertEquals(505, head.status());
                assertTrue(c.seesServerClose(), "no error page after the head of a response to HEAD");
            }

            HttpExchange blankLines = refused(server, "\r\n".repeat(HttpHandler.MAX_HEAD_BYTES), false);
            assertEquals(431, blankLines.status(), "endless empty lines count against the limit");

            HttpExchange unfinished = refused(server, "GET / HTTP/1.0\r\n", true);
            assertEquals(400, unfinished.status());
            assertTrue(unfinished.body().contains("before the empty line that ends a request"), unfinished.body());
        }
    }

    @Test
    void oversizedHeadsAndBodiesAreRefusedAndTheClientStillReadsWhy() throws Exception {
        try (LabServer server = start(new EventRecorder())) {
            String big = "GET / HTTP/1.0\r\nX-Padding: " + "a".repeat(HttpHandler.MAX_HEAD_BYTES) + "\r\n\r\n";
            HttpExchange tooLong = refused(server, big, false);
            assertEquals("HTTP/1.0 431 Request Header Fields Too Large", tooLong.statusLine());

            int length = HttpHandler.MAX_BODY_BYTES + 1;
            String upload = "GET / HTTP/1.0\r\nContent-Length: " + length + "\r\n\r\n" + "b".repeat(length);
            HttpExchange tooBig = refused(server, upload, false);
            assertEquals("HTTP/1.0 413 Payload Too Large", tooBig.statusLine());
            assertTrue(tooBig.body().contains("the body is " + length + " bytes"), tooBig.body());

            // A body within the limit is read past, and the connection goes on to the next request.
            try (Client c = Client.connect(server)) {
                c.send("GET / HTTP/1.1\r\nHost: lab\r\nContent-Length: 1000\r\n\r\n" + "c".repeat(1000)
                        + "GET /index.html HTTP/1.1\r\nHost: lab\r\n\r\n");
                InputStream in = c.socket().getInputStream();
                assertTrue(HttpExchange.read(in, false).body().contains("a body of 1000 bytes"));
                assertTrue(HttpExchange.read(in, false).body().contains("This is request 2"));
            }
        }
    }

    @Test
    void theSemaphoreServesAtMostItsPermitsWhileSlowClientsHoldThem() throws Exception {
        EventRecorder events = new EventRecorder();
        ServerConfig config = ServerConfig.defaults(ServerKind.HTTP).withMode(Mode.SEMAPHORE).withPermits(2);
        List<Client> slow = new ArrayList<>();
        try (LabServer server = LabServer.start(config, events)) {
            for (int i = 0; i < 2; i++) {
                Client c = Client.connect(server);
                slow.add(c);
                c.send("GET / HT"); // half a request line: the handler waits for the rest, holding its permit
            }
            Eventually.until("both permits taken", () -> server.stats().permitsInUse() == 2);
            try (Client third = Client.connect(server)) {
                third.send("GET / HTTP/1.0\r\n\r\n");
                events.await(ServerEvent.WaitingForPermit.class, w -> true);
                third.socket().setSoTimeout(NO_REPLY_MILLIS);
                assertThrows(SocketTimeoutException.class, () -> third.socket().getInputStream().read(),
                        "no answer while both permits are held by slow clients");

                slow.getFirst().send("TP/1.0\r\n\r\n");
                assertEquals(200, HttpExchange.read(slow.getFirst().socket().getInputStream(), false).status());
                third.socket().setSoTimeout(Client.PATIENT_MILLIS);
                assertEquals("HTTP/1.0 200 OK", HttpExchange.read(third.socket().getInputStream(), false)
                        .statusLine(), "the waiting client is served once a permit is free");
            }
            assertEquals(2, server.stats().peakActive());
        } finally {
            for (Client c : slow) {
                c.close();
            }
        }
    }

    @Test
    void aRequestLineWithControlBytesIsLoggedPrintably() throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = start(events)) {
            refused(server, "GET /\u0001 HTTP/1.0\r\n\r\n", false);
            ServerEvent.HttpRequestRead r = events.await(ServerEvent.HttpRequestRead.class, e -> true);
            assertEquals("GET /\\x01 HTTP/1.0", r.requestLine());
            assertNull(events.all(ServerEvent.Failed.class).stream().findFirst().orElse(null));
            assertFalse(r.describe().contains("\u0001"));
        }
    }

    private static List<ServerEvent.HttpRequestRead> awaitRequests(EventRecorder events, int n) {
        Eventually.until(n + " requests read", () -> events.all(ServerEvent.HttpRequestRead.class).size() >= n);
        return events.all(ServerEvent.HttpRequestRead.class);
    }
}
