package socketlab.client;

import java.util.HexFormat;

/** Bytes shown to a person: as text with the invisible bytes made visible, and as hex. */
public final class ByteText {
    private static final HexFormat HEX = HexFormat.of();

    private ByteText() {
    }

    /**
     * The bytes as text: printable ASCII as is, the usual control bytes as C escapes ({@code \r \n \t \0}), a
     * backslash doubled, and every other byte as {@code \xNN}, so that no byte is hidden or ambiguous.
     */
    public static String escaped(byte[] bytes) {
        return escaped(bytes, bytes.length);
    }

    /** Like {@link #escaped(byte[])} for the first {@code max} bytes, then "…" when there are more. */
    public static String escaped(byte[] bytes, int max) {
        int n = Math.min(max, bytes.length);
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            switch (b) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0 -> sb.append("\\0");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (b >= 0x20 && b < 0x7f) {
                        sb.append((char) b);
                    } else {
                        sb.append("\\x").append(HEX.toHexDigits((byte) b));
                    }
                }
            }
        }
        if (n < bytes.length) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** The first {@code max} bytes in hex, separated by spaces ({@code 48 65 6c 6c 6f}), then "…" if cut. */
    public static String hex(byte[] bytes, int max) {
        int n = Math.min(max, bytes.length);
        StringBuilder sb = new StringBuilder(n * 3 + 1);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(HEX.toHexDigits(bytes[i]));
        }
        if (n < bytes.length) {
            sb.append(" …");
        }
        return sb.toString();
    }

    /**
     * A dump like {@code hexdump -C}: per line the offset, 16 bytes in hex in two groups of 8, and the same bytes
     * as characters, with "." for a byte that is not printable ASCII.
     */
    public static String dump(byte[] bytes) {
        return dump(bytes, 16);
    }

    /** Like {@link #dump(byte[])} with {@code width} bytes per line, e.g. 8 where room is short. */
    public static String dump(byte[] bytes, int width) {
        StringBuilder sb = new StringBuilder((bytes.length / width + 1) * (width * 4 + 14));
        for (int off = 0; off < bytes.length; off += width) {
            sb.append(String.format("%08x  ", off));
            StringBuilder chars = new StringBuilder(width);
            for (int i = 0; i < width; i++) {
                if (i == 8) {
                    sb.append(' ');
                }
                if (off + i < bytes.length) {
                    int b = bytes[off + i] & 0xff;
                    sb.append(HEX.toHexDigits((byte) b)).append(' ');
                    chars.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                } else {
                    sb.append("   ");
                }
            }
            sb.append(" |").append(chars).append("|\n");
        }
        return sb.toString();
    }
}
