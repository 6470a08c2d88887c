package socketlab.decode;

import java.util.Arrays;

/**
 * Collects one layer's fields while a dissector walks its header. Every read is bounds-checked against the bytes this
 * layer may use: a field that is not there is not added, the layer is marked cut at that byte, and the read returns
 * -1, so that a dissector can walk a truncated header without special cases and report it at the end.
 * <p>
 * A lazy builder does the same reads and bounds checks but keeps no fields: the layers it builds find their
 * structure (names, offsets, where a frame is malformed) at once and their fields only when someone asks, by decoding
 * the frame again eagerly. Most frames of a large capture are only ever summarised in one line.
 */
final class LayerBuilder {
    private final byte[] data;
    private final int start;
    private final int limit;
    private final boolean eager;
    private Field[] fields;
    private int count;
    private int depth;
    private int cutAt = -1;

    /**
     * @param start the layer's first byte in the frame
     * @param limit the first byte this layer may not read (the captured end, or the end its outer header declares)
     */
    LayerBuilder(byte[] data, int start, int limit, Field[] scratch, boolean eager) {
        this.fields = scratch;
        this.eager = eager;
        this.data = data;
        this.start = start;
        this.limit = Math.min(limit, data.length);
    }

    /** Whether fields are kept; a lazy builder only finds the layer's structure, so text need not be made. */
    boolean eager() {
        return eager;
    }

    byte[] data() {
        return data;
    }

    int start() {
        return start;
    }

    /** How many bytes this layer may read. */
    int available() {
        return Math.max(0, limit - start);
    }

    /** Whether {@code len} bytes from layer offset {@code off} are there. */
    boolean has(int off, int len) {
        return off >= 0 && len >= 0 && start + off + len <= limit;
    }

    /** The frame offset of the first byte a field wanted and did not find, or -1. */
    int cutAt() {
        return cutAt;
    }

    boolean cut() {
        return cutAt >= 0;
    }

    private boolean require(int off, int len) {
        if (has(off, len)) {
            return true;
        }
        if (cutAt < 0) {
            cutAt = Math.max(start + off, Math.min(limit, start + off + len));
            cutAt = Math.min(cutAt, Math.max(start, limit));
        }
        return false;
    }

    /** The following fields are parts of the last one (the flags of a flags field) until {@link #unnest()}. */
    void nest() {
        depth++;
    }

    void unnest() {
        depth--;
    }

    // Raw reads at layer offsets, for values a dissector needs without a field; callers check has() first.
    int u8(int off) {
        return data[start + off] & 0xff;
    }

    int u16(int off) {
        return ((data[start + off] & 0xff) << 8) | (data[start + off + 1] & 0xff);
    }

    long u32(int off) {
        return ((long) u16(off) << 16) | u16(off + 2);
    }

    /**
     * A field of {@code bitLen} bits (at most 32) starting {@code bitShift} bits into the byte at layer offset
     * {@code off}; its value is multiplied by {@code scale} (4 for header lengths counted in words).
     */
    long bits(FieldDef def, int off, int bitShift, int bitLen, int scale) {
        int bytes = (bitShift + bitLen + 7) / 8;
        if (!require(off, bytes)) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            v = (v << 8) | (data[start + off + i] & 0xff);
        }
        v = (v >>> (bytes * 8 - bitShift - bitLen)) & ((1L << bitLen) - 1);
        v *= scale;
        add(def, (start + off) * 8 + bitShift, bitLen, v, null);
        return v;
    }

    long u8(FieldDef def, int off) {
        return bits(def, off, 0, 8, 1);
    }

    long u16(FieldDef def, int off) {
        if (!require(off, 2)) {
            return -1;
        }
        long v = u16(off);
        add(def, (start + off) * 8, 16, v, null);
        return v;
    }

    long u32(FieldDef def, int off) {
        if (!require(off, 4)) {
            return -1;
        }
        long v = u32(off);
        add(def, (start + off) * 8, 32, v, null);
        return v;
    }

    /** A one-bit flag {@code bitShift} bits into the byte at {@code off}; -1 when missing, else 0 or 1. */
    int flag(FieldDef def, int off, int bitShift) {
        return (int) bits(def, off, bitShift, 1, 1);
    }

    /** An IPv4 address field; false when it is not captured. */
    boolean ipv4(FieldDef def, int off) {
        if (!require(off, 4)) {
            return false;
        }
        add(def, (start + off) * 8, 32, u32(off), null);
        return true;
    }

    /** An IPv6 address field; false when it is not captured. */
    boolean ipv6(FieldDef def, int off) {
        if (!require(off, 16)) {
            return false;
        }
        if (eager) {
            add(def, (start + off) * 8, 128, 0, AddressText.ipv6(data, start + off));
        }
        return true;
    }

    /** A MAC address field; false when it is not captured. */
    boolean mac(FieldDef def, int off) {
        if (!require(off, 6)) {
            return false;
        }
        add(def, (start + off) * 8, 48, (long) u16(off) << 32 | u32(off + 2), null);
        return true;
    }

    /** A run of bytes shown by its count (options, payload); only the captured part when it is cut. */
    void bytes(FieldDef def, int off, int len) {
        int have = Math.max(0, Math.min(len, limit - start - off));
        if (have < len) {
            require(off, len);
        }
        if (have > 0) {
            add(def, (start + off) * 8, have * 8, have, null);
        }
    }

    /** A field spanning bytes whose value is text, such as a whole TCP option ("Maximum segment size: 1460"). */
    void span(FieldDef def, int off, int len, long number, String text) {
        int have = Math.max(0, Math.min(len, limit - start - off));
        if (have > 0) {
            add(def, (start + off) * 8, have * 8, number, text);
        }
    }

    /** A text field that may be empty (a zero-length DNS string): an empty one covers no bits but is there. */
    void text(FieldDef def, int off, int len, String text) {
        if (len == 0) {
            if (has(off, 0)) {
                add(def, (start + off) * 8, 0, 0, text);
            }
        } else {
            span(def, off, len, 0, text);
        }
    }

    /** A value the lab computed rather than read. */
    void generated(FieldDef def, long value) {
        add(def, 0, 0, value, null);
    }

    void generated(FieldDef def, String text) {
        add(def, 0, 0, 0, text);
    }

    void generatedFlag(FieldDef def, boolean value) {
        add(def, 0, 0, value ? 1 : 0, null);
    }

    /** Attaches a plain-words note about this packet's value to the last field. */
    void note(String note) {
        if (eager && count > 0) {
            fields[count - 1] = fields[count - 1].withNote(note);
        }
    }

    private void add(FieldDef def, int bitOffset, int bitLength, long number, String text) {
        if (!eager) {
            return;
        }
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = new Field(def, bitOffset, bitLength, depth, number, text, null);
    }

    /** The finished layer, covering {@code length} bytes from its start (clipped to what was captured). */
    Layer build(Protocol p, int length) {
        return build(p.layerName(), length);
    }

    Layer build(String name, int length) {
        int len = Math.max(0, Math.min(length, data.length - start));
        return new Layer(name, start, len, limit, eager ? Arrays.copyOf(fields, count) : null);
    }
}
