package socketlab.settings;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The per-user file that remembers the view between launches ({@code view.properties}): under
 * {@code $XDG_CONFIG_HOME/socketlab} (or {@code ~/.config/socketlab}) on Linux, {@code %APPDATA%\socketlab} on
 * Windows, {@code ~/Library/Application Support/socketlab} on macOS, or in the folder the system property
 * {@value #DIR_PROPERTY} names. Settings are a convenience: a missing file means the defaults, a broken or
 * unreadable one is ignored with one line on stderr, and a failed save is one line too — never a failed start.
 */
public final class SettingsFile {
    /** Names another folder for the settings file: tests use a temporary one, a lab machine a shared one. */
    public static final String DIR_PROPERTY = "socketlab.settings.dir";
    static final String FILE_NAME = "view.properties";

    private final Path file;
    private final PrintStream err;

    public SettingsFile(Path directory, PrintStream err) {
        this.file = directory.resolve(FILE_NAME);
        this.err = err;
    }

    /** The current user's settings file, where this platform keeps such files. */
    public static SettingsFile forUser(PrintStream err) {
        return new SettingsFile(directory(System.getProperty(DIR_PROPERTY), System.getProperty("os.name", ""),
                System.getenv(), Path.of(System.getProperty("user.home", "."))), err);
    }

    /** The settings folder for this property value, OS name, environment and home folder. */
    static Path directory(String property, String osName, Map<String, String> env, Path home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming"))
                    .resolve("socketlab");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/socketlab");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return config.resolve("socketlab");
    }

    public Path path() {
        return file;
    }

    /** The saved settings; the defaults when there are none or they cannot be read (said in one line). */
    public ViewSettings load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return ViewSettings.DEFAULTS;
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a malformed \\uXXXX escape; a MalformedInputException is an IOException.
            return ignored("it cannot be read (" + reason(e) + ")");
        }
        try {
            return parse(p);
        } catch (IllegalArgumentException e) {
            return ignored(e.getMessage());
        }
    }

    private ViewSettings ignored(String why) {
        err.println("socketlab: ignoring the saved view in " + file + ": " + why + "; starting with the defaults");
        return ViewSettings.DEFAULTS;
    }

    private static ViewSettings parse(Properties p) {
        ViewSettings d = ViewSettings.DEFAULTS;
        int percent = (int) number(p, "text.percent", d.textPercent(), 10, 1000);
        boolean dark = flag(p, "theme.dark", d.dark());
        WindowBounds window = null;
        if (p.containsKey("window.width") || p.containsKey("window.x")) {
            window = new WindowBounds(number(p, "window.x", 0, -1e6, 1e6), number(p, "window.y", 0, -1e6, 1e6),
                    number(p, "window.width", 0, 100, 1e5), number(p, "window.height", 0, 100, 1e5));
        }
        boolean maximized = flag(p, "window.maximized", d.maximized());
        boolean presenting = flag(p, "window.presentation", d.presenting());
        String pane = p.getProperty("pane", d.pane()).strip();
        if (!pane.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("pane=" + pane + " is not a pane's name");
        }
        return new ViewSettings(percent, dark, window, maximized, presenting, pane);
    }

    private static double number(Properties p, String key, double fallback, double min, double max) {
        String text = p.getProperty(key);
        if (text == null) {
            return fallback;
        }
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + text.strip() + " is not a number");
        }
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(key + "=" + text.strip() + " is out of range");
        }
        return v;
    }

    private static boolean flag(Properties p, String key, boolean fallback) {
        String text = p.getProperty(key);
        if (text == null) {
            return fallback;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + "=" + text.strip() + " is neither true nor false");
        };
    }

    /** Writes {@code s}, replacing the file in one step so that a crash never leaves half a file behind. */
    public void save(ViewSettings s) {
        Properties p = new Properties();
        p.setProperty("text.percent", Integer.toString(s.textPercent()));
        p.setProperty("theme.dark", Boolean.toString(s.dark()));
        if (s.window() != null) {
            p.setProperty("window.x", format(s.window().x()));
            p.setProperty("window.y", format(s.window().y()));
            p.setProperty("window.width", format(s.window().width()));
            p.setProperty("window.height", format(s.window().height()));
        }
        p.setProperty("window.maximized", Boolean.toString(s.maximized()));
        p.setProperty("window.presentation", Boolean.toString(s.presenting()));
        p.setProperty("pane", s.pane());
        try {
            PropertiesFile.store(file, p, "Socket Lab's view, restored at the next launch; delete this file to start afresh");
        } catch (IOException | SecurityException e) {
            err.println("socketlab: could not save the view to " + file + " (" + reason(e) + "); it is not kept");
        }
    }

    /** Deletes the saved view, so that the next launch starts with the defaults. */
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | SecurityException e) {
            err.println("socketlab: could not delete " + file + " (" + reason(e) + ")");
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String reason(Exception e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
