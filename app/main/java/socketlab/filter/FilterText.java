package socketlab.filter;

import java.util.HexFormat;
import socketlab.decode.Field;
import socketlab.decode.Frame;
import socketlab.decode.Layer;

/**
 * The filter that picks out a field's value or a layer, as Wireshark's "Apply as Filter" writes it:
 * {@code tcp.dstport == 12345}, {@code ip.src == 127.0.0.1}, {@code tcp.flags.syn == 1}, {@code tcp}.
 */
public final class FilterText {
    /** Longer byte values are matched by their presence only: a filter line a screen wide helps nobody. */
    private static final int MAX_BYTES = 64;

    private FilterText() {
    }

    /** The filter for the field with this frame's value. */
    public static String of(Frame frame, Field f) {
        String name = f.name();
        return switch (f.def().format()) {
            case FLAG -> name + " == " + (f.isSet() ? 1 : 0);
            case DECIMAL, NAMED -> name + " == " + f.number();
            case HEX, NAMED_HEX -> name + " == 0x" + Long.toHexString(f.number());
            case IPV4, IPV6, MAC -> name + " == " + f.value();
            case EPOCH -> name + " == " + f.value();
            case TEXT -> name + " == " + quoted(String.valueOf(f.value()));
            case BYTES -> {
                int len = f.byteLength();
                if (f.generated() || len == 0 || len > MAX_BYTES || f.byteOffset() + len > frame.data().length) {
                    yield name;
                }
                yield name + " == " + HexFormat.ofDelimiter(":").formatHex(frame.data(), f.byteOffset(),
                        f.byteOffset() + len);
            }
        };
    }

    /** The filter for a layer: its protocol's name. */
    public static String of(Layer layer) {
        return switch (layer.name()) {
            case Layer.PAYLOAD -> "data";
            default -> layer.name();
        };
    }

    /** A string literal with the escapes the filter language reads. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"', '\\' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
