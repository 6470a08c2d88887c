package socketlab.ladder;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import socketlab.capture.CaptureOptions;
import socketlab.capture.CaptureSession;
import socketlab.capture.FrameCollector;
import socketlab.client.ClientSpec;
import socketlab.client.Host;
import socketlab.client.LabClient;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.RawFrame;
import socketlab.net.SocketPair;
import socketlab.server.LabServer;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;

/**
 * A lab echo server on 127.0.0.1 whose traffic is captured live on loopback, and whose socket calls, and those of
 * the lab clients that talk to it, go to a {@link LabEventLog}: real connections to draw ladders of.
 */
public final class LiveConnections implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final LabEventLog log = new LabEventLog();
    private final FrameCollector captured = new FrameCollector();
    private final LabServer server;
    private final CaptureSession capture;

    public LiveConnections() throws Exception {
        server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO).withBindAddress(
                InetAddress.getLoopbackAddress()).withPort(0), log.serverListener());
        try {
            capture = CaptureSession.start(CaptureOptions.on("lo").withFilter("tcp port " + port()), captured);
        } catch (Exception e) {
            server.close();
            throw e;
        }
    }

    public LabEventLog log() {
        return log;
    }

    public int port() {
        return server.localEndpoint().port();
    }

    /**
     * One lab client connects, sends {@code line}, reads the echo and closes; returns its socket pair once the
     * capture holds the whole connection, its last ACK included.
     */
    public SocketPair talk(String line) throws Exception {
        SocketPair pair;
        try (LabClient client = new LabClient(ClientSpec.of(new Host("127.0.0.1", InetAddress.getLoopbackAddress()),
                port()).withTimeout(WAIT), log.clientListener())) {
            client.connect();
            pair = new SocketPair(client.localEndpoint(), client.remoteEndpoint());
            byte[] echo = client.sendLine(line);
            if (!new String(echo, StandardCharsets.UTF_8).equals(line)) {
                throw new AssertionError("the echo server replied " + new String(echo, StandardCharsets.UTF_8));
            }
        }
        awaitClosed(pair);
        return pair;
    }

    /** Every frame captured so far, decoded in order by one decoder, as the capture pane does. */
    public List<Frame> frames() {
        return decode(captured.frames());
    }

    private static List<Frame> decode(List<RawFrame> raw) {
        FrameDecoder decoder = new FrameDecoder();
        List<Frame> frames = new ArrayList<>(raw.size());
        for (RawFrame f : raw) {
            frames.add(decoder.decode(f));
        }
        return frames;
    }

    /** The conversation of that socket pair in the frames captured so far. */
    public TcpConversation conversation(SocketPair pair) {
        return conversation(pair, frames());
    }

    private TcpConversation conversation(SocketPair pair, List<Frame> frames) {
        for (Frame f : frames) {
            OptionalInt stream = TcpConversation.streamOf(f);
            if (stream.isPresent() && f.field("tcp.srcport").orElseThrow().number() == pair.client().port()) {
                return TcpConversation.of(frames, stream.getAsInt(), log).orElseThrow();
            }
        }
        throw new AssertionError("no segment from " + pair.client() + " in " + frames.size() + " frames");
    }

    /** Waits until the client has acknowledged the server's FIN on that connection. */
    private void awaitClosed(SocketPair pair) throws InterruptedException {
        captured.awaitUntil(raw -> closed(pair, decode(raw)), "the end of " + pair);
    }

    private boolean closed(SocketPair pair, List<Frame> frames) {
        try {
            TcpConversation c = conversation(pair, frames);
            List<LadderArrow> a = c.arrows();
            boolean serverFin = false;
            for (LadderArrow x : a) {
                if (!x.fromClient() && x.has("FIN")) {
                    serverFin = true;
                } else if (serverFin && x.fromClient() && x.hasAck()) {
                    return true;
                }
            }
            return false;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        capture.close();
        server.close();
    }
}
