package socketlab.lessons;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Properties;
import socketlab.settings.PropertiesFile;
import java.util.Set;
import java.util.TreeMap;
import socketlab.settings.SettingsFile;

/**
 * Which steps of which lesson the user has done, kept in {@code lessons.properties} beside the view settings
 * ({@link SettingsFile}'s folder): one line per lesson, {@code id = step,step,...}. Progress is a convenience: a
 * missing file means nothing done; a broken one is ignored with one line on stderr; a failed save is one line too.
 * Thread-safe.
 */
public final class LessonProgress {
    static final String FILE_NAME = "lessons.properties";

    private final Path file;
    private final PrintStream err;
    private final TreeMap<String, Set<String>> done = new TreeMap<>();
    private boolean saveFailed;

    public LessonProgress(Path directory, PrintStream err) {
        this.file = directory.resolve(FILE_NAME);
        this.err = err;
        load();
    }

    /** The current user's progress, beside the view settings. */
    public static LessonProgress forUser(PrintStream err) {
        return new LessonProgress(SettingsFile.forUser(err).path().getParent(), err);
    }

    public Path path() {
        return file;
    }

    private void load() {
        Properties p = new Properties();
        if (!Files.exists(file)) {
            return; // nothing done yet (also when the folder is missing or is not a folder: the save will say so)
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | IllegalArgumentException e) {
            err.println("socketlab: ignoring the lesson progress in " + file + ": it cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); starting with no step done");
            return;
        }
        for (String id : p.stringPropertyNames()) {
            String v = p.getProperty(id).strip();
            if (!id.matches("[a-z0-9][a-z0-9-]*") || !v.matches("([A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*)?")) {
                err.println("socketlab: ignoring the lesson progress in " + file + ": '" + id + "=" + v
                        + "' is not a lesson and its steps; starting with no step done");
                done.clear();
                return;
            }
            done.put(id, new LinkedHashSet<>(v.isEmpty() ? Set.of() : Arrays.asList(v.split(","))));
        }
    }

    /** The ids of the steps done in this lesson. */
    public synchronized Set<String> done(String lessonId) {
        return Set.copyOf(done.getOrDefault(lessonId, Set.of()));
    }

    public synchronized void markDone(String lessonId, String stepId) {
        if (done.computeIfAbsent(lessonId, k -> new LinkedHashSet<>()).add(stepId)) {
            save();
        }
    }

    /** Forgets the lesson's progress (a restart). */
    public synchronized void reset(String lessonId) {
        if (done.remove(lessonId) != null) {
            save();
        }
    }

    private void save() {
        Properties p = new Properties();
        done.forEach((k, v) -> p.setProperty(k, String.join(",", v)));
        try {
            PropertiesFile.store(file, p,
                    "Socket Lab: the lesson steps done; delete this file to start every lesson afresh");
            saveFailed = false;
        } catch (IOException | SecurityException e) {
            if (!saveFailed) {
                // One line, not one per step: the lesson goes on without saving.
                err.println("socketlab: could not save the lesson progress to " + file + " ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                        + "); it is not kept");
            }
            saveFailed = true;
        }
    }
}
