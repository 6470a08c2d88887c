package socketlab.ui.capture;

/** How the bytes pane writes bytes: two lower-case hex digits, printable ASCII or a dot, four-digit hex offsets. */
final class HexText {
    /** Bytes per row, as Wireshark and {@code xxd} show them. */
    static final int ROW = 16;

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

    /** One row as a text line, {@code 0000  45 00 ...  E.}, the way the pane lays it out. */
    static String line(byte[] data, int row) {
        int start = row * ROW;
        StringBuilder hex = new StringBuilder(3 * ROW + 1);
        StringBuilder ascii = new StringBuilder(ROW);
        for (int i = 0; i < ROW; i++) {
            int at = start + i;
            if (i == ROW / 2) {
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
