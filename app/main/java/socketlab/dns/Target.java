package socketlab.dns;

import java.net.IDN;
import java.net.InetAddress;
import java.util.Locale;
import org.xbill.DNS.Name;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.TextParseException;
import socketlab.net.Addresses;
import socketlab.net.Parsed;

/**
 * What the user asks DNS about: a host name, or an IP address (whose name a reverse lookup finds). Parsed from typed
 * text by {@link #parse}, which explains precisely why a name is not a valid one.
 */
public sealed interface Target {
    /** The longest name in text form, without its final dot: 255 bytes on the wire. */
    int MAX_NAME = 253;
    /** The longest label, the part between two dots: its length must fit in 6 bits. */
    int MAX_LABEL = 63;

    /** A domain name, always absolute (ending in the root, "."). */
    record HostName(Name name) implements Target {
        @Override
        public Name queryName() {
            return name;
        }

        @Override
        public String toString() {
            return name.toString();
        }
    }

    /** An IPv4 or IPv6 address. */
    record Address(InetAddress address) implements Target {
        /** The name under in-addr.arpa or ip6.arpa that holds the address's PTR record. */
        @Override
        public Name queryName() {
            return ReverseMap.fromAddress(address);
        }

        @Override
        public String toString() {
            return Addresses.toText(address);
        }
    }

    /** The name a query asks about: the name itself, or an address's reverse name. */
    Name queryName();

    /**
     * Parses a host name ({@code www.example.com}, with or without the final dot, international names allowed) or an
     * address literal ({@code 171.64.64.64}, {@code 2001:db8::1}). Text made only of digits and dots is taken as an
     * IPv4 address, so {@code 500.304.259.1} is refused for its parts above 255 rather than looked up as a name.
     */
    static Parsed<Target> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.invalid("type a name like web.stanford.edu or an address like 171.64.64.64");
        }
        if (t.matches("[0-9.]+") && !t.equals(".") || t.contains(":") || t.startsWith("[")) {
            return Addresses.parseLiteral(t).map(Address::new);
        }
        return parseName(t).map(HostName::new);
    }

    /** Parses a host name only, with a plain-words reason when it is not one. */
    static Parsed<Name> parseName(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.invalid("type a name like web.stanford.edu");
        }
        if (t.equals(".")) {
            return Parsed.ok(Name.root);
        }
        if (t.chars().anyMatch(Character::isWhitespace)) {
            return Parsed.invalid("a name cannot contain spaces");
        }
        String ascii = t;
        if (!t.chars().allMatch(c -> c < 0x80)) {
            try {
                // International names travel as ASCII ("xn--" labels), as browsers send them.
                ascii = IDN.toASCII(t, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                return Parsed.invalid("\"" + t + "\" is not a valid international name");
            }
        }
        String body = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (body.startsWith(".") || body.contains("..") || body.isEmpty()) {
            return Parsed.invalid("\"" + t + "\" has two dots in a row or starts with a dot: every label (the part"
                    + " between dots) needs at least one character");
        }
        if (body.length() > MAX_NAME) {
            return Parsed.invalid("the name has " + body.length() + " characters; a name may have at most "
                    + MAX_NAME);
        }
        for (String label : body.split("\\.")) {
            String problem = labelProblem(label);
            if (problem != null) {
                return Parsed.invalid(problem);
            }
        }
        try {
            return Parsed.ok(Name.fromString(body.toLowerCase(Locale.ROOT), Name.root));
        } catch (TextParseException e) {
            return Parsed.invalid("\"" + t + "\" is not a valid name: " + e.getMessage());
        }
    }

    private static String labelProblem(String label) {
        if (label.length() > MAX_LABEL) {
            return "the label \"" + label.substring(0, 12) + "…\" has " + label.length()
                    + " characters; a label (the part between dots) may have at most " + MAX_LABEL;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
                    || c == '_';
            if (!ok) {
                return "\"" + c + "\" cannot be part of a host name: names use letters, digits, hyphens and dots"
                        + " (and underscores in service names such as _sip._tcp)";
            }
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            return "the label \"" + label + "\" " + (label.startsWith("-") ? "starts" : "ends")
                    + " with a hyphen; a host name's labels may not";
        }
        return null;
    }
}
