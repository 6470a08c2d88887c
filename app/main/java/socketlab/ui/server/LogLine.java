package socketlab.ui.server;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import socketlab.server.ServerEvent;

/**
 * One line of a server's live log.
 *
 * @param time the local time, HH:mm:ss.SSS
 * @param text what happened, in the server's words
 * @param tone how the line is coloured
 */
public record LogLine(String time, String text, Tone tone) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** The kinds of line, each with its colour in the style sheet. */
    public enum Tone {
        LIFECYCLE, ACCEPT, WAIT, PERMIT, DATA, CLOSE, ERROR, SKIPPED;

        public String styleClass() {
            return "log-" + name().toLowerCase(Locale.ROOT);
        }
    }

    public static LogLine of(ServerEvent e) {
        Tone tone = switch (e) {
            case ServerEvent.Listening l -> Tone.LIFECYCLE;
            case ServerEvent.Stopped s -> Tone.LIFECYCLE;
            case ServerEvent.Accepted a -> Tone.ACCEPT;
            case ServerEvent.WaitingForPermit w -> Tone.WAIT;
            case ServerEvent.PermitTaken p -> Tone.PERMIT;
            case ServerEvent.PermitReleased p -> Tone.PERMIT;
            case ServerEvent.BytesRead r -> Tone.DATA;
            case ServerEvent.BytesWritten w -> Tone.DATA;
            case ServerEvent.HttpRequestRead r -> Tone.DATA;
            case ServerEvent.HttpResponseWritten w -> Tone.DATA;
            case ServerEvent.Closed c -> Tone.CLOSE;
            case ServerEvent.Failed f -> Tone.ERROR;
            case ServerEvent.Notice n -> Tone.WAIT;
        };
        return new LogLine(TIME.format(e.time()), e.describe(), tone);
    }

    /** Stands for events that came faster than the window shows them. */
    public static LogLine skipped(long count, Instant when) {
        return new LogLine(TIME.format(when), "… " + ConnectionRow.count(count) + (count == 1 ? " line" : " lines")
                + " skipped: events came faster than the window can show them", Tone.SKIPPED);
    }

    @Override
    public String toString() {
        return time + "  " + text;
    }
}
