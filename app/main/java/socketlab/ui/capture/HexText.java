package socketlab.ui.capture;

/** How the bytes pane writes bytes: two lower-case hex digits, printable ASCII or a dot, four-digit hex offsets. */
final class HexText {
    /** Bytes per row, widest first: sixteen as Wireshark and {@code xxd} show them, fewer where the pane is narrow. */
    static final int[] ROWS = {16, 8, 4};
    /** The widest row. */
    static final int ROW = ROWS[0];
    /** Bytes per group: a wide row shows two groups of eight with a gap between. */
    static final int GROUP = 8;

    private static final String[] HEX = new String[256];
    private static final String[] ASCII = new String[256];

    static {
        for (int i = 0; i < 256; i++) {
            HEX[i] = String.format("%02x", i);
            ASCII[i] = i >= 0x20 && i < 0x7f ? String.valueOf((char) i) : ".";
        }
    }

    private HexText() {
    }

    static String hex(byte b) {
        return HEX[b & 0xff];
    }

    static String ascii(byte b) {
        return ASCII[b & 0xff];
    }

    /** Whether the ASCII column shows this byte as itself rather than as a dot. */
    static boolean printable(byte b) {
        int v = b & 0xff;
        return v >= 0x20 && v < 0x7f;
    }

    /** The offset column: four hex digits, more for frames beyond 64 KiB. */
    static String offset(int offset) {
        return String.format(offset > 0xffff ? "%06x" : "%04x", offset);
    }

    /** Whether a gap goes before byte {@code i} of a row of {@code perRow}: between groups, never at a row's end. */
    static boolean gapBefore(int i, int perRow) {
        return i > 0 && i % GROUP == 0 && i < perRow;
    }

    /** One row of {@code perRow} bytes as a text line, {@code 0000  45 00 ...  E.}, the way the pane lays it out. */
    static String line(byte[] data, int row, int perRow) {
        int start = row * perRow;
        StringBuilder hex = new StringBuilder(3 * perRow + 1);
        StringBuilder ascii = new StringBuilder(perRow);
        for (int i = 0; i < perRow; i++) {
            int at = start + i;
            if (gapBefore(i, perRow)) {
                hex.append(' ');
            }
            if (at < data.length) {
                hex.append(hex(data[at])).append(' ');
                ascii.append(ascii(data[at]));
            } else {
                hex.append("   ");
            }
        }
        return offset(start) + "  " + hex + " " + ascii;
    }
}
