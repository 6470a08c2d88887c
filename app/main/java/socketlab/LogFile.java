package socketlab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The lab's log file, where the technical details of unexpected errors go (stack traces included) instead of the
 * terminal or the window: a user sees one sentence and where the details are. One file per user, at most 1 MB:
 * {@code ~/.local/state/socketlab/socketlab.log} on Linux ({@code $XDG_STATE_HOME} if set),
 * {@code ~/Library/Logs/Socket Lab} on macOS, {@code %LOCALAPPDATA%\Socket Lab\logs} on Windows.
 */
public final class LogFile {
    private static final int MAX_BYTES = 1 << 20;
    private static volatile Path path;
    private static volatile String problem = "";

    private LogFile() {
    }

    /** Sends every log record to the file instead of the console; once, when the program starts. */
    public static synchronized void install() {
        if (path != null) {
            return;
        }
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                root.removeHandler(h);
            }
        }
        Path file = folder().resolve("socketlab.log");
        try {
            Files.createDirectories(file.getParent());
            FileHandler handler = new FileHandler(file.toString().replace("%", "%%"), MAX_BYTES, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            root.addHandler(handler);
            path = file;
        } catch (IOException | RuntimeException e) {
            // Without a file the details are lost, but a user still never sees a stack trace.
            problem = "no log file could be written at " + file + " (" + e.getMessage() + ")";
        }
    }

    /** The log file, once {@link #install()} has opened it. */
    public static Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** Where the details are, for the end of a one-line message: "the details are in /home/u/.../socketlab.log". */
    public static String pointer() {
        Path p = path;
        if (p != null) {
            return "the details are in " + p;
        }
        return problem.isEmpty() ? "the details went to the program's log" : problem;
    }

    /** The folder this system keeps per-user logs in. */
    static Path folder() {
        String home = System.getProperty("user.home", ".");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Socket Lab", "logs");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Logs", "Socket Lab");
        }
        String state = System.getenv("XDG_STATE_HOME");
        return (state != null && !state.isBlank() ? Path.of(state) : Path.of(home, ".local", "state"))
                .resolve("socketlab");
    }
}
