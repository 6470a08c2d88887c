package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The time server over loopback, in every mode: one asctime line of the current UTC time, then close. */
class TimeServerTest {
    // asctime: "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n" — the day of the month is padded with a space, not a zero.
    private static final Pattern ASCTIME = Pattern.compile(
            "(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ 1-3][0-9])"
                    + " ([0-2][0-9]):([0-5][0-9]):([0-6][0-9]) ([0-9]{4})\n");
    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketlab.server.Concurrency#all")
    void writesTheCurrentUtcTimeAsAsctimeThenCloses(Concurrency how) throws Exception {
        EventRecorder events = new EventRecorder();
        try (LabServer server = LabServer.start(how.config(ServerKind.TIME), events)) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String reply;
            try (Client client = Client.connect(server)) {
                reply = new String(client.readToEnd(), StandardCharsets.ISO_8859_1);
            }
            Instant after = Instant.now();

            Matcher m = ASCTIME.matcher(reply);
            assertTrue(m.matches(), "not in asctime form: \"" + reply + "\"");
            assertFalse(m.group(3).startsWith("0"), "the day must be space-padded: " + reply);
            // Parsed independently of the server's formatter, so a wrong pattern there cannot pass here.
            LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(7)), MONTHS.indexOf(m.group(2)) + 1,
                    Integer.parseInt(m.group(3).strip()), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            assertEquals(DAYS.get(t.getDayOfWeek().ordinal()), m.group(1), "weekday of " + t);
            Instant told = t.toInstant(ZoneOffset.UTC);
            // The reply was made between the two readings of the clock (seconds truncated, as %c shows them).
            assertFalse(told.isBefore(before), told + " is before the request at " + before + " (not UTC?)");
            assertFalse(told.isAfter(after), told + " is after the reply arrived at " + after + " (not UTC?)");

            ServerEvent.Closed closed = events.awaitClosed(1);
            assertEquals(CloseReason.SERVER_DONE, closed.reason());
            assertEquals(reply.length(), closed.bytesWritten());
        }
    }
}
