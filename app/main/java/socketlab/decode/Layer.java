package socketlab.decode;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One protocol layer of a frame ({@code eth}, {@code ip}, {@code tcp}, the payload, or the malformed remainder): the
 * bytes it covers and its fields in the order they appear. The fields of a frame's layers are made the first time
 * any of them is asked for (see {@link Frame}), so a layer that is only summarised costs a few numbers.
 */
public final class Layer {
    /** The name of the layer that reports a truncated or inconsistent frame. */
    public static final String MALFORMED = "_ws.malformed";
    /** The name of the layer that holds the bytes no protocol decoded. */
    public static final String PAYLOAD = "payload";
    /** The name of the pseudo-layer that describes the frame as a whole. */
    public static final String FRAME = "frame";

    private final String name;
    private final int offset;
    private final int length;
    /** The first byte this layer's dissector could read: the captured end, or the end the outer header declares. */
    private final int limit;
    /** The fields, or {@code null} until the frame makes them; written once, under the frame's lock. */
    private volatile Field[] fields;
    private List<Field> fieldList;
    private Frame frame;

    Layer(String name, int offset, int length, int limit, Field[] fields) {
        this.name = name;
        this.offset = offset;
        this.length = length;
        this.limit = limit;
        this.fields = fields;
    }

    /** Called once by the frame that holds this layer. */
    void attach(Frame owner) {
        this.frame = owner;
    }

    boolean hasFields() {
        return fields != null;
    }

    void fill(Field[] made) {
        fields = made;
    }

    Field[] all() {
        Field[] f = fields;
        if (f == null) {
            frame.makeFields();
            f = fields;
        }
        return f;
    }

    // Reads at layer offsets, bounded as the dissector's were: a field the dissector read at a fixed place is there
    // exactly when these find its bytes, and has the value they return. The one-line summary uses them instead of
    // the fields.

    /** Whether the dissector could read {@code len} bytes at layer offset {@code off}. */
    boolean has(int off, int len) {
        return off >= 0 && len >= 0 && offset + off + len <= Math.min(limit, frame.data().length);
    }

    int u8(int off, int missing) {
        return has(off, 1) ? frame.data()[offset + off] & 0xff : missing;
    }

    int u16(int off, int missing) {
        if (!has(off, 2)) {
            return missing;
        }
        byte[] d = frame.data();
        return ((d[offset + off] & 0xff) << 8) | (d[offset + off + 1] & 0xff);
    }

    long u32(int off, long missing) {
        return has(off, 4) ? ((long) u16(off, 0) << 16) | u16(off + 2, 0) : missing;
    }

    /** Wireshark's protocol name: eth, sll, null, raw, arp, ip, ipv6, tcp, udp, icmp, icmpv6, or payload. */
    public String name() {
        return name;
    }

    /** The first byte of the layer within the frame. */
    public int offset() {
        return offset;
    }

    /** How many of the frame's bytes the layer covers. */
    public int length() {
        return length;
    }

    /** The fields in the order they appear in the header; parts of a field follow it with a greater depth. */
    public List<Field> fields() {
        if (fieldList == null) {
            fieldList = Collections.unmodifiableList(Arrays.asList(all()));
        }
        return fieldList;
    }

    /** Whether the layer is of that protocol. */
    public boolean is(Protocol p) {
        return name.equals(p.layerName());
    }

    /** What protocol the layer is, or {@code null} for a name the lab does not know. */
    public Protocol protocol() {
        return Protocol.of(name);
    }

    /** The first field of that definition, if this layer has one. */
    public Optional<Field> field(FieldDef def) {
        return Optional.ofNullable(find(def.name()));
    }

    /** The number of the first field of that definition, or {@code missing} when the layer has none. */
    public long number(FieldDef def, long missing) {
        return number(def.name(), missing);
    }

    /** The text of the first field of that definition, or {@code null}. */
    public String text(FieldDef def) {
        return text(def.name());
    }

    /** Whether the first field of that definition is a set flag. */
    public boolean isSet(FieldDef def) {
        return isSet(def.name());
    }

    Field find(FieldDef def) {
        return find(def.name());
    }

    /** Every field of that definition, in wire order (the records of a DNS message). */
    public List<Field> all(FieldDef def) {
        List<Field> out = new java.util.ArrayList<>();
        for (Field f : all()) {
            if (f.def() == def) {
                out.add(f);
            }
        }
        return out;
    }

    /** The first field of that name, if this layer has one. */
    public Optional<Field> field(String fieldName) {
        return Optional.ofNullable(find(fieldName));
    }

    /** The number of the first field of that name, or {@code missing} when the layer has none. */
    public long number(String fieldName, long missing) {
        Field f = find(fieldName);
        return f == null ? missing : f.number();
    }

    /** The text of the first field of that name, or {@code null}. */
    public String text(String fieldName) {
        Field f = find(fieldName);
        return f == null ? null : String.valueOf(f.value());
    }

    /** Whether the first field of that name is a set flag. */
    public boolean isSet(String fieldName) {
        Field f = find(fieldName);
        return f != null && f.isSet();
    }

    Field find(String fieldName) {
        int hash = fieldName.hashCode();
        for (Field f : all()) {
            String n = f.def().name();
            // Names come from the field table's constants, so identity usually decides at once.
            if (n == fieldName || n.hashCode() == hash && n.equals(fieldName)) {
                return f;
            }
        }
        return null;
    }

    /** The heading of the layer in the detail tree, such as {@code Internet Protocol Version 4, Src: ..., Dst: ...}. */
    public String title() {
        return LayerTitles.of(this);
    }

    /** Whether this is the layer that reports a malformed frame. */
    public boolean isMalformed() {
        return MALFORMED.equals(name);
    }

    @Override
    public String toString() {
        return name + "@" + offset + "+" + length;
    }
}
