package socketlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing outside socketlab.ui uses JavaFX: the engine must run in the command line and in plain tests; and only
 * socketlab.capture uses pcap4j, so the rest of the lab works without libpcap. A class that refers to any JavaFX type
 * names it in its constant pool as "javafx/..." (pcap4j: "org/pcap4j/"), so scanning the compiled bytes finds every
 * such use (imports, fields, calls, signatures) without a bytecode library.
 */
class ArchitectureTest {
    private static final byte[] JAVAFX = "javafx/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PCAP4J = "org/pcap4j/".getBytes(StandardCharsets.US_ASCII);

    @Test
    void nothingOutsideTheUiPackageRefersToJavafx() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path ui = classes.resolve("socketlab/ui");
        List<Path> scanned = new ArrayList<>();
        List<String> offenders = new ArrayList<>();
        int uiClassesUsingJavafx = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                boolean usesJavafx = contains(Files.readAllBytes(f), JAVAFX);
                if (f.startsWith(ui)) {
                    uiClassesUsingJavafx += usesJavafx ? 1 : 0;
                } else {
                    scanned.add(f);
                    if (usesJavafx) {
                        offenders.add(classes.relativize(f).toString());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "classes outside socketlab.ui that use JavaFX");
        // The scan must have seen the engine, and must be able to see JavaFX where it is allowed.
        assertTrue(scanned.size() >= 30, "only " + scanned.size() + " classes scanned under " + classes);
        assertTrue(scanned.contains(classes.resolve("socketlab/server/LabServer.class")), "LabServer not scanned");
        assertTrue(uiClassesUsingJavafx >= 1, "the scan found JavaFX in no UI class: it cannot detect it");
    }

    /** socketlab.capture is the one package that talks to libpcap; the field model and its views stay library-free. */
    @Test
    void onlyTheCapturePackageRefersToPcap4j() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path capture = classes.resolve("socketlab/capture");
        List<String> offenders = new ArrayList<>();
        int captureClassesUsingPcap4j = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                boolean uses = contains(Files.readAllBytes(f), PCAP4J);
                if (f.startsWith(capture)) {
                    captureClassesUsingPcap4j += uses ? 1 : 0;
                } else if (uses) {
                    offenders.add(classes.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), offenders, "classes outside socketlab.capture that use pcap4j");
        assertTrue(captureClassesUsingPcap4j >= 1, "the scan found pcap4j in no capture class: it cannot detect it");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
