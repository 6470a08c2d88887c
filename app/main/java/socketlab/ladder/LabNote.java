package socketlab.ladder;

import java.time.Instant;
import java.util.Objects;
import socketlab.net.SocketPair;

/**
 * One socket call a lab server or client made, kept to annotate the ladder diagram of its connection.
 *
 * @param time the wall-clock time it happened, on the same clock as capture time stamps
 * @param pair the connection, client first
 * @param side which end made the call
 * @param text the call in a few words: {@code server read() 6 bytes}
 */
public record LabNote(Instant time, SocketPair pair, Side side, String text) {

    /** The end of the connection that made the call. */
    public enum Side { CLIENT, SERVER }

    public LabNote {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(text, "text");
    }

    /** The time in microseconds since the epoch, as capture time stamps count. */
    public long epochMicros() {
        return time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000;
    }
}
