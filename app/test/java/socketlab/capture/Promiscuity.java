package socketlab.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many captures hold an interface in promiscuous mode, as the kernel counts them: the {@code promiscuity N} of
 * {@code ip -d link show DEV}.
 */
final class Promiscuity {
    private static final Pattern COUNT = Pattern.compile("\\bpromiscuity (\\d+)\\b");

    private Promiscuity() {
    }

    static int of(String device) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ip", "-d", "link", "show", device).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ip -d link show " + device + " did not finish");
        }
        assertEquals(0, p.exitValue(), text);
        Matcher m = COUNT.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no promiscuity count in: " + text);
        }
        return Integer.parseInt(m.group(1));
    }
}
