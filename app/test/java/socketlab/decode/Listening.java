package socketlab.decode;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import socketlab.Eventually;

/** Waits for a server that a test started as another program to accept connections. */
final class Listening {
    private Listening() {
    }

    /**
     * Returns once {@code address:port} accepts a connection; fails with the program's log if it exits first or
     * never listens.
     */
    static void await(String program, Process process, Path log, InetAddress address, int port) {
        Eventually.until(() -> program + " to listen on port " + port + ": " + read(log), () -> {
            if (!process.isAlive()) {
                fail(program + " did not start: " + read(log));
            }
            try (Socket s = new Socket(address, port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
