package socketlab.ui.lessons;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import socketlab.settings.PropertiesFile;
import socketlab.lessons.Lesson;
import socketlab.lessons.LessonFiles;
import socketlab.lessons.LessonLoad;
import socketlab.lessons.LessonProgress;

/**
 * Where the window's lessons come from and what the learner did in them: the built-in lessons, the folder of the
 * learner's own (settings key {@code lessons.folder}, in {@code lessons.properties} beside the view settings), and
 * the progress file. Without a settings folder (tests) nothing is remembered.
 */
public final class LessonBook {
    static final String FILE_NAME = "lesson-folder.properties";
    static final String FOLDER_KEY = "lessons.folder";

    private final Path settingsDir;
    private final PrintStream err;
    /** The progress file; null when nothing is remembered, then {@link #memory} alone holds it. */
    private final LessonProgress progress;
    /** The steps done in this window, by lesson id (also where a lesson left without a progress file). */
    private final java.util.Map<String, java.util.Set<String>> memory = new java.util.HashMap<>();
    private volatile Path folder;

    /** {@code settingsDir}: where settings are kept, or null to remember nothing. */
    public LessonBook(Path settingsDir, PrintStream err) {
        this.settingsDir = settingsDir;
        this.err = err;
        this.progress = settingsDir == null ? null : new LessonProgress(settingsDir, err);
        this.folder = readFolder();
    }

    /** The built-in lessons and those of the chosen folder; may take a moment (reads files). */
    LessonLoad load() {
        LessonLoad builtIn = LessonFiles.loadBuiltIn();
        Path f = folder;
        return f == null ? builtIn : LessonFiles.load(f, builtIn);
    }

    Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Chooses the folder of the learner's own lessons (null: none) and remembers it. */
    void setFolder(Path f) {
        folder = f;
        if (settingsDir == null) {
            return;
        }
        Properties p = new Properties();
        if (f != null) {
            p.setProperty(FOLDER_KEY, f.toString());
        }
        try {
            PropertiesFile.store(settingsDir.resolve(FILE_NAME), p, "Socket Lab: the folder of your own lessons");
        } catch (IOException e) {
            err.println("socketlab: could not save the lessons folder in " + settingsDir + ": " + e.getMessage());
        }
    }

    private Path readFolder() {
        if (settingsDir == null) {
            return null;
        }
        Path file = settingsDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            String v = p.getProperty(FOLDER_KEY, "").strip();
            return v.isEmpty() ? null : Path.of(v);
        } catch (IOException | IllegalArgumentException e) {
            err.println("socketlab: ignoring " + file + ": " + e.getMessage());
            return null;
        }
    }

    /** The progress file a lesson run keeps its done steps in, or null. */
    LessonProgress progress() {
        return progress;
    }

    boolean isDone(Lesson l, int step) {
        String id = l.steps().get(step).id();
        return memory.getOrDefault(l.id(), java.util.Set.of()).contains(id)
                || progress != null && progress.done(l.id()).contains(id);
    }

    /** Notes a step done in this window (the run writes the progress file itself). */
    void markDone(Lesson l, int step) {
        memory.computeIfAbsent(l.id(), k -> new java.util.HashSet<>()).add(l.steps().get(step).id());
    }

    /** Forgets a restarted lesson's steps (the run resets the progress file itself). */
    void forget(Lesson l) {
        memory.remove(l.id());
    }
}
