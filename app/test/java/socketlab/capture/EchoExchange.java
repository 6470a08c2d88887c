package socketlab.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import socketlab.decode.RawFrame;
import socketlab.server.LabServer;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;
import socketlab.server.ServerStartException;

/**
 * One whole connection to a lab echo server on 127.0.0.1, captured on loopback: connect, send a line, read the echo,
 * close, and wait until the capture holds the closing handshake's last ACK.
 */
public final class EchoExchange {
    public static final String LINE = "hello, capture\n";

    public final LabServer server;
    public final int serverPort;
    public int clientPort;

    public EchoExchange(LabServer server) {
        this.server = server;
        this.serverPort = server.localEndpoint().port();
    }

    public static LabServer echoServer() throws ServerStartException {
        return LabServer.start(ServerConfig.defaults(ServerKind.ECHO).withBindAddress(InetAddress.getLoopbackAddress())
                .withPort(0), event -> { });
    }

    /** The filter that captures only this server's traffic. */
    public String filter() {
        return "tcp port " + serverPort;
    }

    /** Talks to the server; returns the echo. */
    public String talk() throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), serverPort)) {
            s.setSoTimeout(30_000);
            clientPort = s.getLocalPort();
            OutputStream out = s.getOutputStream();
            out.write(LINE.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder echo = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                echo.append((char) b);
                if (b == '\n') {
                    break;
                }
            }
            return echo.toString();
        }
    }

    /** Talks to the server and waits until {@code frames} holds the client's ACK of the server's FIN. */
    List<RawFrame> talkAndCapture(FrameCollector frames) throws IOException, InterruptedException {
        talk();
        return frames.awaitUntil(this::closed, "ACK of the server's FIN");
    }

    /** The capture holds the server's FIN and the client's acknowledgement of it. */
    boolean closed(List<RawFrame> frames) {
        Segment serverFin = null;
        for (RawFrame f : frames) {
            Segment s = Segment.of(f);
            if (s.from(serverPort) && s.has(Segment.FIN)) {
                serverFin = s;
            } else if (serverFin != null && s.from(clientPort) && s.has(Segment.ACK)
                    && s.ack() == serverFin.nextSeq()) {
                return true;
            }
        }
        return false;
    }
}
