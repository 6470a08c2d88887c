package socketlab.net;

import java.util.HexFormat;
import java.util.Locale;

/**
 * Network byte order (big-endian) and what {@code htons}/{@code htonl} do on a little-endian host such as x86 or
 * ARM in its usual mode: they swap the bytes, so that the number's bytes lie in memory most significant first.
 */
public final class NetworkOrder {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private NetworkOrder() {
    }

    /** {@code htons(value)} on a little-endian host: the two bytes of a 16-bit number swapped. */
    public static int htons(int value) {
        return Short.toUnsignedInt(Short.reverseBytes((short) value));
    }

    /** {@code htonl(value)} on a little-endian host: the four bytes of a 32-bit number reversed. */
    public static long htonl(long value) {
        return Integer.toUnsignedLong(Integer.reverseBytes((int) value));
    }

    /** The bytes of {@code value} in network order (most significant first), {@code size} bytes long. */
    public static byte[] bigEndian(long value, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (value >>> (8 * (size - 1 - i)));
        }
        return b;
    }

    /** The bytes of {@code value} as a little-endian host stores a number (least significant first). */
    public static byte[] littleEndian(long value, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        return b;
    }

    /** The number whose network-order (big-endian) bytes are {@code bytes}. */
    public static long fromBigEndian(byte[] bytes) {
        long v = 0;
        for (byte b : bytes) {
            v = (v << 8) | (b & 0xff);
        }
        return v;
    }

    /** The number a little-endian host reads from {@code bytes} in memory: the last byte is the most significant. */
    public static long fromLittleEndian(byte[] bytes) {
        long v = 0;
        for (int i = bytes.length - 1; i >= 0; i--) {
            v = (v << 8) | (bytes[i] & 0xff);
        }
        return v;
    }

    /** Bytes as lower-case hex pairs separated by spaces: {@code c6 23 1a 60}. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** One byte as two lower-case hex digits. */
    public static String hex(byte b) {
        return HexFormat.of().toHexDigits(b);
    }

    /** One byte as eight binary digits, most significant bit first: {@code 11000110}. */
    public static String binary(byte b) {
        String bits = Integer.toBinaryString(b & 0xff);
        return "0".repeat(8 - bits.length()) + bits;
    }

    /** A number as C prints it with {@code %#0Nx} in upper case: {@code 0xC6231A60}, {@code 0x0050}. */
    public static String hexNumber(long value, int bytes) {
        String digits = Long.toHexString(value).toUpperCase(Locale.ROOT);
        return "0x" + "0".repeat(Math.max(0, 2 * bytes - digits.length())) + digits;
    }
}
