package socketlab.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads the kernel's TCP socket table from {@code /proc/net/tcp} and {@code /proc/net/tcp6}, the files
 * {@code ss -tan} and {@code netstat -tan} read on Linux. Other systems have no such files; there the result says
 * so.
 */
public final class TcpTable {
    /** The IPv4 table. */
    public static final Path TCP4 = Path.of("/proc/net/tcp");
    /** The IPv6 table; it also lists IPv4 connections of dual-stack sockets, as IPv4-mapped addresses. */
    public static final Path TCP6 = Path.of("/proc/net/tcp6");

    private static final InetAddress ANY4 = Addresses.parseLiteral("0.0.0.0").value();

    private TcpTable() {
    }

    /** True when this system has the table: Linux. */
    public static boolean available() {
        return Files.exists(TCP4);
    }

    /** The machine's TCP sockets now. */
    public static MachineSockets read() {
        return read(TCP4, TCP6);
    }

    /**
     * The sockets listed in {@code ipv4} and {@code ipv6}. A missing IPv6 table (IPv6 turned off) is no error; a
     * missing IPv4 table means the system is not Linux.
     */
    public static MachineSockets read(Path ipv4, Path ipv6) {
        if (!Files.exists(ipv4)) {
            return new MachineSockets.Unavailable("the whole-machine table is Linux only: it reads the kernel's "
                    + ipv4 + ", which " + System.getProperty("os.name", "this system") + " does not have");
        }
        List<TcpSocket> all = new ArrayList<>();
        try {
            all.addAll(parse(Files.readAllLines(ipv4)));
            if (Files.exists(ipv6)) {
                all.addAll(parse(Files.readAllLines(ipv6)));
            }
        } catch (NoSuchFileException e) {
            // IPv6 was turned off between the check and the read: the IPv4 table stands.
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return new MachineSockets.Unavailable("could not read the kernel's TCP table: " + e.getMessage());
        }
        return new MachineSockets.Listed(all);
    }

    /** Parses the lines of one table file; the header line and any line that does not parse are skipped. */
    public static List<TcpSocket> parse(List<String> lines) {
        List<TcpSocket> sockets = new ArrayList<>(lines.size());
        for (String line : lines) {
            parseLine(line).ifPresent(sockets::add);
        }
        return sockets;
    }

    /**
     * Parses one row: {@code sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout
     * inode ...}. Addresses are 32-bit words in hex in the machine's byte order (so 127.0.0.1 reads
     * {@code 0100007F} on little-endian machines), ports are plain hex.
     */
    public static Optional<TcpSocket> parseLine(String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 10 || !f[0].endsWith(":")) {
            return Optional.empty();
        }
        Endpoint local = ListenQueue.parseEndpoint(f[1]);
        Endpoint remote = ListenQueue.parseEndpoint(f[2]);
        int colon = f[4].indexOf(':');
        if (local == null || remote == null || colon < 0) {
            return Optional.empty();
        }
        if (local.address() instanceof Inet4Address && remote.address() instanceof Inet6Address
                && remote.address().isAnyLocalAddress()) {
            // A dual-stack socket listening on an IPv4-mapped address has "::" as its peer; shown as IPv4, so is it.
            remote = new Endpoint(ANY4, remote.port());
        }
        try {
            Optional<TcpState> state = TcpState.ofCode(HexFormat.fromHexDigits(f[3]));
            if (state.isEmpty()) {
                return Optional.empty();
            }
            long tx = Long.parseLong(f[4], 0, colon, 16);
            long rx = Long.parseLong(f[4], colon + 1, f[4].length(), 16);
            return Optional.of(new TcpSocket(local, remote, state.get(), tx, rx, Integer.parseInt(f[7]),
                    Long.parseLong(f[9])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
