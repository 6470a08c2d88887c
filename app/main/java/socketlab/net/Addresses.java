package socketlab.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** IP address literals: strict parsing with plain-words reasons, and canonical text (RFC 5952 for IPv6). */
public final class Addresses {
    private Addresses() {
    }

    /**
     * Parses an IPv4 dotted quad or an IPv6 literal (brackets allowed) without ever asking DNS. The one name
     * accepted is {@code localhost}, which means 127.0.0.1 as in the lectures.
     */
    public static Parsed<InetAddress> parseLiteral(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.invalid("address is empty: type an IPv4 address like 127.0.0.1 or an IPv6 one like ::1");
        }
        if (t.equalsIgnoreCase("localhost")) {
            return Parsed.ok(bytes(new byte[] {127, 0, 0, 1}));
        }
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.contains(":")) {
            return parseIpv6(t);
        }
        return parseIpv4(t);
    }

    /** Parses a dotted quad: exactly four decimal parts, each 0 to 255, because each part is one byte. */
    public static Parsed<InetAddress> parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (!text.matches("[0-9.]+")) {
            return notDigits(text, parts);
        }
        if (parts.length != 4) {
            return Parsed.invalid("an IPv4 address has 4 parts separated by dots; \"" + text + "\" has "
                    + parts.length);
        }
        byte[] b = new byte[4];
        List<String> tooBig = new ArrayList<>();
        String leadingZero = null;
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty()) {
                return Parsed.invalid("part " + (i + 1) + " of \"" + text + "\" is empty");
            }
            // Judge the value, not the digit count: "0001" is 1, not a number over 255.
            String digits = parts[i].replaceFirst("^0+(?=.)", "");
            if (digits.length() > 3 || Integer.parseInt(digits) > 255) {
                tooBig.add(parts[i]);
                continue;
            }
            if (digits.length() < parts[i].length() && leadingZero == null) {
                leadingZero = parts[i];
            }
            b[i] = (byte) Integer.parseInt(digits);
        }
        if (!tooBig.isEmpty()) {
            String list = tooBig.size() == 1 ? tooBig.getFirst()
                    : String.join(", ", tooBig.subList(0, tooBig.size() - 1)) + " and " + tooBig.getLast();
            return Parsed.invalid(list + (tooBig.size() == 1 ? " is" : " are")
                    + " greater than 255 and" + (tooBig.size() == 1 ? " does" : " do") + " not fit in one byte");
        }
        if (leadingZero != null) {
            // inet_aton reads 010 as octal 8 while inet_pton and the JDK refuse it: an ambiguous address.
            return Parsed.invalid("\"" + leadingZero + "\" in \"" + text + "\" has a leading zero, which some"
                    + " programs read as octal: write " + Integer.parseInt(leadingZero));
        }
        return Parsed.ok(bytes(b));
    }

    /**
     * Text with something other than digits and dots. When some part is a number the text is taken for a dotted quad
     * with a mistake in it and the first wrong part is named; otherwise it is not meant as an address at all.
     */
    private static Parsed<InetAddress> notDigits(String text, String[] parts) {
        boolean looksNumeric = false;
        for (String part : parts) {
            looksNumeric |= part.matches("[0-9]+");
        }
        if (looksNumeric) {
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].matches("[0-9]*")) {
                    return Parsed.invalid("part " + (i + 1) + " of \"" + text + "\" is \"" + parts[i] + "\": each"
                            + " part is a decimal number written with the digits 0 to 9 only");
                }
            }
        }
        return Parsed.invalid("\"" + text + "\" is not an IPv4 address: use four numbers separated by dots,"
                + " like 127.0.0.1");
    }

    private static Parsed<InetAddress> parseIpv6(String text) {
        // An IPv4-mapped address, however it is written (::ffff:1.2.3.4, 0:0:0:0:0:FFFF:1.2.3.4), comes back as
        // the IPv4 address it stands for: InetAddress.getByAddress converts it, as the JDK does everywhere.
        return Ipv6Parser.parse(text).map(literal -> bytes(literal.bytes()));
    }

    private static InetAddress bytes(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e); // only thrown for a wrong byte count
        }
    }

    /** The address as text: dotted quad, or IPv6 in RFC 5952 canonical form ({@code ::1}, {@code 2001:db8::1}). */
    public static String toText(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        return Ipv6Forms.canonical(address.getAddress());
    }

    /** True for 0.0.0.0 and ::, which accept connections on every interface of the machine. */
    public static boolean isWildcard(InetAddress address) {
        return address.isAnyLocalAddress();
    }
}
