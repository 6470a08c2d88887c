package socketlab.filter;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socketlab.filter.Token.Kind;

/** Reads a value written in a filter as the kind of field it is compared with, with Wireshark's messages. */
final class Literals {
    private static final BigInteger MAX_UNSIGNED = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern SECONDS = Pattern.compile("-?\\d+(\\.\\d{1,9})?");

    private Literals() {
    }

    /** The token read as a value of {@code kind} for field {@code field}; {@code names} reads named values. */
    static Constant read(Token t, ValueKind kind, String field, IntFunction<String> names) throws BadFilter {
        String v = t.text();
        if (t.kind() == Kind.CHAR) {
            if (kind == ValueKind.INTEGER || kind == ValueKind.BOOLEAN) {
                return number(kind, v.codePointAt(0));
            }
            return fail(t, "\"" + v + "\" is not a valid " + kind.wiresharkName + ".");
        }
        boolean quoted = t.kind() == Kind.STRING;
        return switch (kind) {
            case INTEGER, BOOLEAN -> integer(t, kind, field, names, quoted);
            case IPV4 -> quoted ? cannotConvert(t, kind) : ipv4(t);
            case IPV6 -> quoted ? cannotConvert(t, kind) : ipv6(t);
            case MAC -> quoted ? cannotConvert(t, kind) : mac(t);
            case STRING -> Constant.of(v);
            case TIME -> time(t);
            case BYTES, PROTOCOL -> Constant.of(quoted ? v.getBytes(StandardCharsets.UTF_8) : bytes(t));
        };
    }

    private static Constant number(ValueKind kind, long n) {
        return Constant.of(kind == ValueKind.BOOLEAN ? (n != 0 ? 1L : 0L) : n);
    }

    private static Constant integer(Token t, ValueKind kind, String field, IntFunction<String> names, boolean quoted)
            throws BadFilter {
        String v = t.text();
        if (kind == ValueKind.BOOLEAN && !quoted) {
            switch (v) {
                case "True", "TRUE" -> {
                    return Constant.of(1L);
                }
                case "False", "FALSE" -> {
                    return Constant.of(0L);
                }
                default -> {
                }
            }
        }
        Long n = quoted ? null : parseInteger(v);
        if (n != null) {
            return number(kind, n);
        }
        if (names != null) {
            for (int i = 0; i <= 0xffff; i++) {
                String name = names.apply(i);
                if (name != null && name.equalsIgnoreCase(v)) {
                    return Constant.of((long) i);
                }
            }
        }
        if (kind == ValueKind.BOOLEAN || names != null) {
            return fail(t, "\"" + v + "\" cannot be found among the possible values for " + field + ".");
        }
        if (quoted) {
            return cannotConvert(t, kind);
        }
        if (tooBig(v)) {
            return fail(t, "\"" + v + "\" is too big: the largest number is " + MAX_UNSIGNED + ".");
        }
        return fail(t, "\"" + v + "\" is not a valid number.");
    }

    /** Decimal, 0x hex, 0b binary or leading-0 octal, with an optional minus sign; {@code null} when not a number. */
    static Long parseInteger(String v) {
        BigInteger b = parseBig(v);
        if (b == null || b.abs().compareTo(MAX_UNSIGNED) > 0) {
            return null;
        }
        return b.longValue(); // unsigned 64-bit values above Long.MAX_VALUE wrap, as no field of the lab is that wide
    }

    private static boolean tooBig(String v) {
        BigInteger b = parseBig(v);
        return b != null && b.abs().compareTo(MAX_UNSIGNED) > 0;
    }

    private static BigInteger parseBig(String v) {
        boolean negative = v.startsWith("-");
        String d = negative ? v.substring(1) : v;
        int radix = 10;
        if (d.startsWith("0x") || d.startsWith("0X")) {
            radix = 16;
            d = d.substring(2);
        } else if (d.startsWith("0b") || d.startsWith("0B")) {
            radix = 2;
            d = d.substring(2);
        } else if (d.length() > 1 && d.startsWith("0")) {
            radix = 8;
            d = d.substring(1);
        }
        if (d.isEmpty() || d.length() > 70) {
            return null;
        }
        for (int i = 0; i < d.length(); i++) {
            if (Character.digit(d.charAt(i), radix) < 0) {
                return null;
            }
        }
        BigInteger b = new BigInteger(d, radix);
        return negative ? b.negate() : b;
    }

    private static Constant cannotConvert(Token t, ValueKind kind) throws BadFilter {
        return fail(t, kind.wiresharkName + " cannot be converted from a string (\"" + t.text() + "\").");
    }

    private static Constant ipv4(Token t) throws BadFilter {
        String v = t.text();
        String[] parts = v.split("/", -1);
        Matcher m = IPV4.matcher(parts[0]);
        if (parts.length > 2 || !m.matches()) {
            return fail(t, "\"" + v + "\" is not a valid hostname or IPv4 address.");
        }
        long a = 0;
        for (int i = 1; i <= 4; i++) {
            String g = m.group(i);
            int octet = Integer.parseInt(g);
            if (octet > 255 || (g.length() > 1 && g.startsWith("0"))) {
                return fail(t, "\"" + v + "\" is not a valid hostname or IPv4 address.");
            }
            a = (a << 8) | octet;
        }
        if (parts.length == 1) {
            return Constant.of(a);
        }
        Long bits = parts[1].matches("\\d{1,9}") ? Long.parseLong(parts[1]) : null;
        if (bits == null) {
            return fail(t, "\"" + v + "\" is not a valid hostname or IPv4 address.");
        }
        if (bits > 32) {
            return fail(t, "Netmask bits in a CIDR IPv4 address should be <= 32, not " + bits);
        }
        return new Constant(a, bits.intValue());
    }

