package socketlab.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names of TCP ports from the operating system's services database ({@code /etc/services} on Linux and macOS,
 * {@code drivers\etc\services} on Windows), with the lab's built-in table of common ports where the database is
 * missing or does not name a port.
 */
public final class Services {
    private static final Path UNIX = Path.of("/etc/services");

    private final Map<Integer, String> tcp;
    private final String origin;

    private Services(Map<Integer, String> tcp, String origin) {
        this.tcp = Map.copyOf(tcp);
        this.origin = origin;
    }

    /** The database of this machine, read once; the built-in table alone when there is none. */
    public static Services system() {
        return SystemHolder.SERVICES;
    }

    /** The database at {@code file}, or the built-in table alone when it cannot be read. */
    public static Services read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.ISO_8859_1), file.toString());
        } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
            return builtIn();
        }
    }

    /** Only the built-in table of the ports the lectures use. */
    public static Services builtIn() {
        return new Services(Map.of(), "");
    }

    /**
     * Parses services-file lines: {@code name port/protocol [aliases...] [# comment]}. Only TCP entries count, and
     * the first name given for a port wins, as {@code getservbyport} returns it.
     *
     * @param origin where the lines came from, e.g. "/etc/services"
     */
    public static Services parse(List<String> lines, String origin) {
        Map<Integer, String> names = new HashMap<>();
        for (String line : lines) {
            int hash = line.indexOf('#');
            String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
            if (f.length < 2) {
                continue;
            }
            int slash = f[1].indexOf('/');
            if (slash <= 0 || !f[1].substring(slash + 1).equalsIgnoreCase("tcp")) {
                continue;
            }
            Parsed<Integer> port = Ports.parse(f[1].substring(0, slash));
            if (port.isOk() && f[0].matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
                names.putIfAbsent(port.value(), f[0]);
            }
        }
        return new Services(names, origin);
    }

    /** The service name of a TCP port: the database's, else the built-in table's. */
    public Optional<String> name(int port) {
        String n = tcp.get(port);
        if (n == null) {
            n = Ports.wellKnownName(port);
        }
        return n.isEmpty() ? Optional.empty() : Optional.of(n);
    }

    /** The file the names came from, or an empty string for the built-in table alone. */
    public String origin() {
        return origin;
    }

    /** How many TCP ports the database names (the built-in table not counted). */
    public int size() {
        return tcp.size();
    }

    /** Where this operating system keeps its services database. */
    static Path systemFile() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            String root = System.getenv("SystemRoot");
            return Path.of(root == null ? "C:\\Windows" : root, "System32", "drivers", "etc", "services");
        }
        return UNIX;
    }

    /** Loaded on first use, off whichever thread asks first, then shared. */
    private static final class SystemHolder {
        static final Services SERVICES = read(systemFile());
    }
}
