package socketlab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where JavaFX unpacks its native libraries when they are not beside the Java runtime (a plain JDK, a class path
 * run): by default {@code ~/.openjfx/cache}, and with an unwritable home folder JavaFX prints "Can not create cache
 * at …" once per library. The built image ships the libraries in its runtime and needs no cache at all.
 */
final class JavafxCache {
    static final String PROPERTY = "javafx.cachedir";

    private JavafxCache() {
    }

    /** Before JavaFX starts: points its cache at a private temporary folder when the default cannot be written. */
    static void ensureWritable() {
        if (System.getProperty(PROPERTY) != null || nativesBesideRuntime()) {
            return;
        }
        if (writable(Path.of(System.getProperty("user.home", ".")).resolve(".openjfx/cache"))) {
            return;
        }
        try {
            // A fresh folder only this user can write: a shared, predictable one could be filled by someone else.
            Path dir = Files.createTempDirectory("socketlab-javafx-");
            System.setProperty(PROPERTY, dir.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "javafx-cache-cleanup"));
        } catch (IOException | SecurityException e) {
            // Then JavaFX tries its own fallback; the window still opens.
        }
    }

    private static boolean nativesBesideRuntime() {
        Path home = Path.of(System.getProperty("java.home", "."));
        String glass = System.mapLibraryName("glass");
        return Files.exists(home.resolve("lib").resolve(glass)) || Files.exists(home.resolve("bin/javafx").resolve(glass));
    }

    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // A temporary folder: the system cleans it up eventually.
        }
    }
}
