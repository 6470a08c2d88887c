package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's dispatch, help and refusals, through {@link Cli#run} as the launcher calls it. */
class CliTest {
    private final LineSink out = new LineSink();
    private final LineSink err = new LineSink();

    private int run(String... args) {
        return Cli.run(args, out.stream, err.stream);
    }

    private String printed() {
        return String.join("\n", out.all());
    }

    @Test
    void helpListsEveryCommandAndOption() {
        for (String[] help : new String[][] {{"--help"}, {"-h"}, {"help"}}) {
            LineSink o = new LineSink();
            LineSink e = new LineSink();
            assertEquals(0, Cli.run(help, o.stream, e.stream));
            String text = String.join("\n", o.all());
            for (String expected : List.of("socketlab serve hello|echo|time|http", "socketlab bench", "--port", "--bind",
                    "--mode", "--permits", "--threads", "--backlog", "--uppercase", "--idle-timeout", "--clients",
                    "--concurrency", "--kind", "socketlab connect HOST PORT", "--send LINE", "--http PATH",
                    "--timeout MS", "socketlab burst HOST PORT --clients N", "--mode eof|echo", "socketlab resolve",
                    "socketlab addr", "socketlab capture", "--interface", "--filter", "--count", "--write",
                    "--snaplen", "--list", "socketlab decode", "exit codes")) {
                assertTrue(text.contains(expected), expected + " missing from " + String.join(" ", help));
            }
            assertEquals(List.of(), e.all());
        }
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        assertEquals(0, run("serve", "--help"));
        assertTrue(printed().startsWith("socketlab serve hello|echo|time|http [options]"), printed());
        assertTrue(printed().contains("--idle-timeout S"));
        assertEquals(0, run("help", "bench"));
        assertTrue(printed().contains("socketlab bench [--clients N]"), printed());
        assertEquals(List.of(), err.all());
    }

    @Test
    void helpWinsOverOtherOptions() {
        assertEquals(0, run("serve", "echo", "--port", "70000", "-h"));
        assertEquals(List.of(), err.all());
    }

    @Test
    void unknownCommandsAreOneLineAndExitCodeTwo() {
        assertEquals(2, run("conect"));
        assertEquals(List.of("socketlab: unknown command conect; commands are serve, bench, connect, burst, resolve,"
                + " addr, capture, decode and lessons (see 'socketlab --help')"), err.all());
        assertEquals(List.of(), out.all());
    }

    @Test
    void unknownTopLevelOptionIsOneLine() {
        assertEquals(2, run("--verbose"));
        assertEquals(List.of("socketlab: unknown option --verbose; commands are serve, bench, connect, burst,"
                + " resolve, addr, capture, decode and lessons (see 'socketlab --help')"), err.all());
    }

    @Test
    void helpForAnUnknownCommandIsRefused() {
        assertEquals(2, run("help", "frob"));
        assertEquals(1, err.all().size());
    }

    @Test
    void noArgumentsIsOneLine() {
        assertEquals(2, run());
        assertEquals(List.of("socketlab: say which command to run: serve, bench, connect, burst, resolve, addr,"
                + " capture, decode or lessons (see 'socketlab --help')"), err.all());
    }

    @Test
    void badServeOptionsThroughTheLauncherPath() {
        assertEquals(2, run("serve", "echo", "--port", "70000"));
        assertEquals(List.of("socketlab serve: port must be from 0 to 65535; 70000 is out of range"), err.all());
        assertEquals(List.of(), out.all());
    }

    @Test
    void anOptionsValueThatLooksLikeHelpIsAValue() {
        assertTrue(Cli.wantsHelp(List.of("127.0.0.1", "7", "-h"), ConnectCommand.VALUED));
        assertTrue(!Cli.wantsHelp(List.of("127.0.0.1", "7", "--send", "-h"), java.util.Set.of("--send")));
        assertTrue(Cli.wantsHelp(List.of("x.pcap", "--format", "--help"), DecodeCommand.VALUED),
                "an option name is never taken as a value");
        assertTrue(!Cli.wantsHelp(List.of("--", "-h"), java.util.Set.of()));
        // "--send -h" sends the line "-h" (here to a port nobody listens on, so it fails on connect, not with help).
        assertEquals(1, run("connect", "127.0.0.1", "1", "--send", "-h", "--timeout", "2000"));
        assertEquals(List.of(), out.all(), "no help printed");
        assertEquals(1, err.all().size(), err.all().toString());
        assertTrue(err.all().getFirst().startsWith("socketlab connect: "), err.all().getFirst());
    }

    @Test
    void anInternalErrorIsExitCodeThreeWithOneLineThatSaysWhereTheDetailsAre() {
        // A command line no user can type: a null argument makes the dispatch itself fail, as a defect would.
        assertEquals(3, Cli.run(new String[] {"serve", null}, out.stream, err.stream));
        assertEquals(1, err.all().size(), err.all().toString());
        String line = err.all().getFirst();
        assertTrue(line.startsWith("socketlab serve: internal error: java.lang.NullPointerException"), line);
        assertTrue(line.contains("; the details "), line);
        assertEquals(List.of(), out.all());
    }
}
