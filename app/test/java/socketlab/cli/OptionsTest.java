package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import socketlab.net.Ports;
import socketlab.server.Mode;

class OptionsTest {
    private static final Set<String> VALUED = Set.of("--port", "--mode");
    private static final Set<String> FLAGS = Set.of("--uppercase");

    private static Options parse(String... args) throws UsageError {
        return Options.parse(List.of(args), VALUED, FLAGS);
    }

    private static String error(String... args) {
        return assertThrows(UsageError.class, () -> parse(args)).getMessage();
    }

    @Test
    void valueAfterTheOptionOrAfterAnEqualsSign() throws UsageError {
        assertEquals(Optional.of("80"), parse("--port", "80").value("--port"));
        assertEquals(Optional.of("80"), parse("--port=80").value("--port"));
        assertEquals(Optional.of(""), parse("--port=").value("--port"));
    }

    @Test
    void twoDashesAloneEndTheOptions() throws UsageError {
        Options o = parse("echo", "--port", "7", "--", "--uppercase", "-x");
        assertEquals(List.of("echo", "--uppercase", "-x"), o.positionals());
        assertFalse(o.flag("--uppercase"));
        assertEquals(List.of(), parse("--").positionals());
    }

    @Test
    void positionalWordsFlagsAndOptionsMix() throws UsageError {
        Options o = parse("echo", "--uppercase", "--port", "7", "extra");
        assertEquals(List.of("echo", "extra"), o.positionals());
        assertTrue(o.flag("--uppercase"));
        assertTrue(o.has("--port"));
        assertFalse(o.has("--mode"));
        assertEquals(Optional.empty(), o.value("--mode"));
    }

    @Test
    void aNegativeNumberIsAValueSoItsRangeCanBeReported() throws UsageError {
        Options o = parse("--port", "-1");
        assertEquals(Optional.of("-1"), o.value("--port"));
        UsageError e = assertThrows(UsageError.class, () -> o.parsed("--port", Ports::parse, 0));
        assertEquals("port must be from 0 to 65535; -1 is out of range", e.getMessage());
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("unknown option --prot", error("--prot", "80"));
        assertEquals("--port needs a value", error("--port"));
        assertEquals("--port needs a value", error("--port", "--uppercase"));
        assertEquals("--port is given twice", error("--port", "1", "--port=2"));
        assertEquals("--uppercase takes no value", error("--uppercase=yes"));
        assertEquals("unknown option -p; options are written with two dashes", error("-p", "80"));
    }

    @Test
    void parsedValuesUseTheLabsParsersAndFallBack() throws UsageError {
        Options o = parse("--port", "8080");
        assertEquals(8080, o.parsed("--port", Ports::parse, 0));
        assertEquals(5, parse().parsed("--port", Ports::parse, 5));
        assertEquals(12, parse("--port", "12").number("--port", "permits", 1, 20, 16));
        assertEquals("permits must be from 1 to 20; 21 is out of range",
                assertThrows(UsageError.class, () -> parse("--port", "21").number("--port", "permits", 1, 20, 16))
                        .getMessage());
    }

    @Test
    void choicesListTheAcceptedWords() throws UsageError {
        List<String> ids = List.of("iterative", "threaded", "semaphore");
        assertEquals(Mode.SEMAPHORE, parse("--mode", "semaphore").choice("--mode", "mode", Mode::fromId, ids, null));
        assertEquals(Mode.THREADED, parse().choice("--mode", "mode", Mode::fromId, ids, Mode.THREADED));
        UsageError e = assertThrows(UsageError.class,
                () -> parse("--mode", "fast").choice("--mode", "mode", Mode::fromId, ids, Mode.THREADED));
        assertEquals("mode must be iterative, threaded or semaphore, not \"fast\"", e.getMessage());
        assertEquals("a", Options.oneOf(List.of("a")));
        assertEquals("a or b", Options.oneOf(List.of("a", "b")));
    }
}
