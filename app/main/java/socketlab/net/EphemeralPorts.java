package socketlab.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The range the kernel picks a port from when a socket connects without binding one first (or binds port 0): the
 * ephemeral ports. Linux says it in {@code /proc/sys/net/ipv4/ip_local_port_range}; macOS and Windows use the IANA
 * dynamic range 49152–65535 unless an administrator changed it.
 */
public record EphemeralPorts(int low, int high) {
    /** Linux's default when the file cannot be read. */
    public static final EphemeralPorts LINUX_DEFAULT = new EphemeralPorts(32_768, 60_999);
    /** The IANA dynamic range, the default of macOS and Windows. */
    public static final EphemeralPorts IANA = new EphemeralPorts(49_152, 65_535);
    private static final Path LINUX_FILE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    public EphemeralPorts {
        if (low < 1 || high > Ports.MAX || low > high) {
            throw new IllegalArgumentException("not a port range: " + low + "–" + high);
        }
    }

    /** This machine's range, read once. */
    public static EphemeralPorts system() {
        return SystemHolder.RANGE;
    }

    /** The range in {@code file} (two numbers, as Linux writes them), or {@code fallback} when unreadable. */
    public static EphemeralPorts read(Path file, EphemeralPorts fallback) {
        try {
            return parse(Files.readString(file), fallback);
        } catch (IOException | SecurityException e) {
            return fallback;
        }
    }

    /** Parses "32768\t60999"; {@code fallback} for anything else. */
    public static EphemeralPorts parse(String text, EphemeralPorts fallback) {
        String[] f = text.strip().split("\\s+");
        if (f.length != 2) {
            return fallback;
        }
        Parsed<Integer> low = Ports.parse(f[0]);
        Parsed<Integer> high = Ports.parse(f[1]);
        if (!low.isOk() || !high.isOk() || low.value() < 1 || low.value() > high.value()) {
            return fallback;
        }
        return new EphemeralPorts(low.value(), high.value());
    }

    public boolean contains(int port) {
        return port >= low && port <= high;
    }

    @Override
    public String toString() {
        return low + "–" + high;
    }

    private static final class SystemHolder {
        static final EphemeralPorts RANGE = Files.exists(LINUX_FILE) ? read(LINUX_FILE, LINUX_DEFAULT) : IANA;
    }
}
