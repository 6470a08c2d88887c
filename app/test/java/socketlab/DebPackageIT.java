package socketlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package as {@code mvn package -Pdeb} builds it ({@code jlink/deb/build-deb.sh} over the built image),
 * opened with dpkg-deb and checked with the desktop's own tools: it holds the image exactly as built (AOT cache and
 * natives included), a valid desktop entry for the capture MIME types, the icon in every size it claims, and no
 * maintainer script that runs a desktop tool. Installing it with apt and purging it is the README's
 * {@code jlink/deb/install-check.sh}, run by hand: a test suite must not install packages on the machine.
 */
class DebPackageIT {
    private static final String VERSION = "1.0.0";

    @TempDir
    static Path work;
    private static Path deb;
    private static Path root;
    private static final Path IMAGE = Path.of(System.getProperty("socketlab.image", "target/image"));

    /** A finished command: exit code and its output. */
    private record Ran(int exit, String out, String err) {
    }

    private static Ran run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        p.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = Thread.ofPlatform().name("deb-it-stderr").start(() -> {
            try (InputStream in = p.getErrorStream()) {
                in.transferTo(err);
            } catch (IOException e) {
                // the process ended; what was read is kept
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not end");
        errReader.join();
        return new Ran(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
    }

    private static Ran ok(Path dir, String... command) throws IOException, InterruptedException {
        Ran r = run(dir, command);
        assertEquals(0, r.exit(), String.join(" ", command) + "\nstdout: " + r.out() + "\nstderr: " + r.err());
        return r;
    }

    @BeforeAll
    static void buildAndUnpack() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Ran built = ok(project, "bash", "jlink/deb/build-deb.sh", IMAGE.toAbsolutePath().toString(), VERSION,
                work.resolve("installer").toString());
        deb = Path.of(built.out().strip());
        assertTrue(Files.isRegularFile(deb), built.out());
        root = work.resolve("root");
        ok(work, "dpkg-deb", "-x", deb.toString(), root.toString());
    }

    @Test
    void controlNamesThePackageItsVersionArchitectureAndLibraries() throws Exception {
        String arch = ok(work, "dpkg", "--print-architecture").out().strip();
        assertEquals("socketlab_" + VERSION + "_" + arch + ".deb", deb.getFileName().toString());
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : ok(work, "dpkg-deb", "-f", deb.toString()).out().split("\n")) {
            int colon = line.indexOf(": ");
            if (!line.startsWith(" ") && colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        assertEquals("socketlab", fields.get("Package"));
        assertEquals(VERSION, fields.get("Version"));
        assertEquals(arch, fields.get("Architecture"));
        Set<String> depends = Arrays.stream(fields.get("Depends").split(",")).map(String::strip)
                .collect(Collectors.toSet());
        assertTrue(depends.containsAll(Set.of("libc6", "libgtk-3-0", "libpcap0.8")), fields.get("Depends"));
        long installedKiB = Long.parseLong(fields.get("Installed-Size"));
        long imageKiB;
        try (Stream<Path> files = Files.walk(IMAGE)) {
            imageKiB = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1024;
        }
        assertTrue(installedKiB >= imageKiB && installedKiB < imageKiB * 2,
                "Installed-Size " + installedKiB + " KiB for an image of " + imageKiB + " KiB");
    }

    @Test
    void theInstalledAppIsTheBuiltImageWithItsAotCacheAndNatives() throws Exception {
        Path installed = root.resolve("opt/socketlab");
        Map<String, Long> image = files(IMAGE);
        assertEquals(image, files(installed), "/opt/socketlab holds exactly the image's files, byte counts equal");
        assertTrue(image.containsKey("lib/app/socketlab.aot"), "the image has its AOT cache");
        assertTrue(image.containsKey("lib/runtime/lib/libglass.so"), "JavaFX's natives sit in the runtime");
        assertTrue(Files.readString(installed.resolve("lib/app/socketlab.cfg"))
                .contains("-XX:AOTCache=$APPDIR/socketlab.aot"));
        assertTrue(Files.isExecutable(installed.resolve("bin/socketlab")));
        assertEquals(Path.of("/opt/socketlab/bin/socketlab"), Files.readSymbolicLink(root.resolve("usr/bin/socketlab")));

        // Started from where it was unpacked: the AOT cache was written for target/image, and a cache the JVM
        // could not use at the new place would say so on the terminal.
        Ran help = ok(work, installed.resolve("bin/socketlab").toString(), "--help");
        assertTrue(help.out().startsWith("Socket Lab: "), help.out());
        assertEquals("", help.err());
        Ran aot = ok(work, "env", "JAVA_TOOL_OPTIONS=-Xlog:aot=info", installed.resolve("bin/socketlab").toString(),
                "--help");
        assertTrue(aot.out().contains("Opened AOT cache " + installed.resolve("lib/app/socketlab.aot")), aot.out());
    }

    @Test
    void everyFileBelongsToRootAndNothingIsWritableByOthers() throws Exception {
        for (String line : ok(work, "dpkg-deb", "-c", deb.toString()).out().split("\n")) {
            String[] cols = line.split("\\s+");
            assertEquals("root/root", cols[1], line);
            if (cols[0].startsWith("l")) {
                continue; // a link's own mode means nothing
            }
            assertEquals('-', cols[0].charAt(5), line);
            assertEquals('-', cols[0].charAt(8), line);
        }
    }

    @Test
    void desktopEntryOpensCaptureFilesAndPassesDesktopFileValidate() throws Exception {
        Path entry = root.resolve("usr/share/applications/socketlab.desktop");
        Ran validate = run(work, "desktop-file-validate", entry.toString());
        assertEquals(0, validate.exit(), validate.out() + validate.err());
        assertEquals("", validate.out() + validate.err(), "no warnings or hints either");

        Map<String, String> keys = new TreeMap<>();
        List<String> lines = Files.readAllLines(entry);
        assertEquals("[Desktop Entry]", lines.getFirst());
        for (String line : lines.subList(1, lines.size())) {
            int eq = line.indexOf('=');
            keys.put(line.substring(0, eq), line.substring(eq + 1));
        }
        assertEquals("Application", keys.get("Type"));
        assertEquals("Socket Lab", keys.get("Name"));
        assertFalse(keys.getOrDefault("GenericName", "").isBlank());
        assertFalse(keys.getOrDefault("Comment", "").isBlank());
        assertTrue(Set.of(keys.get("Keywords").split(";")).containsAll(Set.of("network", "pcap", "Wireshark")));
        assertTrue(Set.of(keys.get("Categories").split(";")).contains("Education"), keys.get("Categories"));
        assertEquals("/opt/socketlab/bin/socketlab %f", keys.get("Exec"));
        assertEquals("false", keys.get("Terminal"));
        assertEquals("socketlab", keys.get("Icon"));
        // JavaFX names the window's X11 class after the Application class: docks match the window to this entry
        // (and show its name and icon) by it.
        assertEquals(socketlab.ui.LabApp.class.getName(), keys.get("StartupWMClass"));
        assertEquals(List.of("application/vnd.tcpdump.pcap", "application/x-pcapng"),
                List.of(keys.get("MimeType").split(";")));
    }

    @Test
    void iconIsInstalledInEveryHicolorSizeAtThatSize() throws Exception {
        Path hicolor = root.resolve("usr/share/icons/hicolor");
        List<String> sizes = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(hicolor)) {
            for (Path dir : dirs.sorted().toList()) {
                String size = dir.getFileName().toString();
                int px = Integer.parseInt(size.substring(0, size.indexOf('x')));
                assertEquals(size, px + "x" + px);
                int[] wh = pngSize(dir.resolve("apps/socketlab.png"));
                assertEquals(px, wh[0], size);
                assertEquals(px, wh[1], size);
                sizes.add(size);
            }
        }
        assertTrue(sizes.containsAll(List.of("16x16", "32x32", "48x48", "64x64", "128x128", "256x256")),
                sizes.toString());
    }

    @Test
    void pcapngGetsItsMimeTypeFromThePackageAsSharedMimeInfoReadsIt() throws Exception {
        Path mime = work.resolve("mime");
        Files.createDirectories(mime.resolve("packages"));
        Files.copy(root.resolve("usr/share/mime/packages/socketlab.xml"), mime.resolve("packages/socketlab.xml"));
        Ran update = ok(work, "update-mime-database", "-V", mime.toString());
        assertFalse(update.err().toLowerCase().contains("error") || update.out().toLowerCase().contains("error"),
                update.out() + update.err());
        assertTrue(Files.readString(mime.resolve("globs2")).contains(":application/x-pcapng:*.pcapng"));
        assertTrue(Files.isRegularFile(mime.resolve("application/x-pcapng.xml")));
        assertTrue(Files.readString(mime.resolve("magic")).contains("application/x-pcapng"));
    }

    @Test
    void noMaintainerScriptRunsADesktopToolAndPrermNeverFails() throws Exception {
        Ran members = ok(work, "sh", "-c", "dpkg-deb --ctrl-tarfile \"$0\" | tar -t", deb.toString());
        assertEquals(List.of("./", "./control", "./prerm"), List.of(members.out().strip().split("\n")));
        Path control = work.resolve("control");
        ok(work, "dpkg-deb", "-e", deb.toString(), control.toString());
        String prerm = Files.readString(control.resolve("prerm"));
        for (String tool : List.of("xdg-", "update-desktop-database", "gtk-update-icon-cache", "update-mime-database")) {
            assertFalse(prerm.contains(tool + " ") || prerm.contains(tool + "\n"), tool);
        }
        // failed-upgrade is how dpkg replaces an earlier package whose own prerm failed.
        for (String arg : List.of("remove", "upgrade", "deconfigure", "failed-upgrade")) {
            Ran r = run(work, control.resolve("prerm").toString(), arg, VERSION);
            assertEquals(0, r.exit(), arg + ": " + r.err());
        }
        assertEquals(1, run(work, control.resolve("prerm").toString(), "bogus").exit());
    }

    /** Every regular file and link under a folder, by relative path, with its size. */
    private static Map<String, Long> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            Map<String, Long> map = new TreeMap<>();
            for (Path p : all.filter(f -> !Files.isDirectory(f)).toList()) {
                map.put(dir.relativize(p).toString(), Files.size(p));
            }
            return map;
        }
    }

    /** A PNG's width and height, from its IHDR chunk. */
    private static int[] pngSize(Path png) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
            byte[] signature = in.readNBytes(8);
            assertEquals(0x89, signature[0] & 0xff, png.toString());
            in.readInt(); // IHDR length
            assertEquals("IHDR", new String(in.readNBytes(4), StandardCharsets.US_ASCII));
            return new int[] {in.readInt(), in.readInt()};
        }
    }
}
