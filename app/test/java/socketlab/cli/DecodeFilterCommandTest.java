package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.filter.FilterCaptures;

/**
 * {@code socketlab decode --filter} prints the frames tshark -Y prints, under their numbers in the file; a bad filter
 * is one line and exit code 2; {@code --conversations} counts what tshark's conversation statistics count.
 */
class DecodeFilterCommandTest {
    private static final Pattern JSON_NUMBER = Pattern.compile("^\\{\"frame.number\":(\\d+),");

    private final LineSink out = new LineSink();
    private final LineSink err = new LineSink();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, out.stream, err.stream);
    }

    private static List<String> tshark(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tshark", "-n"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return text.lines().toList();
    }

    @Test
    void theFilteredFramesKeepTheirNumbersAsTsharkShowsThem() throws Exception {
        Path file = FilterCaptures.write(dir);
        String filter = "tcp.flags.syn == 1 && tcp.port in {80 443 8000..8100} || udp contains \"PONG\"";
        List<String> expected = tshark("-r", file.toString(), "-T", "fields", "-e", "frame.number", "-Y",
                filter.replace("{80 443 8000..8100}", "{80, 443, 8000..8100}"));
        assertTrue(expected.size() > 5, "the filter selects several frames: " + expected);
        assertEquals(0, run("decode", file.toString(), "--format", "json", "--filter", filter));
        List<String> numbers = new ArrayList<>();
        for (String line : out.all()) {
            Matcher m = JSON_NUMBER.matcher(line);
            assertTrue(m.find(), line);
            numbers.add(m.group(1));
        }
        assertEquals(expected, numbers);
        assertEquals(List.of(), err.all());
    }

    @Test
    void theSummaryOfFilteredFramesIsTheirLinesOfTheWholeFile() throws Exception {
        Path file = FilterCaptures.write(dir);
        assertEquals(0, run("decode", file.toString()));
        List<String> all = out.all();
        LineSink filtered = new LineSink();
        assertEquals(0, Cli.run(new String[] {"decode", file.toString(), "--filter", "arp || vlan"},
                filtered.stream, err.stream));
        // the capture ends with two ARP frames and two VLAN-tagged ones
        assertEquals(all.subList(all.size() - 4, all.size()), filtered.all());
        assertTrue(all.size() > 40);
    }

    @Test
    void aBadFilterIsOneLineWithWiresharksWordsAndExitCodeTwo() throws Exception {
        Path file = FilterCaptures.write(dir);
        assertEquals(2, run("decode", file.toString(), "--filter", "tcp.prt == 80"));
        assertEquals(List.of("socketlab decode: bad filter \"tcp.prt == 80\": \"tcp.prt\" is neither a field nor a"
                + " protocol name. (at column 1)"), err.all());
        assertEquals(List.of(), out.all());
        assertEquals(2, run("decode", file.toString(), "--filter", "tcp.port == abc"));
        assertEquals("socketlab decode: bad filter \"tcp.port == abc\": \"abc\" is not a valid number. (at column 13)",
                err.all().getLast());
        assertEquals(2, run("decode", file.toString(), "--filter"));
        assertEquals("socketlab decode: --filter needs a value", err.all().getLast());
    }

    @Test
    void conversationsCountWhatTsharkCounts() throws Exception {
        Path file = FilterCaptures.write(dir);
        assertEquals(0, run("decode", file.toString(), "--conversations"));
        List<String> table = out.all();
        assertTrue(table.getFirst().startsWith("Conv  "), table.getFirst());
        // tshark's table: "A:port <-> B:port  frames bytes (B→A) | frames bytes (A→B) | total ..."
        Map<String, String> theirs = new TreeMap<>();
        for (String proto : List.of("tcp", "udp")) {
            for (String line : tshark("-r", file.toString(), "-q", "-z", "conv," + proto)) {
                Matcher m = Pattern.compile("^(\\S+):(\\d+)\\s+<->\\s+(\\S+):(\\d+)\\s+(\\d+)\\s+(\\d+) bytes\\s+(\\d+)"
                        + "\\s+(\\d+) bytes").matcher(line);
                if (m.find()) {
                    // sorted ends, so either direction of the table reads the same
                    theirs.put(key(proto, m.group(1), m.group(2), m.group(3), m.group(4)),
                            (Long.parseLong(m.group(5)) + Long.parseLong(m.group(7))) + " packets "
                                    + (Long.parseLong(m.group(6)) + Long.parseLong(m.group(8))) + " bytes");
                }
            }
        }
        Map<String, String> ours = new TreeMap<>();
        for (String line : table.subList(1, table.size())) {
            String[] c = line.trim().split("\\s{2,}");
            String proto = c[0].substring(0, 3).toLowerCase(java.util.Locale.ROOT);
            ours.put(key(proto, c[1], c[2].split(" ")[0], c[3], c[4].split(" ")[0]),
                    (Long.parseLong(c[5]) + Long.parseLong(c[7])) + " packets "
                            + (Long.parseLong(c[6]) + Long.parseLong(c[8])) + " bytes");
        }
        assertTrue(theirs.size() >= 10, theirs.toString());
        assertEquals(theirs, ours);
    }

    @Test
    void aTcpConversationSaysItWasSeenOpeningAndClosing() throws Exception {
        Path file = FilterCaptures.write(dir);
        assertEquals(0, run("decode", file.toString(), "--conversations", "--filter", "tcp.port == 45123"));
        List<String> table = out.all();
        assertEquals(2, table.size(), String.join("\n", table));
        String row = table.get(1);
        assertTrue(row.matches("TCP \\d+\\s+172\\.16\\.5\\.4\\s+41000\\s+10\\.1\\.2\\.3\\s+45123\\s+3\\s+\\d+\\s+2\\s+\\d+"
                + "\\s+\\S+\\s+4\\.000000\\s+yes\\s+yes\\s+tcp\\.stream == \\d+"), row);
    }

    private static String key(String proto, String a, String pa, String b, String pb) {
        String x = a + ":" + pa;
        String y = b + ":" + pb;
        return proto + " " + (x.compareTo(y) < 0 ? x + " " + y : y + " " + x);
    }
}
