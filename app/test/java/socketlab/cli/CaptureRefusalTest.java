package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code socketlab capture} where capture is impossible, in a JVM of its own: without the capability to capture
 * (dropped from the process with setpriv, as for an ordinary user) and without libpcap (pcap4j pointed at a library
 * that does not exist). Each says what is wrong and the one fix in one line, and exits with 1.
 */
class CaptureRefusalTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private record Result(int exitCode, List<String> out, List<String> err) {
    }

    private static Result socketlab(List<String> prefix, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.add(JAVA);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "socketlab.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not end");
        }
        return new Result(p.exitValue(), out.lines().toList(), err.get(60, TimeUnit.SECONDS).lines().toList());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void withoutPermissionItNamesTheCapabilityToGive() throws Exception {
        Result r = socketlab(List.of("setpriv", "--bounding-set=-net_raw,-net_admin"), List.of(),
                "capture", "--interface", "lo", "--count", "1");
        // From a plain JDK the advice is the lab's own launcher, built next to these classes: never the shared java.
        Path classes = Path.of(socketlab.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String launcher = classes.getParent().resolve("image").resolve("libexec").resolve("socketlab").toString();
        assertEquals(List.of("socketlab capture: capturing needs permission: run it as root, or build the lab's own"
                + " launcher (mvn -B package) and give it the capture capability once: sudo setcap cap_net_raw=eip "
                + launcher + "; never give it to the shared java, which would let every Java program on this machine"
                + " capture"), r.err());
        assertFalse(r.err().getFirst().contains("setcap cap_net_raw=eip " + JAVA), r.err().getFirst());
        assertEquals(1, r.exitCode());
        assertEquals(List.of(), r.out());
    }

    @Test
    void withoutLibpcapItSaysWhatToInstall() throws Exception {
        String line = "socketlab capture: capture is not available because libpcap is not installed: install it"
                + " (Debian/Ubuntu: sudo apt-get install libpcap0.8; Fedora: sudo dnf install libpcap)";
        List<String> noLibpcap = List.of("-Dorg.pcap4j.core.pcapLibName=/nonexistent/libpcap.so.0.8");
        for (String[] args : new String[][] {{"capture", "--count", "1"}, {"capture", "--list"}}) {
            Result r = socketlab(List.of(), noLibpcap, args);
            assertEquals(List.of(line), r.err(), String.join(" ", args));
            assertEquals(1, r.exitCode());
            assertEquals(List.of(), r.out());
        }
        // The rest of the command line does not need libpcap.
        Result help = socketlab(List.of(), noLibpcap, "capture", "--help");
        assertEquals(0, help.exitCode());
        assertEquals(List.of(), help.err());
    }
}
