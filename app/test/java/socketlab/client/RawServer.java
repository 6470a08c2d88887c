package socketlab.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import socketlab.Eventually;
import socketlab.net.Endpoint;

/** A plain ServerSocket on loopback whose behaviour a test chooses; holds every socket until closed. */
final class RawServer implements AutoCloseable {
    /** What the server does with each accepted socket. */
    interface Action {
        void accept(Socket s) throws IOException;
    }

    private final ServerSocket listener;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread thread;

    RawServer(Action action) throws IOException {
        // room in the accept queue for a burst's connections while the accepting thread catches up
        listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        thread = Thread.ofPlatform().daemon(true).name("raw-test-server").start(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket s = listener.accept();
                    held.add(s);
                    action.accept(s);
                } catch (IOException e) {
                    // the listener closed at the end of the test, or a client vanished
                }
            }
        });
    }

    Endpoint endpoint() {
        return Endpoint.of(listener.getLocalSocketAddress());
    }

    void awaitAccepted(int n) {
        Eventually.until(() -> n + " accepted, now " + held.size(), () -> held.size() >= n);
    }

    void awaitClosed() {
        Eventually.until("every accepted socket closed", () -> held.stream().allMatch(Socket::isClosed));
    }

    @Override
    public void close() throws Exception {
        listener.close();
        thread.join(10_000);
        for (Socket s : held) {
            s.close();
        }
    }
}
