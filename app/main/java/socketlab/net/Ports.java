package socketlab.net;

import java.util.Map;

/** TCP port numbers: parsing user text, and the names of the well-known ports the lectures use. */
public final class Ports {
    /** The largest port: ports are 16-bit numbers. */
    public static final int MAX = 65_535;

    private static final Map<Integer, String> WELL_KNOWN = Map.ofEntries(
            Map.entry(7, "echo"), Map.entry(13, "daytime"), Map.entry(20, "ftp-data"), Map.entry(21, "ftp"),
            Map.entry(22, "ssh"), Map.entry(23, "telnet"), Map.entry(25, "smtp"), Map.entry(37, "time"),
            Map.entry(53, "domain (DNS)"), Map.entry(80, "http"), Map.entry(110, "pop3"), Map.entry(123, "ntp"),
            Map.entry(143, "imap"), Map.entry(443, "https"), Map.entry(587, "submission"),
            Map.entry(993, "imaps"), Map.entry(995, "pop3s"), Map.entry(3306, "mysql"),
            Map.entry(5432, "postgresql"), Map.entry(6379, "redis"), Map.entry(8080, "http-alt"));

    private Ports() {
    }

    /** Parses a port; 0 means "let the kernel choose". */
    public static Parsed<Integer> parse(String text) {
        return Numbers.parseInRange(text, "port", 0, MAX);
    }

    /** The service name of a well-known port, or an empty string. */
    public static String wellKnownName(int port) {
        return WELL_KNOWN.getOrDefault(port, "");
    }

    /** Ports below 1024 are privileged: binding them needs administrator rights on Unix. */
    public static boolean isPrivileged(int port) {
        return port > 0 && port < 1024;
    }
}
