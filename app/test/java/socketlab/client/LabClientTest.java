package socketlab.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import socketlab.net.Addresses;
import socketlab.net.Endpoint;
import socketlab.net.SocketPair;
import socketlab.server.ConnectionInfo;
import socketlab.server.LabServer;
import socketlab.server.Mode;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;

/** The lab's client against the lab's real servers, a real HTTP server and sockets that misbehave on purpose. */
class LabClientTest {
    private static final Pattern ASCTIME = Pattern.compile(
            "(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ 1-3][0-9]"
                    + " [0-2][0-9]:[0-5][0-9]:[0-6][0-9] [0-9]{4}\n");

    private final List<ClientEvent> events = new CopyOnWriteArrayList<>();

    private static Host host(String text) {
        return Host.parse(text).value();
    }

    private LabClient client(Endpoint server) {
        return new LabClient(ClientSpec.of(host(server.host()), server.port()), events::add);
    }

    private byte[] received() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (ClientEvent e : events) {
            if (e instanceof ClientEvent.Received r) {
                b.writeBytes(r.bytes());
            }
        }
        return b.toByteArray();
    }

    private List<ClientStep> steps() {
        return events.stream().map(ClientEvent::step).distinct().toList();
    }

    @Test
    void readsTheHelloServerUntilEofWithTheExactBytesAndTheKernelChosenLocalPort() throws Exception {
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.HELLO).withMode(Mode.ITERATIVE),
                e -> { })) {
            LabClient c = client(server.localEndpoint());
            c.connect();
            Endpoint local = c.localEndpoint();
            assertEquals(server.localEndpoint(), c.remoteEndpoint());
            assertEquals("127.0.0.1", local.host());
            assertTrue(local.port() > 0 && local.port() != server.localEndpoint().port(), local.toString());

            assertEquals(13, c.readToEof());
            assertArrayEquals("Hello world!\n".getBytes(StandardCharsets.US_ASCII), received());
            assertTrue(c.sawEndOfStream());
            c.close();
            c.close(); // closing twice is harmless

            assertEquals(List.of(ClientStep.RESOLVE, ClientStep.SOCKET, ClientStep.CONNECT, ClientStep.READ,
                    ClientStep.CLOSE), steps());
            assertInstanceOf(ClientEvent.EndOfStream.class, events.get(events.size() - 2));
            ClientEvent.Connected connected = events.stream().filter(ClientEvent.Connected.class::isInstance)
                    .map(ClientEvent.Connected.class::cast).findFirst().orElseThrow();
            assertEquals(local, connected.local());
            assertEquals("127.0.0.1 is an address already: no DNS lookup", events.getFirst().describe());
            assertEquals("closed the socket after sending 0 and receiving 13 bytes", events.getLast().describe());
            assertEquals(1, events.stream().filter(ClientEvent.Closed.class::isInstance).count());
        }
    }

    @Test
    void readsOneAsctimeLineFromTheTimeServer() throws Exception {
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.TIME), e -> { });
                LabClient c = client(server.localEndpoint())) {
            c.connect();
            c.readToEof();
            String reply = new String(received(), StandardCharsets.US_ASCII);
            assertTrue(ASCTIME.matcher(reply).matches(), reply);
        }
    }

    @Test
    void lineModeSendsEachLineAndReadsItsReplyAsTheEchoClientDoes() throws Exception {
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { });
                LabClient c = client(server.localEndpoint())) {
            c.connect();
            assertEquals("hello lab\n", new String(c.sendLine("hello lab"), StandardCharsets.UTF_8));
            assertEquals("second line ü\n", new String(c.sendLine("second line ü\n"), StandardCharsets.UTF_8));
            assertEquals(25, c.bytesSent());
            assertEquals(25, c.bytesReceived());

            // The server's own table holds the same connection, seen from its end: the socket pair mirrored.
            List<ConnectionInfo> open = server.connections();
            assertEquals(1, open.size());
            assertEquals(new SocketPair(c.localEndpoint(), c.remoteEndpoint()), open.getFirst().pair());
            assertArrayEquals("hello lab\n".getBytes(StandardCharsets.UTF_8),
                    ((ClientEvent.Sent) events.stream().filter(ClientEvent.Sent.class::isInstance).findFirst()
                            .orElseThrow()).bytes());
        }
    }

    @Test
    void theUppercaseEchoRepliesInUpperCase() throws Exception {
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO).withUppercase(true),
                e -> { }); LabClient c = client(server.localEndpoint())) {
            c.connect();
            assertEquals("SHOUT\n", new String(c.sendLine("shout"), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aReplyThatHoldsTwoLinesIsReturnedOneLineAtATime() throws Exception {
        try (RawServer raw = new RawServer(s -> {
            s.getInputStream().read();
            s.getOutputStream().write("first\nsecond\n".getBytes(StandardCharsets.US_ASCII));
        }); LabClient c = client(raw.endpoint())) {
            c.connect();
            assertEquals("first\n", new String(c.sendLine("go"), StandardCharsets.US_ASCII));
            long readsBefore = events.stream().filter(ClientEvent.Received.class::isInstance).count();
            assertEquals("second\n", new String(c.readLine(), StandardCharsets.US_ASCII));
            assertEquals(readsBefore, events.stream().filter(ClientEvent.Received.class::isInstance).count(),
                    "the second line had arrived with the first: no further read");
        }
    }

    @Test
    void httpGetSendsExactlyTheRequestLineAndAnEmptyLine() throws Exception {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        String reply = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhi\n";
        try (RawServer raw = new RawServer(s -> {
            InputStream in = s.getInputStream();
            int b;
            while (!request.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n") && (b = in.read()) >= 0) {
                request.write(b);
            }
            s.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
            s.close();
        }); LabClient c = client(raw.endpoint())) {
            c.connect();
            assertEquals(reply.length(), c.httpGet("/docs/index.html?x=1"));
            assertEquals("GET /docs/index.html?x=1 HTTP/1.0\r\n\r\n", request.toString(StandardCharsets.US_ASCII));
            assertEquals(reply, new String(received(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void httpGetAgainstARealHttpServerShowsItsRawReply() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        List<String> seen = new CopyOnWriteArrayList<>();
        http.createContext("/hello", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getProtocol()
                    + " headers " + exchange.getRequestHeaders().size());
            byte[] body = "hello from HTTP\n".getBytes(StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        http.start();
        try (LabClient c = client(Endpoint.of(http.getAddress()))) {
            c.connect();
            c.httpGet("/hello");
            String raw = new String(received(), StandardCharsets.US_ASCII);
            assertEquals(List.of("GET /hello HTTP/1.0 headers 0"), seen);
            assertTrue(raw.startsWith("HTTP/1.1 200 OK\r\n"), raw);
            assertTrue(raw.contains("\r\nContent-type: text/plain\r\n"), raw);
            assertTrue(raw.contains("\r\nContent-length: 16\r\n"), raw);
            assertTrue(raw.endsWith("\r\n\r\nhello from HTTP\n"), raw);
            assertTrue(c.sawEndOfStream(), "an HTTP/1.0 server closes after its reply");
        } finally {
            http.stop(0);
        }
    }

    @Test
    void anIpv6LiteralConnectsOverIpv6Loopback() throws Exception {
        ServerConfig v6 = ServerConfig.defaults(ServerKind.HELLO)
                .withBindAddress(Addresses.parseLiteral("::1").value());
        try (LabServer server = LabServer.start(v6, e -> { });
                LabClient c = new LabClient(ClientSpec.of(host("[::1]"), server.localEndpoint().port()),
                        events::add)) {
            c.connect();
            assertEquals("[::1]:" + server.localEndpoint().port(), c.remoteEndpoint().toString());
            assertEquals("::1", c.localEndpoint().host());
            c.readToEof();
            assertEquals("Hello world!\n", new String(received(), StandardCharsets.US_ASCII));
            assertEquals("socket(AF_INET6, SOCK_STREAM)", events.stream()
                    .filter(ClientEvent.SocketOpened.class::isInstance).findFirst().orElseThrow().describe());
        }
    }

    @Test
    void localhostIsLookedUpWithTheSystemResolver() throws Exception {
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.HELLO), e -> { });
                LabClient c = new LabClient(ClientSpec.of(host("localhost"), server.localEndpoint().port()),
                        events::add)) {
            assertFalse(host("localhost").isLiteral());
            c.connect();
            ClientEvent.Resolved resolved = (ClientEvent.Resolved) events.getFirst();
            assertTrue(resolved.addresses().contains(InetAddress.getByName("127.0.0.1")), resolved.toString());
            assertTrue(resolved.describe().startsWith("resolved localhost to "), resolved.describe());
            assertEquals(server.localEndpoint(), c.remoteEndpoint());
        }
    }

    @Test
    void eachAddressIsTriedInTurnUntilOneAccepts() throws Exception {
        InetAddress nobody = InetAddress.getByName("127.0.0.3");
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.HELLO), e -> { });
                LabClient c = new LabClient(ClientSpec.of(host("lab.example"), server.localEndpoint().port()),
                        events::add, name -> new InetAddress[] {nobody, loopback})) {
            c.connect();
            assertEquals(server.localEndpoint(), c.remoteEndpoint());
            assertEquals("connect failed: connection refused: nothing is listening on that port",
                    events.stream().filter(ClientEvent.Failed.class::isInstance).findFirst().orElseThrow()
                            .describe());
            assertEquals(2, events.stream().filter(ClientEvent.SocketOpened.class::isInstance).count());
        }
    }

    @Test
    void aClosedPortIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (LabClient c = new LabClient(ClientSpec.of(host("127.0.0.1"), port), events::add)) {
            ClientFailure f = assertThrows(ClientFailure.class, c::connect);
            assertEquals(ClientStep.CONNECT, f.step());
            assertEquals("connection refused: nothing is listening on that port", f.getMessage());
            assertNull(c.localEndpoint());
            assertFalse(c.isConnected());
        }
    }

    @Test
    void anUnknownNameIsSaidInPlainWords() {
        LabClient c = new LabClient(ClientSpec.of(host("no-such-host.lab.test"), 80), events::add, name -> {
            throw new UnknownHostException(name + ": Name or service not known");
        });
        ClientFailure f = assertThrows(ClientFailure.class, c::connect);
        assertEquals(ClientStep.RESOLVE, f.step());
        assertEquals("unknown host no-such-host.lab.test: DNS has no address for that name", f.getMessage());
        assertEquals(List.of(ClientStep.RESOLVE), steps());
    }

    @Test
    void aLookupThatHangsTimesOut() {
        LabClient c = new LabClient(ClientSpec.of(host("slow.lab.test"), 80).withTimeout(Duration.ofMillis(200)),
                events::add, name -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new UnknownHostException(name);
                });
        ClientFailure f = assertThrows(ClientFailure.class, c::connect);
        assertEquals("timed out: looking up slow.lab.test took longer than 200 ms", f.getMessage());
    }

    @Test
    void aSilentServerTimesOutTheRead() throws Exception {
        try (RawServer silent = new RawServer(s -> { });
                LabClient c = new LabClient(ClientSpec.of(host("127.0.0.1"), silent.endpoint().port())
                        .withTimeout(Duration.ofMillis(300)), events::add)) {
            c.connect();
            ClientFailure f = assertThrows(ClientFailure.class, c::readToEof);
            assertEquals(ClientStep.READ, f.step());
            assertEquals("timed out: nothing arrived within 300 ms and the server did not close", f.getMessage());
            assertEquals("read failed: " + f.getMessage(), events.getLast().describe());
        }
    }

    @Test
    void aServerThatSendsAndThenFallsSilentTimesOutWithWhatArrived() throws Exception {
        try (RawServer raw = new RawServer(s -> s.getOutputStream().write("partial".getBytes(
                StandardCharsets.US_ASCII)));
                LabClient c = new LabClient(ClientSpec.of(host("127.0.0.1"), raw.endpoint().port())
                        .withTimeout(Duration.ofMillis(300)), events::add)) {
            c.connect();
            ClientFailure f = assertThrows(ClientFailure.class, c::readToEof);
            assertEquals("timed out: 7 bytes arrived, then nothing for 300 ms, and the server did not close",
                    f.getMessage());
            assertEquals("partial", new String(received(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aServerThatClosesAtOnceIsClosedBeforeAnyData() throws Exception {
        try (RawServer raw = new RawServer(Socket::close); LabClient c = client(raw.endpoint())) {
            c.connect();
            ClientFailure f = assertThrows(ClientFailure.class, c::readToEof);
            assertEquals("closed before any data: the server sent nothing", f.getMessage());
            assertTrue(c.sawEndOfStream());
        }
    }

    @Test
    void aServerThatClosesInsteadOfReplyingEndsLineMode() throws Exception {
        try (RawServer raw = new RawServer(s -> {
            // Reads the whole line first: closing with unread bytes would send a reset instead of EOF.
            InputStream in = s.getInputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                // skip to the end of the line
            }
            s.close();
        }); LabClient c = client(raw.endpoint())) {
            c.connect();
            ClientFailure f = assertThrows(ClientFailure.class, () -> c.sendLine("anyone there?"));
            assertEquals("the server closed the connection without replying", f.getMessage());
        }
    }

    @Test
    void aResetIsResetByThePeer() throws Exception {
        try (RawServer raw = new RawServer(s -> {
            s.getInputStream().read(); // the client is surely connected once its byte is here
            s.setSoLinger(true, 0); // close with RST instead of FIN
            s.close();
        }); LabClient c = client(raw.endpoint())) {
            c.connect();
            c.send(new byte[] {'x'});
            raw.awaitAccepted(1);
            raw.awaitClosed();
            ClientFailure f = assertThrows(ClientFailure.class, c::readToEof);
            assertEquals("connection reset by the peer", f.getMessage());
        }
    }

    @Test
    void closeFromAnotherThreadEndsAReadWithoutCallingItAFailure() throws Exception {
        try (RawServer silent = new RawServer(s -> { })) {
            LabClient c = client(silent.endpoint());
            c.connect();
            CompletableFuture<ClientFailure> reading = CompletableFuture.supplyAsync(() -> {
                try {
                    c.readToEof();
                    return null;
                } catch (ClientFailure f) {
                    return f;
                }
            });
            silent.awaitAccepted(1);
            c.close(); // before or during the read: either way the read ends at once

            ClientFailure f = reading.get(30, TimeUnit.SECONDS);
            assertEquals("closed by this client", f.getMessage());
            assertTrue(events.stream().noneMatch(ClientEvent.Failed.class::isInstance), events.toString());
            assertInstanceOf(ClientEvent.Closed.class, events.getLast());
        }
    }

    @Test
    void theConnectionIsListedForTheLabUntilClosed() throws Exception {
        ClientSessions sessions = new ClientSessions();
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { })) {
            LabClient c = client(server.localEndpoint());
            int n = sessions.track(c, ClientMode.LINE);
            assertEquals(List.of(), sessions.labConnections(), "not listed before it is connected");
            c.connect();
            c.sendLine("abc");
            var listed = sessions.labConnections();
            assertEquals(1, listed.size());
            var lc = listed.getFirst();
            assertEquals("client-" + n, lc.key());
            assertEquals("client #" + n + " (line mode)", lc.owner());
            assertEquals(c.localEndpoint(), lc.local());
            assertEquals(server.localEndpoint(), lc.remote());
            assertEquals("connected", lc.state());
            assertEquals(4, lc.bytesIn());
            assertEquals(4, lc.bytesOut());
            assertNotEquals(null, lc.opened());
            assertEquals(n + 1, sessions.track(client(server.localEndpoint()), ClientMode.EOF), "numbered in turn");
            c.close();
            assertEquals(List.of(), sessions.labConnections());
        }
    }
}
