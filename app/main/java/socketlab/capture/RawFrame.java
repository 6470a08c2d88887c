package socketlab.capture;

import java.util.Objects;

/**
 * One captured frame exactly as it came off the wire: the bytes kept (at most the snap length), the frame's length on
 * the wire, when it was captured and how its first header is to be read. It holds no decoding and no library types,
 * so captures can be kept, saved and decoded anywhere in the lab.
 *
 * @param number          1-based position in its capture
 * @param timestampMicros capture time in microseconds since the epoch
 * @param originalLength  the frame's length on the wire; larger than {@code data.length} when the snap length cut it
 * @param data            the captured bytes; owned by the frame, not to be modified
 * @param linkType        the link-layer header type as pcap files number it (LINKTYPE_ values: 1 Ethernet, 113 Linux
 *                        cooked, 276 Linux cooked v2, 0 BSD loopback, 101 raw IP)
 */
public record RawFrame(long number, long timestampMicros, int originalLength, byte[] data, int linkType) {

    public RawFrame {
        Objects.requireNonNull(data, "data");
        // No check that originalLength >= data.length: a damaged file may say otherwise, and its frames must still
        // be representable so that the decoder can show what is wrong with them.
    }

    /** The number of bytes captured. */
    public int capturedLength() {
        return data.length;
    }

    /** True when the snap length cut the frame short. */
    public boolean truncated() {
        return originalLength > data.length;
    }

    @Override
    public String toString() {
        return "RawFrame[#" + number + ", " + data.length + " of " + originalLength + " bytes, link type " + linkType
                + ", at " + timestampMicros + " us]";
    }
}
