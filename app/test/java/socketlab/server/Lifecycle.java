package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The order a connection's events must come in, written as a pattern over one letter per event: accepted, perhaps a
 * wait and a permit, bytes (or errors), one close, and the permit back right after it if one was taken.
 */
final class Lifecycle {
    private static final Pattern PLAIN = Pattern.compile("A[BF]*C");
    private static final Pattern SEMAPHORE = Pattern.compile("AW?(T[BF]*CP|C)");

    private Lifecycle() {
    }

    static void assertOrdered(EventRecorder events, long connectionId, Mode mode) {
        List<ServerEvent> about = events.about(connectionId);
        StringBuilder letters = new StringBuilder();
        for (ServerEvent e : about) {
            letters.append(switch (e) {
                case ServerEvent.Accepted a -> 'A';
                case ServerEvent.WaitingForPermit w -> 'W';
                case ServerEvent.PermitTaken t -> 'T';
                case ServerEvent.BytesRead r -> 'B';
                case ServerEvent.BytesWritten w -> 'B';
                case ServerEvent.HttpRequestRead r -> 'B';
                case ServerEvent.HttpResponseWritten w -> 'B';
                case ServerEvent.Failed f -> 'F';
                case ServerEvent.Closed c -> 'C';
                case ServerEvent.PermitReleased r -> 'P';
                case ServerEvent.Listening l -> 'L';
                case ServerEvent.Stopped s -> 'S';
                case ServerEvent.Notice n -> 'N';
            });
        }
        Pattern expected = mode == Mode.SEMAPHORE ? SEMAPHORE : PLAIN;
        assertTrue(expected.matcher(letters).matches(),
                "#" + connectionId + "'s events " + letters + " do not follow " + expected + ": " + about);
    }
}
