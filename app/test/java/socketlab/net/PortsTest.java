package socketlab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ports and whole numbers typed by a user: accepted values, and the message for each kind of mistake. */
class PortsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "0       | 0",
        "80      | 80",
        "' 80 '  | 80",
        "65535   | 65535",
        "+8080   | 8080",
        "007     | 7",
    })
    void acceptsPortsFrom0To65535(String text, int port) {
        Parsed<Integer> p = Ports.parse(text);
        assertTrue(p.isOk(), p.error());
        assertEquals(port, p.value());
        assertEquals("", p.error());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "abc                   | port must be a whole number from 0 to 65535, not \"abc\"",
        "70000                 | port must be from 0 to 65535; 70000 is out of range",
        "65536                 | port must be from 0 to 65535; 65536 is out of range",
        "-1                    | port must be from 0 to 65535; -1 is out of range",
        "''                    | port is empty: type a number from 0 to 65535",
        "'   '                 | port is empty: type a number from 0 to 65535",
        "8 0                   | port must be a whole number from 0 to 65535, not \"8 0\"",
        "80.5                  | port must be a whole number from 0 to 65535, not \"80.5\"",
        "99999999999999999999  | port 99999999999999999999 is far too large: it must be from 0 to 65535",
    })
    void refusesOthersWithAPlainMessage(String text, String message) {
        Parsed<Integer> p = Ports.parse(text);
        assertFalse(p.isOk());
        assertEquals(message, p.error());
    }

    @Test
    void nullIsEmpty() {
        assertEquals("port is empty: type a number from 0 to 65535", Ports.parse(null).error());
    }

    @Test
    void numbersNameWhatTheyParse() {
        assertEquals(16, Numbers.parseInRange("16", "permits", 1, 10_000).value());
        assertEquals("permits must be from 1 to 10000; 0 is out of range",
                Numbers.parseInRange("0", "permits", 1, 10_000).error());
        assertEquals("backlog must be a whole number from 1 to 65535, not \"lots\"",
                Numbers.parseInRange("lots", "backlog", 1, 65_535).error());
    }

    @Test
    void wellKnownAndPrivilegedPorts() {
        assertEquals("http", Ports.wellKnownName(80));
        assertEquals("", Ports.wellKnownName(12345));
        assertTrue(Ports.isPrivileged(80));
        assertFalse(Ports.isPrivileged(0), "0 asks the kernel to choose; it needs no rights");
        assertFalse(Ports.isPrivileged(1024));
    }
}
