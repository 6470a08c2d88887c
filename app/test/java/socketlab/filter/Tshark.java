package socketlab.filter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Asks Wireshark's tshark which frames pass display filters. Starting tshark takes about a second, so all the
 * filters run in one pass: each becomes a display-filter macro (so commas in sets survive the statistics option),
 * and {@code -z io,stat,1,...} counts per second which frames each one let through; the capture has one frame per
 * second, so each row of the table is one frame.
 */
final class Tshark {
    private final Path config;

    Tshark(Path dir) throws IOException {
        this.config = Files.createDirectories(dir.resolve("wireshark-config"));
    }

    /** For each filter, the numbers of the frames of {@code file} (one per second) that pass it. */
    List<TreeSet<Integer>> matching(Path file, List<String> filters) throws IOException, InterruptedException {
        StringBuilder macros = new StringBuilder();
        StringBuilder columns = new StringBuilder("io,stat,1");
        for (int i = 0; i < filters.size(); i++) {
            macros.append("\"f").append(i).append("\",\"").append(uatEscape(filters.get(i))).append("\"\n");
            columns.append(",${f").append(i).append('}');
        }
        Files.writeString(config.resolve("dfilter_macros"), macros.toString());
        String out = run(List.of("tshark", "-n", "-r", file.toString(), "-q", "-z", columns.toString()));
        List<TreeSet<Integer>> result = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            result.add(new TreeSet<>());
        }
        int frame = 0;
        for (String line : out.lines().toList()) {
            String[] cells = line.split("\\|");
            if (cells.length < 3 || !cells[1].contains("<>")) {
                continue;
            }
            frame++;
            // cells: "", interval, then frames and bytes for each column
            for (int i = 0; i < filters.size(); i++) {
                if (Integer.parseInt(cells[2 + 2 * i].trim()) > 0) {
                    result.get(i).add(frame);
                }
            }
        }
        if (frame == 0) {
            throw new IllegalStateException("tshark printed no statistics:\n" + out);
        }
        return result;
    }

    /** tshark's complaint about a filter, or {@code null} when it takes it. */
    String rejection(Path file, String filter) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("tshark", "-n", "-r", file.toString(), "-c", "1", "-Y", filter);
        pb.environment().put("WIRESHARK_CONFIG_DIR", config.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("tshark did not finish");
        }
        return p.exitValue() == 0 ? null : out.lines().filter(l -> l.startsWith("tshark:")).findFirst().orElse(out);
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("WIRESHARK_CONFIG_DIR", config.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("tshark did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("tshark failed: " + out);
        }
        return out;
    }

    /** A filter as a quoted field of Wireshark's UAT files: quotes, backslashes and unprintables as \xNN. */
    private static String uatEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c == '"' || c == '\\' || c < 0x20 || c > 0x7e) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
