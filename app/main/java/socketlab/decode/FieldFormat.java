package socketlab.decode;

/** How a field's value is written in the detail tree: the JSON type follows from it too. */
public enum FieldFormat {
    /** A whole number in decimal. */
    DECIMAL,
    /** A whole number in hexadecimal, as wide as the field. */
    HEX,
    /** A whole number with its meaning: {@code TCP (6)}. */
    NAMED,
    /** A whole number in hexadecimal with its meaning: {@code IPv4 (0x0800)}. */
    NAMED_HEX,
    /** One bit: set or not set; a JSON boolean. */
    FLAG,
    /** Four bytes in dotted-quad text. */
    IPV4,
    /** Sixteen bytes in RFC 5952 text. */
    IPV6,
    /** Six bytes as {@code aa:bb:cc:dd:ee:ff}. */
    MAC,
    /** A text value, such as a checksum status. */
    TEXT,
    /** A time in microseconds since the epoch, written as seconds with six decimals. */
    EPOCH,
    /** Bytes shown by count only, such as a payload. */
    BYTES;

    /** Whether values of this format are JSON numbers. */
    public boolean isNumber() {
        return this == DECIMAL || this == HEX || this == NAMED || this == NAMED_HEX;
    }
}
