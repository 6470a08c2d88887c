package socketlab.filter;

import java.util.Arrays;

/**
 * A value written in a filter, read as the kind of the field it is compared with: a {@code Long} for numbers,
 * booleans, IPv4 and MAC addresses and times; a {@code byte[]} for IPv6 addresses and byte strings; a
 * {@code String} for text. {@code prefix} is the CIDR length of an address block, or -1.
 */
record Constant(Object value, int prefix) {

    static Constant of(Object value) {
        return new Constant(value, -1);
    }

    /**
     * Compares a field's value with this constant: negative, zero or positive, or {@link #NOT_COMPARABLE} when no
     * field value can be compared with it (a negative number against an unsigned field, which Wireshark never
     * matches). An address block is equal to every address inside it.
     */
    int compareFrom(Object field) {
        if (value instanceof Long c) {
            long f = (Long) field;
            if (c < 0) {
                return NOT_COMPARABLE;
            }
            if (prefix >= 0) {
                long mask = prefix == 0 ? 0 : (0xffff_ffffL << (32 - prefix)) & 0xffff_ffffL;
                return Long.compare(f & mask, c & mask);
            }
            return Long.compare(f, c);
        }
        if (value instanceof byte[] c) {
            byte[] f = (byte[]) field;
            if (prefix >= 0) {
                return comparePrefix(f, c, prefix);
            }
            return compareBytes(f, c);
        }
        return ((String) field).compareTo((String) value);
    }

    static final int NOT_COMPARABLE = Integer.MIN_VALUE;

    /** Byte strings order as in Wireshark: the shorter first, then byte by byte. */
    static int compareBytes(byte[] a, byte[] b) {
        return a.length != b.length ? Integer.compare(a.length, b.length) : Arrays.compareUnsigned(a, b);
    }

    private static int comparePrefix(byte[] f, byte[] c, int bits) {
        for (int i = 0; i < Math.min(f.length, c.length) && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            int d = Integer.compare(f[i] & mask, c[i] & mask);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Constant k && prefix == k.prefix && Arrays.deepEquals(new Object[] {value},
                new Object[] {k.value});
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {value}) * 31 + prefix;
    }

    @Override
    public String toString() {
        return value instanceof byte[] b ? Arrays.toString(b) : value + (prefix >= 0 ? "/" + prefix : "");
    }
}
