package socketlab.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses IPv6 text (RFC 4291 section 2.2) into its 16 bytes, and says precisely what is wrong when it cannot:
 * a character that is not a hex digit, a group of more than 4 digits, :: twice, too many or too few groups, or an
 * invalid IPv4 part at the end. Never asks DNS.
 */
public final class Ipv6Parser {
    private static final int GROUPS = 8;
    private static final int MAX_GROUP_DIGITS = 4;

    private Ipv6Parser() {
    }

    /** Parses {@code text}, which has no brackets and may end with a zone such as {@code %eth0}. */
    public static Parsed<Ipv6Literal> parse(String text) {
        String t = text;
        String zone = "";
        int percent = t.indexOf('%');
        if (percent >= 0) {
            zone = t.substring(percent + 1);
            t = t.substring(0, percent);
            if (zone.isEmpty()) {
                return Parsed.invalid("\"" + text + "\" ends with % but names no zone: write an interface after"
                        + " it, like fe80::1%eth0, or leave the % out");
            }
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isHexDigit(c) && c != ':' && c != '.') {
                return Parsed.invalid("\"" + text + "\" has " + describe(c) + ", which is not a hex digit: an IPv6"
                        + " address is hex groups (0-9, a-f) separated by colons, like 2001:db8::1");
            }
        }
        if (t.contains(":::")) {
            return Parsed.invalid("\"" + text + "\" has three colons in a row: groups are separated by one colon,"
                    + " and :: (two) stands for a run of zero groups");
        }
        int firstGap = t.indexOf("::");
        if (firstGap != t.lastIndexOf("::")) {
            return Parsed.invalid("\"" + text + "\" uses :: twice; it may stand for one run of zero groups only");
        }
        if (t.startsWith(":") && firstGap != 0) {
            return Parsed.invalid("\"" + text + "\" starts with a single colon: only :: may begin an address");
        }
        if (t.endsWith(":") && (firstGap < 0 || firstGap != t.length() - 2)) {
            return Parsed.invalid("\"" + text + "\" ends with a single colon: only :: may end an address");
        }
        boolean gap = firstGap >= 0;
        List<String> head = groups(gap ? t.substring(0, firstGap) : t);
        List<String> tail = gap ? groups(t.substring(firstGap + 2)) : List.of();
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);

        byte[] ipv4 = null;
        for (int i = 0; i < all.size(); i++) {
            String g = all.get(i);
            if (g.contains(".")) {
                if (i != all.size() - 1 || (gap && tail.isEmpty())) {
                    return Parsed.invalid("\"" + text + "\" has the IPv4 part \"" + g + "\" before its end: a dotted"
                            + " quad may only come last, in place of the last two groups");
                }
                Parsed<InetAddress> v4 = Addresses.parseIpv4(g);
                if (!v4.isOk()) {
                    return Parsed.invalid("the IPv4 part \"" + g + "\" at the end of \"" + text + "\" is not valid: "
                            + v4.error());
                }
                ipv4 = v4.value().getAddress();
            } else if (g.length() > MAX_GROUP_DIGITS) {
                return Parsed.invalid("group \"" + g + "\" of \"" + text + "\" has " + g.length() + " hex digits;"
                        + " a group is 16 bits, at most 4 hex digits");
            }
        }
        int count = all.size() + (ipv4 == null ? 0 : 1); // a dotted quad stands for two groups
        String counted = ipv4 == null ? "" : " (counting the IPv4 part as 2)";
        if (count > GROUPS) {
            return Parsed.invalid("\"" + text + "\" has " + count + " groups" + counted + "; an IPv6 address has 8"
                    + " groups of 16 bits");
        }
        if (!gap && count < GROUPS) {
            return Parsed.invalid("\"" + text + "\" has " + count + " group" + (count == 1 ? "" : "s") + counted
                    + "; an IPv6 address has 8, or :: in place of a run of zero groups");
        }
        if (gap && count == GROUPS) {
            return Parsed.invalid("\"" + text + "\" has 8 groups" + counted + " and ::, but :: stands for at least"
                    + " one zero group: with :: write at most 7 groups");
        }

        int[] values = new int[GROUPS];
        int hexHead = head.size() - (ipv4 != null && tail.isEmpty() ? 1 : 0);
        for (int i = 0; i < hexHead; i++) {
            values[i] = Integer.parseInt(head.get(i), 16);
        }
        int hexTail = tail.size() - (ipv4 != null && !tail.isEmpty() ? 1 : 0);
        int tailStart = GROUPS - hexTail - (ipv4 == null ? 0 : 2);
        for (int i = 0; i < hexTail; i++) {
            values[tailStart + i] = Integer.parseInt(tail.get(i), 16);
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < GROUPS; i++) {
            bytes[2 * i] = (byte) (values[i] >>> 8);
            bytes[2 * i + 1] = (byte) values[i];
        }
        if (ipv4 != null) {
            System.arraycopy(ipv4, 0, bytes, 12, 4);
        }
        return Parsed.ok(new Ipv6Literal(bytes, zone));
    }

    /** The groups of a colon-separated run; the empty text has none. */
    private static List<String> groups(String run) {
        return run.isEmpty() ? List.of() : List.of(run.split(":", -1));
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String describe(char c) {
        return switch (c) {
            case ' ' -> "a space";
            case '\t' -> "a tab";
            default -> "\"" + c + "\"";
        };
    }
}
