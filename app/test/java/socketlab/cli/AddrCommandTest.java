package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code socketlab addr} through {@link Cli#run}: golden text for the lectures' examples, one-line refusals. */
class AddrCommandTest {
    private final LineSink out = new LineSink();
    private final LineSink err = new LineSink();

    private int run(String... args) {
        return Cli.run(args, out.stream, err.stream);
    }

    private String printed() {
        return String.join("\n", out.all()) + "\n";
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = AddrCommandTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file socketlab/cli/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePracticeQuestionPrintsItsBytesAndItsSockaddrIn() throws IOException {
        assertEquals(0, run("addr", "198.35.26.96", "--port", "80"));
        assertEquals(golden("addr-practice.txt"), printed());
        assertTrue(printed().contains("  all 16: 02 00 | 00 50 | c6 23 1a 60 | 00 00 00 00 00 00 00 00\n"));
        assertEquals(List.of(), err.all());
    }

    @Test
    void anIpv6AddressPrintsItsShorteningStepsAndItsSockaddrIn6() throws IOException {
        assertEquals(0, run("addr", "2001:0db8:0000:0000:0000:ff00:0042:8329", "--port=443"));
        assertEquals(golden("addr-ipv6.txt"), printed());
        assertEquals(List.of(), err.all());
    }

    @Test
    void withoutAPortTheLayoutIsLeftOutAndSaysHowToGetIt() {
        assertEquals(0, run("addr", "::ffff:128.95.4.1"));
        List<String> lines = out.all();
        assertEquals("::ffff:128.95.4.1  (IPv6, 16 bytes)", lines.getFirst());
        assertTrue(lines.contains("mapped    stands for the IPv4 address 128.95.4.1"), printed());
        assertTrue(lines.contains("     ::ffff:128.95.4.1"), "the mapped notation step: " + printed());
        assertEquals("add --port N to see the sockaddr_in6 a C program would pass to bind or connect",
                lines.getLast());
        assertTrue(printed().chars().allMatch(c -> c < 128), "plain ASCII on any terminal");
    }

    @Test
    void anIpv4AddressShowsItsMappedForm() {
        assertEquals(0, run("addr", "127.0.0.1"));
        assertTrue(out.all().contains("mapped    ::ffff:127.0.0.1 is this address as an IPv6 socket sees it"),
                printed());
        assertTrue(out.all().contains("class     loopback (127.0.0.0/8): this machine itself: packets to it never"
                + " leave the machine"), printed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "500.304.259.1     | socketlab addr: 500, 304 and 259 are greater than 255 and do not fit in one byte",
        "1.2.3             | socketlab addr: an IPv4 address has 4 parts separated by dots; \"1.2.3\" has 3",
        "2001:db8::12345   | socketlab addr: group \"12345\" of \"2001:db8::12345\" has 5 hex digits; a group is 16"
                + " bits, at most 4 hex digits",
        "1::2::3           | socketlab addr: \"1::2::3\" uses :: twice; it may stand for one run of zero groups only",
        "''                | socketlab addr: address is empty: type an IPv4 address like 127.0.0.1 or an IPv6 one"
                + " like ::1",
    })
    void anInvalidAddressIsItsReasonOnOneLineAndExitCodeTwo(String address, String line) {
        assertEquals(2, run("addr", address));
        assertEquals(List.of(line), err.all());
        assertEquals(List.of(), out.all());
    }

    @Test
    void badArgumentsAreOneLineAndExitCodeTwo() {
        assertEquals(2, run("addr"));
        assertEquals(2, run("addr", "127.0.0.1", "--port", "70000"));
        assertEquals(2, run("addr", "127.0.0.1", "::1"));
        assertEquals(2, run("addr", "127.0.0.1", "--bind", "x"));
        assertEquals(List.of(
                "socketlab addr: say which address to take apart, e.g. socketlab addr 198.35.26.96 --port 80",
                "socketlab addr: port must be from 0 to 65535; 70000 is out of range",
                "socketlab addr: one address at a time; unexpected \"::1\"",
                "socketlab addr: unknown option --bind"), err.all());
        assertEquals(List.of(), out.all());
    }

    @Test
    void hasItsOwnHelp() {
        assertEquals(0, run("addr", "--help"));
        assertTrue(printed().startsWith("socketlab addr ADDRESS [--port N]\n"), printed());
        assertEquals(0, run("--help"));
        assertTrue(printed().contains("socketlab addr ADDR [--port N]"), printed());
        assertEquals(List.of(), err.all());
    }
}
