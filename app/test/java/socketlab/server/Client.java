package socketlab.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import socketlab.net.Endpoint;

/**
 * A plain TCP client for the tests, as a student's {@code nc} would be. Reads wait at most a generous time so a
 * broken server fails the test instead of hanging it.
 */
final class Client implements AutoCloseable {
    static final int PATIENT_MILLIS = 30_000;

    private final Socket socket;

    private Client(Socket socket) {
        this.socket = socket;
    }

    static Client connect(LabServer server) throws IOException {
        return connect(server.localEndpoint());
    }

    static Client connect(Endpoint to) throws IOException {
        Socket s = new Socket();
        try {
            s.connect(to.toSocketAddress(), PATIENT_MILLIS);
            s.setSoTimeout(PATIENT_MILLIS);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        return new Client(s);
    }

    Socket socket() {
        return socket;
    }

    Endpoint localEndpoint() {
        return Endpoint.of(socket.getLocalSocketAddress());
    }

    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** Tells the server nothing more will come (a half close), as {@code shutdown(fd, SHUT_WR)} does. */
    void finishSending() throws IOException {
        socket.shutdownOutput();
    }

    /** Reads exactly {@code n} bytes, or fewer if the server closes first. */
    byte[] readExactly(int n) throws IOException {
        return socket.getInputStream().readNBytes(n);
    }

    /** Reads one line including its newline, or what came before the server closed. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Reads until the server closes the connection. */
    byte[] readToEnd() throws IOException {
        return socket.getInputStream().readAllBytes();
    }

    /**
     * True when the server has closed the connection: read returns end of stream, or the kernel reports a reset
     * (the server closed with unread data, which Linux answers with RST).
     */
    boolean seesServerClose() throws IOException {
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketException e) {
            return e.getMessage() != null && e.getMessage().toLowerCase().contains("reset");
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
