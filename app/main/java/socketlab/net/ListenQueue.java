package socketlab.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * How many connections the kernel has completed for a listening socket that the server has not accepted yet: the
 * listen backlog in use. Linux shows it as the receive-queue column of a LISTEN row in /proc/net/tcp and tcp6;
 * other systems give no such number, so the result is empty there.
 */
public final class ListenQueue {
    private static final String LISTEN_STATE = "0A";
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

    private ListenQueue() {
    }

    /** The accept queue length of the socket listening on {@code port}, or empty when it cannot be read. */
    public static OptionalInt length(int port) {
        String hexPort = String.format(":%04X", port);
        boolean anyTable = false;
        for (Path table : TABLES) {
            List<String> lines;
            try {
                lines = Files.readAllLines(table);
            } catch (IOException | SecurityException e) {
                continue;
            }
            anyTable = true;
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).trim().split("\\s+");
                // sl local_address rem_address st tx_queue:rx_queue ...
                if (f.length > 4 && f[3].equals(LISTEN_STATE) && f[1].endsWith(hexPort)) {
                    String rx = f[4].substring(f[4].indexOf(':') + 1);
                    return OptionalInt.of(Integer.parseInt(rx, 16));
                }
            }
        }
        return anyTable ? OptionalInt.of(0) : OptionalInt.empty();
    }
}
