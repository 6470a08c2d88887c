package socketlab.decode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real tshark (Wireshark's command line), reading a capture file the way the agreement tests compare with:
 * {@code tshark -T fields -E occurrence=a}, every occurrence of a field listed, each TCP segment read alone.
 */
final class Tshark {
    private static final char LIST = '\u0001';

    private Tshark() {
    }

    /**
     * For each frame of the file, in order, each asked-for field that the frame has: its occurrences as tshark
     * writes them (numbers in hex for hex fields, 1/0 for booleans).
     */
    static List<Map<String, List<String>>> fields(Path file, List<String> names) throws IOException,
            InterruptedException {
        // The lab decodes each segment alone: so must tshark, for the two to be compared.
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-o", "tcp.desegment_tcp_streams:FALSE",
                "-r", file.toString(), "-T", "fields",
                "-E", "occurrence=a", "-E", "aggregator=" + LIST, "-E", "separator=/t", "-E", "quote=n"));
        for (String n : names) {
            command.add("-e");
            command.add(n);
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("tshark could not read " + file + " (exit " + p.exitValue() + ")");
        }
        List<Map<String, List<String>>> frames = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] cols = line.split("\t", -1);
            if (cols.length != names.size()) {
                throw new IOException("tshark wrote " + cols.length + " columns for " + names.size() + ": " + line);
            }
            Map<String, List<String>> m = new LinkedHashMap<>();
            for (int i = 0; i < cols.length; i++) {
                if (!cols[i].isEmpty()) {
                    m.put(names.get(i), List.of(cols[i].split(String.valueOf(LIST), -1)));
                }
            }
            frames.add(m);
        }
        return frames;
    }

    /** tshark's Protocol and Info columns of each frame. */
    static List<String[]> columns(Path file) throws IOException, InterruptedException {
        List<String[]> out = new ArrayList<>();
        for (Map<String, List<String>> f : fields(file, List.of("frame.number", "_ws.col.Protocol",
                "_ws.col.Info"))) {
            out.add(new String[] {f.getOrDefault("_ws.col.Protocol", List.of("")).getFirst(),
                String.join(",", f.getOrDefault("_ws.col.Info", List.of("")))});
        }
        return out;
    }
}
