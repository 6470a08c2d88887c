package socketlab.ui.capture;

import java.util.Locale;

/** A hex dump as Wireshark's "Follow stream" writes it: offset, sixteen bytes in two groups of eight, ASCII. */
final class HexDump {
    private HexDump() {
    }

    /**
     * The lines for {@code bytes}, numbered from {@code offset} (the position in that direction's stream), each
     * starting with {@code indent}; every line ends with a newline.
     */
    static String of(byte[] bytes, long offset, String indent) {
        StringBuilder s = new StringBuilder(bytes.length * 5);
        for (int line = 0; line < bytes.length; line += 16) {
            s.append(indent).append(String.format(Locale.ROOT, "%08X  ", offset + line));
            StringBuilder ascii = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                if (i == 8) {
                    s.append(' ');
                }
                if (line + i < bytes.length) {
                    int b = bytes[line + i] & 0xff;
                    s.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16)).append(' ');
                    ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                } else {
                    s.append("   ");
                }
            }
            s.append(' ').append(ascii).append('\n');
        }
        return s.toString();
    }
}
