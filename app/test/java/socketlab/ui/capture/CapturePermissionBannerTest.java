package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The window in a JVM without the capability to capture (dropped with setpriv, as for an ordinary user): the Capture
 * pane explains the missing permission as soon as it shows, before Start is pressed, and "Copy the command" copies
 * the fix's command and says so.
 */
class CapturePermissionBannerTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void withoutPermissionTheBannerIsThereBeforeStartAndCopySaysCopied() throws Exception {
        List<String> command = List.of("setpriv", "--bounding-set=-net_raw,-net_admin", JAVA,
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                PermissionBannerProbe.class.getName());
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe did not end");
        assertEquals(0, p.exitValue(), out + "\n" + err.get(60, TimeUnit.SECONDS));

        Map<String, String> facts = new LinkedHashMap<>();
        out.lines().filter(l -> l.contains("=")).forEach(l -> facts.put(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        // Run from a plain JDK (as here), the advice names the lab's own launcher, never the shared java.
        String setcap = "sudo setcap cap_net_raw=eip "
                + Path.of("target", "image", "libexec", "socketlab").toAbsolutePath();
        assertEquals("Capturing needs permission.", facts.get("what"), out);
        assertEquals("Fix: run it as root, or build the lab's own launcher (mvn -B package) and give it the capture"
                + " capability once: " + setcap + "; never give it to the shared java, which would let every Java"
                + " program on this machine capture", facts.get("fix"));
        assertFalse(facts.get("fix").contains("eip " + JAVA), facts.get("fix"));
        assertEquals("true", facts.get("copyShown"));
        assertEquals("Copy the command", facts.get("copyText"));
        assertEquals("Copied ✓", facts.get("copiedText"), "copying says that it copied");
        assertEquals(setcap, facts.get("clipboard"));
        assertEquals("Copy the command", facts.get("laterText"), "then the button offers itself again");
        assertEquals("[]", facts.get("errors"));
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
