package socketlab.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * The Internet checksum (RFC 1071) over headers and pseudo-headers, and the verdict fields that go with it:
 * "good", "bad" or "unverified", with a note that explains a bad checksum on a packet this machine sent.
 */
final class Checksums {
    static final String GOOD = "good";
    static final String BAD = "bad";
    static final String UNVERIFIED = "unverified";

    static final String OFFLOAD_NOTE = "This machine sent the packet, so a bad value is most likely checksum offload:"
            + " the network card fills in the checksum after the capture has copied the packet (on loopback nothing"
            + " ever fills it in, since nothing can corrupt it there). The receiver sees the correct value.";

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private Checksums() {
    }

    /** The one's-complement sum of {@code len} bytes from {@code off}, added to {@code sum} (not yet folded). */
    static long add(byte[] d, int off, int len, long sum) {
        int end = off + len;
        int i = off;
        // Summing 32-bit words and folding later gives the same one's-complement sum as 16-bit words (2^16 = 1
        // modulo 0xffff), with half the steps.
        for (; i + 3 < end; i += 4) {
            sum += (int) INT.get(d, i) & 0xffff_ffffL;
        }
        for (; i + 1 < end; i += 2) {
            sum += ((d[i] & 0xff) << 8) | (d[i + 1] & 0xff);
        }
        if (i < end) {
            sum += (d[i] & 0xff) << 8;
        }
        return sum;
    }

    static int fold(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) sum;
    }

    /** The sum of the IPv4 or IPv6 pseudo-header for an upper-layer packet of {@code length} bytes. */
    static long pseudoHeader(Dissection d, int protocol, int length) {
        int addrLen = d.ipVersion == 6 ? 16 : 4;
        long sum = add(d.data, d.srcOffset, addrLen, 0);
        sum = add(d.data, d.dstOffset, addrLen, sum);
        return sum + protocol + (length & 0xffff) + (length >>> 16);
    }

    /**
     * The value the checksum field should hold: the complement of the sum of the covered bytes with the field itself
     * taken as zero.
     */
    static int expected(byte[] d, int off, int len, int fieldOffset, long initial) {
        long sum = add(d, off, len, initial);
        int stored = ((d[fieldOffset] & 0xff) << 8) | (d[fieldOffset + 1] & 0xff);
        sum += (~stored) & 0xffff; // cancels the stored value, as if the field were zero
        return (~fold(sum)) & 0xffff;
    }

    /**
     * Adds the status field after a checksum field.
     *
     * @param covered whether every byte the checksum covers was captured
     */
    static void verdict(LayerBuilder b, Dissection d, FieldDef status, boolean covered, int stored, int expected) {
        if (!b.eager()) {
            return;
        }
        if (!covered) {
            b.generated(status, UNVERIFIED);
            b.note("The capture kept only part of the packet (snap length), so the checksum cannot be checked.");
            return;
        }
        if (stored == expected || (expected == 0 && stored == 0xffff) || (expected == 0xffff && stored == 0)) {
            // In one's complement 0x0000 and 0xffff are both zero: either spelling is correct.
            b.generated(status, GOOD);
            return;
        }
        b.generated(status, BAD);
        String should = String.format(Locale.ROOT, "The correct value would be 0x%04x.", expected);
        b.note(d.sentHere() ? should + " " + OFFLOAD_NOTE : should
                + " The packet was damaged on the way, or the sender's network card computed it wrongly.");
    }

    /**
     * Verifies the checksum of a message that covers {@code length} bytes from {@code start} (its field at
     * {@code start + fieldOffset}) plus a pseudo-header sum, and adds the status field. A fragment's checksum covers
     * all the fragments, so it stays unverified.
     */
    static void verify(LayerBuilder b, Dissection d, FieldDef status, int start, int length, int fieldOffset,
            long stored, long pseudoHeader) {
        if (!b.eager()) {
            return; // the verdict is only a field
        }
        if (d.fragment) {
            b.generated(status, UNVERIFIED);
            return;
        }
        boolean covered = start + length <= d.data.length;
        int expected = covered ? expected(d.data, start, length, start + fieldOffset, pseudoHeader) : 0;
        verdict(b, d, status, covered, (int) stored, expected);
    }
}