    private static Constant ipv6(Token t) throws BadFilter {
        String v = t.text();
        String[] parts = v.split("/", -1);
        byte[] address = ipv6Bytes(parts[0]);
        if (parts.length > 2 || address == null) {
            return fail(t, "\"" + v + "\" is not a valid hostname or IPv6 address.");
        }
        if (parts.length == 1) {
            return Constant.of(address);
        }
        Long bits = parts[1].matches("\\d{1,9}") ? Long.parseLong(parts[1]) : null;
        if (bits == null) {
            return fail(t, "\"" + v + "\" is not a valid hostname or IPv6 address.");
        }
        if (bits > 128) {
            return fail(t, "Prefix in a CIDR IPv6 address should be <= 128, not " + bits);
        }
        return new Constant(address, bits.intValue());
    }

    /** The sixteen bytes of an IPv6 literal, or {@code null}; no name is ever looked up. */
    static byte[] ipv6Bytes(String text) {
        if (text.indexOf(':') < 0 || !text.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            InetAddress a = InetAddress.ofLiteral(text);
            if (a instanceof Inet6Address) {
                return a.getAddress();
            }
            // an IPv4-mapped literal (::ffff:1.2.3.4) comes back as IPv4: write it as its IPv6 bytes
            byte[] b = new byte[16];
            b[10] = (byte) 0xff;
            b[11] = (byte) 0xff;
            System.arraycopy(a.getAddress(), 0, b, 12, 4);
            return b;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Constant mac(Token t) throws BadFilter {
        String v = t.text();
        byte[] b = hexBytes(v);
        if (b == null) {
            return fail(t, "\"" + v + "\" is not a valid Ethernet address.");
        }
        if (b.length < 6) {
            return fail(t, "\"" + v + "\" contains too few bytes to be a valid Ethernet address.");
        }
        if (b.length > 6) {
            return fail(t, "\"" + v + "\" contains too many bytes to be a valid Ethernet address.");
        }
        long a = 0;
        for (byte x : b) {
            a = (a << 8) | (x & 0xff);
        }
        return Constant.of(a);
    }

    private static byte[] bytes(Token t) throws BadFilter {
        byte[] b = hexBytes(t.text());
        if (b == null) {
            return fail(t, "\"" + t.text() + "\" is not a valid byte string.");
        }
        return b;
    }

    /**
     * Bytes written as hex digits: pairs separated by colons, hyphens or periods ({@code 0a:1b}, {@code aa-bb}), or
     * runs of pairs between periods as Cisco writes MAC addresses ({@code 0000.5e00.5301}); {@code null} otherwise.
     */
    static byte[] hexBytes(String v) {
        if (v.isEmpty() || v.length() > 4096) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String group : v.split("[:.\\-]", -1)) {
            int n = group.length();
            if (n == 0 || (n > 2 && n % 2 != 0)) {
                return null;
            }
            for (int i = 0; i < n; i += (n == 1 ? 1 : 2)) {
                String pair = n == 1 ? group : group.substring(i, i + 2);
                int hi = Character.digit(pair.charAt(0), 16);
                int lo = pair.length() > 1 ? Character.digit(pair.charAt(1), 16) : 0;
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(pair.length() == 1 ? hi : (hi << 4) | lo);
            }
        }
        return out.toByteArray();
    }

    private static final DateTimeFormatter LEGACY = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm:ss", Locale.ROOT);

    /** Seconds since the epoch ({@code 1700000000.5}) or a local date and time, as Wireshark reads absolute times. */
    private static Constant time(Token t) throws BadFilter {
        String v = t.text().trim();
        try {
            if (t.kind() == Kind.WORD && SECONDS.matcher(v).matches() && v.length() < 30) {
                return Constant.of(new java.math.BigDecimal(v).movePointRight(6).setScale(0,
                        java.math.RoundingMode.DOWN).longValueExact());
            }
        } catch (ArithmeticException e) {
            return fail(t, "\"" + v + "\" is too far from today to be a time.");
        }
        String whole = v;
        String fraction = "";
        int dot = v.lastIndexOf('.');
        if (dot > v.lastIndexOf(':') && dot > 0) {
            whole = v.substring(0, dot);
            fraction = v.substring(dot + 1);
        }
        try {
            LocalDateTime at;
            if (whole.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}")) {
                at = LocalDateTime.parse(whole.replace(' ', 'T'));
            } else {
                at = LocalDateTime.parse(whole.replaceAll("\\s+", " "), LEGACY);
            }
            if (!fraction.matches("\\d{0,6}")) {
                throw new DateTimeParseException("fraction", v, dot);
            }
            long micros = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000000").substring(0, 6));
            long seconds = at.atZone(ZoneId.systemDefault()).toEpochSecond();
            return Constant.of(seconds * 1_000_000L + micros);
        } catch (DateTimeParseException | ArithmeticException e) {
            return fail(t, "\"" + v + "\" is not a valid absolute time. Example: \"Nov 12, 1999 08:55:44.123\" or"
                    + " \"2011-07-04 12:34:56\"");
        }
    }

    private static <T> T fail(Token t, String message) throws BadFilter {
        throw new BadFilter(message, t.start(), t.end());
    }
}
