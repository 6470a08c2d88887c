package socketlab.ladder;

import java.util.Locale;

/**
 * One TCP segment of a conversation, drawn as one arrow of the ladder diagram.
 *
 * @param frameNumber    the frame's number in its capture
 * @param relativeMicros microseconds since the conversation's first segment
 * @param fromClient     whether the client sent it (the arrow points from the client's line to the server's)
 * @param flags          the set flags as Wireshark writes them: {@code SYN, ACK}
 * @param seq            the sequence number relative to the sender's initial one
 * @param ack            the acknowledgement number relative to the receiver's initial one; 0 without ACK
 * @param hasAck         whether the ACK flag is set (the acknowledgement number means something)
 * @param rawSeq         the sequence number as sent
 * @param rawAck         the acknowledgement number as sent
 * @param length         the bytes of data it carries
 * @param window         the receive window in bytes (scaled when the handshake was seen)
 * @param phase          handshake, data, close or reset
 */
public record LadderArrow(long frameNumber, long relativeMicros, boolean fromClient, String flags, long seq, long ack,
        boolean hasAck, long rawSeq, long rawAck, int length, long window, Phase phase) {

    /** The label above the arrow: {@code [SYN, ACK] seq=0 ack=1}, with {@code len=} when it carries data. */
    public String label() {
        StringBuilder s = new StringBuilder(40).append('[').append(flags).append("] seq=").append(seq);
        if (hasAck) {
            s.append(" ack=").append(ack);
        }
        if (length > 0) {
            s.append(" len=").append(length);
        }
        return s.toString();
    }

    /** The second line of the label: the window the sender advertises. */
    public String windowText() {
        return "win=" + window;
    }

    /** The time since the first segment in seconds, six decimals as Wireshark's relative time: {@code 0.000142}. */
    public String timeText() {
        return String.format(Locale.ROOT, "%d.%06d", relativeMicros / 1_000_000, relativeMicros % 1_000_000);
    }

    /** Whether it carries any data. */
    public boolean carriesData() {
        return length > 0;
    }

    boolean has(String flag) {
        for (String f : flags.split(", ")) {
            if (f.equals(flag)) {
                return true;
            }
        }
        return false;
    }
}
