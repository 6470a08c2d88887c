package socketlab.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import socketlab.net.Addresses;
import socketlab.net.Parsed;

/**
 * The hosts file ({@code /etc/hosts}; on Windows {@code drivers\etc\hosts}), which getaddrinfo and getnameinfo read
 * before asking DNS: lines of an address followed by its names. A missing or unreadable file has no entries.
 */
public final class HostsFile {
    private final Path path;
    private final Map<String, List<InetAddress>> byName = new LinkedHashMap<>();
    private final Map<InetAddress, String> byAddress = new LinkedHashMap<>();

    private HostsFile(Path path, List<String> lines) {
        this.path = path;
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String[] fields = (hash >= 0 ? raw.substring(0, hash) : raw).strip().split("\\s+");
            if (fields.length < 2) {
                continue;
            }
            Optional<InetAddress> address = literal(fields[0]);
            if (address.isEmpty()) {
                continue; // a malformed line is skipped, as the C library does
            }
            for (int i = 1; i < fields.length; i++) {
                List<InetAddress> list = byName.computeIfAbsent(key(fields[i]), k -> new ArrayList<>());
                if (!list.contains(address.get())) {
                    list.add(address.get());
                }
            }
            byAddress.putIfAbsent(address.get(), fields[1]); // the first name is the canonical one
        }
    }

    /** The machine's own hosts file. */
    public static HostsFile system() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path path = os.startsWith("windows")
                ? Path.of(System.getenv().getOrDefault("SystemRoot", "C:\\Windows"), "System32", "drivers", "etc",
                        "hosts")
                : Path.of("/etc/hosts");
        return read(path);
    }

    /** Reads {@code path}; a file that cannot be read counts as empty. */
    public static HostsFile read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            lines = List.of();
        }
        return new HostsFile(path, lines);
    }

    public Path path() {
        return path;
    }

    /** Every address listed for {@code name} (any letter case, with or without the final dot), in file order. */
    public List<InetAddress> addresses(String name) {
        return List.copyOf(byName.getOrDefault(key(name), List.of()));
    }

    /** The first name listed for {@code address}, as getnameinfo reports it. */
    public Optional<String> nameOf(InetAddress address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    private static String key(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static Optional<InetAddress> literal(String text) {
        if (!text.matches("[0-9.]+|[0-9A-Fa-f:.%a-zA-Z0-9]*:[0-9A-Fa-f:.%a-zA-Z0-9]*")) {
            return Optional.empty();
        }
        Parsed<InetAddress> p = Addresses.parseLiteral(text);
        return p.isOk() ? Optional.of(p.value()) : Optional.empty();
    }
}
