package socketlab.client;

import java.net.InetAddress;
import java.util.Locale;
import socketlab.net.Addresses;
import socketlab.net.Parsed;

/**
 * The host a client connects to, as typed: an IPv4 or IPv6 literal, which needs no lookup, or a name, which the
 * system resolver turns into addresses (as {@code getaddrinfo} does). Names are checked for shape only; whether
 * DNS knows them is found out when connecting.
 *
 * @param text    the host as typed, without surrounding spaces or IPv6 brackets
 * @param literal the address when the text is a literal, otherwise null (also for {@code localhost}, which the
 *                system resolver looks up like any other name)
 */
public record Host(String text, InetAddress literal) {
    private static final int MAX_NAME = 253;
    private static final int MAX_LABEL = 63;

    /** True when connecting needs no DNS lookup. */
    public boolean isLiteral() {
        return literal != null;
    }

    /**
     * Parses a host: a dotted quad, an IPv6 literal (brackets allowed) or a host name such as
     * {@code web.stanford.edu}; the message says precisely what is wrong otherwise.
     */
    public static Parsed<Host> parse(String input) {
        String t = input == null ? "" : input.strip();
        if (t.isEmpty()) {
            return Parsed.invalid("host is empty: type a name like localhost, or an address like 127.0.0.1 or ::1");
        }
        String bare = t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1) : t;
        if (bare.contains(":") || bare.matches("[0-9.]+")) {
            // Looks like an address, so it is judged as one: 500.304.259.1 is a wrong address, not a name.
            return Addresses.parseLiteral(bare).map(a -> new Host(bare, a));
        }
        return parseName(bare);
    }

    private static Parsed<Host> parseName(String name) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (n.length() > MAX_NAME) {
            return Parsed.invalid("a host name has at most " + MAX_NAME + " characters; this one has " + n.length());
        }
        if (n.isEmpty() || n.startsWith(".") || n.contains("..")) {
            return Parsed.invalid("\"" + name + "\" has an empty part between dots");
        }
        for (String label : n.split("\\.")) {
            if (label.length() > MAX_LABEL) {
                return Parsed.invalid("\"" + label + "\" is longer than " + MAX_LABEL
                        + " characters, the most one part of a name may have");
            }
            if (!label.matches("[A-Za-z0-9_-]+")) {
                String bad = label.replaceAll("[A-Za-z0-9_-]", "");
                return Parsed.invalid("\"" + name + "\" is not a host name: \"" + bad.charAt(0) + "\" is not"
                        + " allowed; use letters, digits, hyphens and dots");
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return Parsed.invalid("\"" + label + "\" starts or ends with a hyphen, which a host name may not");
            }
        }
        return Parsed.ok(new Host(n.toLowerCase(Locale.ROOT), null));
    }

    /** The host as the user would write it again: a name, or the address in canonical form. */
    @Override
    public String toString() {
        return literal == null ? text : Addresses.toText(literal);
    }
}
