package socketlab.decode;

/**
 * The dotted-quad text of IPv4 addresses, remembered: a capture names the same few addresses over and over, so the
 * one-line summary copies a remembered text instead of writing four numbers for each address of each frame.
 */
final class Ipv4Texts {
    private static final int SLOTS = 256;
    /** Each slot holds the last address that hashed to it; entries are immutable, so threads may share the table. */
    private static final Entry[] CACHE = new Entry[SLOTS];

    private record Entry(int address, String text) {
    }

    private Ipv4Texts() {
    }

    /** The text of the four bytes at {@code off}, such as {@code 127.0.0.1}. */
    static String of(byte[] d, int off) {
        int address = ((d[off] & 0xff) << 24) | ((d[off + 1] & 0xff) << 16) | ((d[off + 2] & 0xff) << 8)
                | (d[off + 3] & 0xff);
        int slot = (address * 0x9E3779B1) >>> 24;
        Entry e = CACHE[slot];
        if (e == null || e.address() != address) {
            e = new Entry(address, AddressText.ipv4(d, off));
            CACHE[slot] = e;
        }
        return e.text();
    }
}
