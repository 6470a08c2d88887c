package socketlab.decode;

import java.util.Objects;

/**
 * A captured frame as it came from the wire or a file, before decoding: the compact form that is kept for many
 * packets, decoded again when someone looks at it.
 *
 * @param number         1-based position in the capture
 * @param epochMicros    capture time in microseconds since the epoch
 * @param originalLength length of the frame on the wire, which the capture may have cut short
 * @param linkType       the link-layer header the data starts with
 * @param data           the captured bytes (not copied: do not change them)
 */
public record RawFrame(long number, long epochMicros, int originalLength, LinkType linkType, byte[] data) {
    public RawFrame {
        Objects.requireNonNull(linkType, "linkType");
        Objects.requireNonNull(data, "data");
    }

    /** How many bytes were captured. */
    public int capturedLength() {
        return data.length;
    }

    /** True when the snap length cut the frame short. */
    public boolean truncated() {
        return originalLength > data.length;
    }

    @Override
    public String toString() {
        return "RawFrame[#" + number + ", " + data.length + " of " + originalLength + " bytes, " + linkType.dltName()
                + ", at " + epochMicros + " us]";
    }
}
