package socketlab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C's asctime form, always in UTC: day of the month padded with a space, English names. */
class CTimeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "2026-11-21T22:18:54Z        | Sat Nov 21 22:18:54 2026",
        "2026-11-01T03:04:05Z        | 'Sun Nov  1 03:04:05 2026'",
        "2026-11-01T23:59:59.999Z    | 'Sun Nov  1 23:59:59 2026'",
        "1970-01-01T00:00:00Z        | 'Thu Jan  1 00:00:00 1970'",
        "2024-02-29T12:00:00Z        | Thu Feb 29 12:00:00 2024",
    })
    void formatsAsAsctime(String instant, String expected) {
        assertEquals(expected, CTime.format(Instant.parse(instant)));
    }
}
