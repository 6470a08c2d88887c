package socketlab.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** tcpdump, the reference reader of pcap files, run on a file the lab wrote. */
final class Tcpdump {
    private Tcpdump() {
    }

    /** The lines of {@code tcpdump -nn -r FILE}: one per packet, with numeric addresses and ports. */
    static List<String> read(Path file) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("tcpdump", ".txt");
        try {
            Process p = new ProcessBuilder("tcpdump", "-nn", "-r", file.toString()).redirectError(errors.toFile())
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("tcpdump -r " + file + " did not finish");
            }
            assertEquals(0, p.exitValue(), "tcpdump -nn -r " + file + " failed: " + Files.readString(errors));
            return text.lines().toList();
        } finally {
            Files.delete(errors);
        }
    }
}
