package socketlab.decode;

/** Addresses as text the way Wireshark and tcpdump write them: dotted quads, RFC 5952 IPv6, lower-case MACs. */
public final class AddressText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private AddressText() {
    }

    /** Four bytes from {@code off} as {@code 127.0.0.1}. */
    public static String ipv4(byte[] b, int off) {
        StringBuilder s = new StringBuilder(15);
        appendIpv4(s, b, off);
        return s.toString();
    }

    /** An IPv4 address held in the low 32 bits of {@code address}. */
    static String ipv4(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff);
    }

    /** A MAC address held in the low 48 bits of {@code address}. */
    static String mac(long address) {
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (address >>> (40 - 8 * i));
        }
        return mac(b, 0);
    }

    static void appendIpv4(StringBuilder s, byte[] b, int off) {
        s.append(b[off] & 0xff).append('.').append(b[off + 1] & 0xff).append('.').append(b[off + 2] & 0xff)
                .append('.').append(b[off + 3] & 0xff);
    }

    /**
     * Sixteen bytes from {@code off} in RFC 5952 text: lower case, no leading zeros, the longest run of two or more
     * zero groups (the first of equal runs) written {@code ::}; IPv4-mapped addresses end in a dotted quad, as
     * inet_ntop writes them.
     */
    public static String ipv6(byte[] b, int off) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((b[off + 2 * i] & 0xff) << 8) | (b[off + 2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestStart = -1;
        }
        // An IPv4-mapped address (::ffff:a.b.c.d) keeps its dotted quad (RFC 5952 section 5).
        boolean mapped = bestStart == 0 && bestLen == 5 && w[5] == 0xffff;
        StringBuilder s = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (bestStart >= 0 && i >= bestStart && i < bestStart + bestLen) {
                if (i == bestStart) {
                    s.append(':');
                }
                continue;
            }
            if (i != 0) {
                s.append(':');
            }
            if (i == 6 && mapped) {
                appendIpv4(s, b, off + 12);
                return s.toString();
            }
            s.append(Integer.toHexString(w[i]));
        }
        if (bestStart >= 0 && bestStart + bestLen == 8) {
            s.append(':');
        }
        return s.toString();
    }

    /** Six bytes from {@code off} as {@code aa:bb:cc:dd:ee:ff}. */
    public static String mac(byte[] b, int off) {
        char[] c = new char[17];
        for (int i = 0; i < 6; i++) {
            int v = b[off + i] & 0xff;
            c[3 * i] = HEX[v >>> 4];
            c[3 * i + 1] = HEX[v & 15];
            if (i < 5) {
                c[3 * i + 2] = ':';
            }
        }
        return new String(c);
    }
}
