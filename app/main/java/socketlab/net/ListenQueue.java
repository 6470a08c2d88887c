package socketlab.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

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

    /**
     * The accept queue length of the socket listening on {@code port}, whatever its address, or empty when it cannot
     * be read. When several sockets listen on the port (127.0.0.1 and ::1, say), the first one found counts.
     */
    public static OptionalInt length(int port) {
        return find(local -> local.port() == port);
    }

    /**
     * The accept queue length of the socket listening on exactly {@code local}, or empty when it cannot be read.
     * Two lab servers may listen on one port number at different addresses; this tells their queues apart.
     */
    public static OptionalInt length(Endpoint local) {
        return find(local::equals);
    }

    private static OptionalInt find(Predicate<Endpoint> listening) {
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
                if (f.length > 4 && f[3].equals(LISTEN_STATE)) {
                    Endpoint local = parseEndpoint(f[1]);
                    if (local != null && listening.test(local)) {
                        // For a listening socket the kernel reports its accept queue in the rx_queue column.
                        String rx = f[4].substring(f[4].indexOf(':') + 1);
                        return OptionalInt.of(Integer.parseInt(rx, 16));
                    }
                }
            }
        }
        return anyTable ? OptionalInt.of(0) : OptionalInt.empty();
    }

    /**
     * Reads {@code 0100007F:1F90}: the address as 32-bit words printed in hex in the machine's own byte order
     * (so 127.0.0.1 reads backwards on x86), then the port in plain hex. Null for a row that does not parse.
     */
    static Endpoint parseEndpoint(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || colon % 8 != 0 || (colon != 8 && colon != 32)) {
            return null;
        }
        try {
            ByteBuffer bytes = ByteBuffer.allocate(colon / 2).order(ByteOrder.nativeOrder());
            for (int w = 0; w < colon; w += 8) {
                bytes.putInt(HexFormat.fromHexDigits(text, w, w + 8));
            }
            // An IPv4-mapped IPv6 address comes back as the IPv4 address, as Java's sockets report it.
            InetAddress address = InetAddress.getByAddress(bytes.array());
            return new Endpoint(address, HexFormat.fromHexDigits(text, colon + 1, text.length()));
        } catch (IllegalArgumentException | UnknownHostException e) {
            return null;
        }
    }
}
