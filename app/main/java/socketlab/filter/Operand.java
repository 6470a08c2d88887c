package socketlab.filter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import socketlab.decode.Field;
import socketlab.decode.FieldDef;
import socketlab.decode.Frame;
import socketlab.decode.Layer;

/**
 * A field or protocol named in a filter, and how to read its values from a frame: every occurrence, in frame order,
 * so a test can ask whether any (or all) of them match. An either-side field reads both of its fields; a protocol
 * reads the bytes of each of its layers; {@code & mask} is applied to each value.
 */
final class Operand {
    final String name;
    final ValueKind kind;
    /** The table entry of a field; {@code null} for a protocol. */
    final FieldDef def;
    private final String[] fields;
    private final boolean protocol;
    private final String prefix;
    long mask = -1;
    boolean masked;

    private Operand(String name, ValueKind kind, FieldDef def, List<String> fields, boolean protocol) {
        this.name = name;
        this.kind = kind;
        this.def = def;
        this.fields = fields.toArray(String[]::new);
        this.protocol = protocol;
        this.prefix = name + ".";
    }

    static Operand field(String name, FieldDef def, List<String> fields) {
        return new Operand(name, ValueKind.of(def.format()), def, fields, false);
    }

    static Operand protocol(String name) {
        return new Operand(name, ValueKind.PROTOCOL, null, List.of(), true);
    }

    /** Whether the frame has the field or protocol at all (and, with a mask, a value with a masked bit set). */
    boolean present(Frame f) {
        if (masked) {
            return any(f, v -> (Long) v != 0);
        }
        if (protocol) {
            return !layers(f).isEmpty();
        }
        for (Layer l : f.layers()) {
            for (Field x : l.fields()) {
                if (isMine(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any value of the frame's occurrences passes the test. */
    boolean any(Frame f, Predicate<Object> test) {
        if (protocol) {
            for (Layer l : layers(f)) {
                if (test.test(bytes(f, l))) {
                    return true;
                }
            }
            return false;
        }
        for (Layer l : f.layers()) {
            for (Field x : l.fields()) {
                if (isMine(x) && test.test(value(f, x))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the frame has the field and every value passes the test. */
    boolean all(Frame f, Predicate<Object> test) {
        boolean seen = false;
        if (protocol) {
            for (Layer l : layers(f)) {
                seen = true;
                if (!test.test(bytes(f, l))) {
                    return false;
                }
            }
            return seen;
        }
        for (Layer l : f.layers()) {
            for (Field x : l.fields()) {
                if (isMine(x)) {
                    seen = true;
                    if (!test.test(value(f, x))) {
                        return false;
                    }
                }
            }
        }
        return seen;
    }

    private boolean isMine(Field x) {
        String n = x.name();
        for (String want : fields) {
            if (n == want || n.equals(want)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A protocol's layers: those of that name ({@code tcp}, {@code ip}) or, when the frame has none, those that hold
     * fields of the protocol ({@code data} is the payload layer holding {@code data.data}).
     */
    private List<Layer> layers(Frame f) {
        List<Layer> named = new ArrayList<>(2);
        for (Layer l : f.layers()) {
            if (l.name().equals(name)) {
                named.add(l);
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        for (Layer l : f.layers()) {
            if (!l.isMalformed()) {
                for (Field x : l.fields()) {
                    if (x.name().startsWith(prefix)) {
                        named.add(l);
                        break;
                    }
                }
            }
        }
        return named;
    }

    private Object value(Frame f, Field x) {
        Object v = switch (kind) {
            case INTEGER, IPV4, MAC, TIME -> kind == ValueKind.IPV4 ? x.number() & 0xffff_ffffL : x.number();
            case BOOLEAN -> x.number() != 0 ? 1L : 0L;
            case STRING -> String.valueOf(x.value());
            case IPV6 -> ipv6(f, x);
            case BYTES, PROTOCOL -> x.generated() ? new byte[0]
                    : Arrays.copyOfRange(f.data(), x.byteOffset(), Math.min(f.data().length,
                            x.byteOffset() + x.byteLength()));
        };
        if (masked) {
            return (Long) v & mask;
        }
        return v;
    }

    private static byte[] ipv6(Frame f, Field x) {
        if (x.bitLength() == 128 && x.bitOffset() % 8 == 0 && x.byteOffset() + 16 <= f.data().length) {
            return Arrays.copyOfRange(f.data(), x.byteOffset(), x.byteOffset() + 16);
        }
        byte[] b = Literals.ipv6Bytes(String.valueOf(x.value()));
        return b == null ? new byte[16] : b;
    }

    /** The bytes a protocol spans, as Wireshark's protocol values: from its header to the end of its packet. */
    private static byte[] bytes(Frame f, Layer l) {
        int end = f.data().length;
        if (!l.name().equals(Layer.FRAME)) {
            for (Layer other : f.layers()) {
                if (other.offset() > l.offset() && other.name().equals("padding")) {
                    end = Math.min(end, other.offset());
                }
            }
        }
        int from = Math.min(l.name().equals(Layer.FRAME) ? 0 : l.offset(), end);
        return Arrays.copyOfRange(f.data(), from, end);
    }

    /** A byte value as text for {@code matches}: one character per byte, as a regular expression reads bytes. */
    static String latin1(Object v) {
        return v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : (String) v;
    }
}
