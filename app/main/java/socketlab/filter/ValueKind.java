package socketlab.filter;

import socketlab.decode.FieldFormat;

/** What kind of value a field holds for comparing, as Wireshark types its fields; the names are Wireshark's. */
enum ValueKind {
    INTEGER("Unsigned integer"),
    BOOLEAN("Boolean"),
    IPV4("IPv4 address"),
    IPV6("IPv6 address"),
    MAC("Ethernet or other MAC address"),
    STRING("Character string"),
    TIME("Date and time"),
    BYTES("Byte sequence"),
    PROTOCOL("Protocol");

    final String wiresharkName;

    ValueKind(String wiresharkName) {
        this.wiresharkName = wiresharkName;
    }

    static ValueKind of(FieldFormat format) {
        return switch (format) {
            case DECIMAL, HEX, NAMED, NAMED_HEX -> INTEGER;
            case FLAG -> BOOLEAN;
            case IPV4 -> IPV4;
            case IPV6 -> IPV6;
            case MAC -> MAC;
            case TEXT -> STRING;
            case EPOCH -> TIME;
            case BYTES -> BYTES;
        };
    }

    /** Whether values of this kind are held as numbers (a {@code Long}). */
    boolean numeric() {
        return this == INTEGER || this == BOOLEAN || this == IPV4 || this == MAC || this == TIME;
    }

    /** Whether values of this kind are sequences of bytes, which strings and byte literals both describe. */
    boolean bytes() {
        return this == BYTES || this == PROTOCOL || this == IPV6;
    }

    /** Whether {@code contains} and {@code matches} apply to it. */
    boolean searchable() {
        return this == STRING || this == BYTES || this == PROTOCOL;
    }
}
