package socketlab;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's entry point: no arguments opens the lab window, a capture file opens the window on it (as a file
 * manager's double-click does), other arguments run the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogFile.install(); // technical details go to the log file, never as a stack trace to the user
        if (opensWindow(args)) {
            Optional<String> why = noDisplay(System.getProperty("os.name", ""), System.getenv(),
                    System.getProperty("glass.platform"));
            if (why.isPresent()) {
                // JavaFX would end with a stack trace ("Unable to open DISPLAY"), as over ssh without X forwarding.
                System.err.println(why.get());
                System.exit(socketlab.cli.Cli.REFUSED);
            }
            socketlab.ui.LabApp.launchWindow(args);
        } else {
            System.exit(socketlab.cli.Cli.run(args, System.out, System.err));
        }
    }

    /**
     * Whether the arguments ask for the window: none, or one capture file — named by its extension, or given as an
     * existing file's absolute path, as a file manager passes a file it recognised as a capture by its contents
     * (no command starts with a slash).
     */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1) {
            return false;
        }
        if (isCaptureFile(args[0])) {
            return true;
        }
        try {
            java.nio.file.Path p = java.nio.file.Path.of(args[0]);
            return p.isAbsolute() && java.nio.file.Files.isRegularFile(p);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Why the window cannot open, when a Linux or BSD session has no display (neither {@code DISPLAY} nor
     * {@code WAYLAND_DISPLAY}); empty when it may open, or when JavaFX is told to use another platform (the tests'
     * headless one).
     */
    static Optional<String> noDisplay(String osName, Map<String, String> env,
            String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x11Family = os.contains("linux") || os.contains("bsd") || os.contains("sunos");
        if (!x11Family || (glassPlatform != null && !glassPlatform.isBlank())
                || !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank()) {
            return Optional.empty();
        }
        return Optional.of("socketlab: there is no display to open the window on (DISPLAY is not set):"
                + " start it in a desktop session, or use the command line: socketlab --help");
    }

    /** Whether an argument names a capture file (by its extension) rather than a command. */
    public static boolean isCaptureFile(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return !a.startsWith("-") && (a.endsWith(".pcap") || a.endsWith(".pcapng") || a.endsWith(".cap"));
    }
}
