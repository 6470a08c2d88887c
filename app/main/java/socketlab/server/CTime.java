package socketlab.server;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats a time as C's {@code asctime} and the C locale's {@code %c} do: {@code Sat Nov 21 22:18:54 2026}, the
 * day of the month padded with a space. Always UTC: a C server would call the thread-safe {@code gmtime_r}, since
 * {@code gmtime} returns a pointer to one static buffer that concurrent handler threads would overwrite.
 */
public final class CTime {
    private static final DateTimeFormatter C_FORMAT =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private CTime() {
    }

    public static String format(Instant instant) {
        return C_FORMAT.format(instant);
    }
}
