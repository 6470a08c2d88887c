package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code socketlab bench} with a small load: the table's shape and that no client fails; never its speed. */
class BenchCommandTest {

    @Test
    void printsOneRowPerConfigurationWithNoFailures() {
        LineSink out = new LineSink();
        LineSink err = new LineSink();
        int code = new BenchCommand().run(List.of("--clients", "60", "--concurrency", "20", "--kind", "echo"),
                out.stream, err.stream);
        assertEquals(0, code, err.all().toString());
        assertEquals(List.of(), err.all());
        List<String> lines = out.all();
        assertTrue(lines.getFirst().startsWith("Socket Lab benchmark: echo server on 127.0.0.1, 60 clients"),
                lines.getFirst());
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("configuration")).findFirst()
                .orElseThrow());
        for (int i = 0; i < BenchCommand.SETUPS.size(); i++) {
            String row = lines.get(header + 1 + i);
            BenchCommand.Setup setup = BenchCommand.SETUPS.get(i);
            assertTrue(row.startsWith(setup.label()), row);
            String[] cells = row.substring(32).trim().split("\\s+");
            assertEquals(6, cells.length, row);
            assertTrue(Double.parseDouble(cells[0]) > 0, row);
            assertTrue(Double.parseDouble(cells[1]) <= Double.parseDouble(cells[2]), row);
            assertTrue(Double.parseDouble(cells[2]) <= Double.parseDouble(cells[3]), row);
            assertEquals("0", cells[4], row);
            int peak = Integer.parseInt(cells[5]);
            switch (setup.mode()) {
                case ITERATIVE -> assertEquals(1, peak, row);
                case SEMAPHORE -> assertTrue(peak >= 1 && peak <= BenchCommand.SEMAPHORE_PERMITS, row);
                case THREADED -> assertTrue(peak >= 1, row); // a finished handler may still be returning
            }
        }
        assertFalse(lines.contains("failed clients:"));
        assertTrue(String.join(" ", lines).contains("compare the rows with each other as ratios"));
    }

    @Test
    void badOptionsAreOneLineAndExitCodeTwo() {
        String[][] cases = {
            {"socketlab bench: clients must be from 1 to 100000; 0 is out of range", "--clients", "0"},
            {"socketlab bench: concurrency must be a whole number from 1 to 10000, not \"many\"", "--concurrency",
                "many"},
            {"socketlab bench: kind must be echo, hello, time or http, not \"chat\"", "--kind", "chat"},
            {"socketlab bench: unexpected argument \"now\"", "now"},
        };
        for (String[] c : cases) {
            LineSink out = new LineSink();
            LineSink err = new LineSink();
            assertEquals(2, new BenchCommand().run(List.of(c).subList(1, c.length), out.stream, err.stream));
            assertEquals(List.of(c[0]), err.all());
            assertEquals(List.of(), out.all());
        }
    }
}
