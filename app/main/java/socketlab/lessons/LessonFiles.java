package socketlab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads lessons: the lab's own (listed in {@code socketlab/lessons/index.txt} on the class path, because a class
 * path cannot be listed) and those in a folder the user chooses ({@code *.lesson.toml}). A bad file is refused with
 * its file, line and reason while every other lesson still loads; a user lesson with the id of another lesson is
 * refused too, never silently put in its place.
 */
public final class LessonFiles {
    /** The file-name ending of a lesson file. */
    public static final String SUFFIX = ".lesson.toml";
    /** How a built-in lesson's source starts. */
    public static final String BUILT_IN_PREFIX = "built-in:";
    static final String RESOURCE_DIR = "/socketlab/lessons/";
    /** Far more than a lesson needs; a bigger file is a wrong file, not a lesson. */
    static final long MAX_BYTES = 512 * 1024;

    private LessonFiles() {
    }

    /** The lessons shipped inside the lab, in teaching order. */
    public static LessonLoad loadBuiltIn() {
        List<Lesson> lessons = new ArrayList<>();
        List<LessonProblem> problems = new ArrayList<>();
        String index;
        try {
            index = resource("index.txt");
        } catch (IOException e) {
            return new LessonLoad(List.of(), List.of(new LessonProblem(BUILT_IN_PREFIX + "index.txt", 0,
                    "the list of the lab's lessons is missing from the application (" + e.getMessage() + ")")));
        }
        Map<String, String> ids = new HashMap<>();
        int lineNo = 0;
        for (String line : index.split("\n")) {
            lineNo++;
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String source = BUILT_IN_PREFIX + name;
            String text;
            try {
                text = resource(name);
            } catch (IOException e) {
                problems.add(new LessonProblem(BUILT_IN_PREFIX + "index.txt", lineNo, "the lesson " + name
                        + " is missing from the application"));
                continue;
            }
            LessonParser.Result r = LessonParser.parse(text, source);
            problems.addAll(r.problems());
            if (r.lesson() != null) {
                String other = ids.putIfAbsent(r.lesson().id(), source);
                if (other != null) {
                    problems.add(new LessonProblem(source, idLine(text), "the id '" + r.lesson().id()
                            + "' is already the id of " + other));
                } else {
                    lessons.add(r.lesson());
                }
            }
        }
        lessons.sort(ORDER);
        return new LessonLoad(lessons, problems);
    }

    /**
     * The built-in lessons plus those in {@code folder}; a user lesson whose id another lesson has is refused with
     * a problem naming both.
     */
    public static LessonLoad load(Path folder, LessonLoad builtIn) {
        List<Lesson> lessons = new ArrayList<>(builtIn.lessons());
        List<LessonProblem> problems = new ArrayList<>(builtIn.problems());
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (NoSuchFileException | NotDirectoryException e) {
            problems.add(new LessonProblem(folder.toString(), 0, "no such folder"));
            return new LessonLoad(lessons, problems);
        } catch (IOException | SecurityException e) {
            problems.add(new LessonProblem(folder.toString(), 0, "the folder cannot be read (" + e.getMessage()
                    + ")"));
            return new LessonLoad(lessons, problems);
        }
        Map<String, String> ids = new HashMap<>();
        for (Lesson l : lessons) {
            ids.put(l.id(), l.source());
        }
        for (Path file : files) {
            Loaded loaded = read(file);
            problems.addAll(loaded.problems);
            Lesson l = loaded.lesson;
            if (l == null) {
                continue;
            }
            String other = ids.putIfAbsent(l.id(), l.source());
            if (other != null) {
                problems.add(new LessonProblem(file.toString(), idLine(loaded.text), "the id '" + l.id()
                        + "' is already the id of " + describe(other) + "; give this lesson another id"));
                continue;
            }
            lessons.add(l);
        }
        lessons.sort(ORDER);
        return new LessonLoad(lessons, problems);
    }

    /** Every problem of one lesson file, as the CLI reports them; empty when the file is a valid lesson. */
    public static List<LessonProblem> check(Path file) {
        Loaded loaded = read(file);
        if (loaded.lesson == null) {
            return loaded.problems;
        }
        for (Lesson l : loadBuiltIn().lessons()) {
            if (l.id().equals(loaded.lesson.id())) {
                return List.of(new LessonProblem(file.toString(), idLine(loaded.text), "the id '" + l.id()
                        + "' is already the id of " + describe(l.source()) + "; give this lesson another id"));
            }
        }
        return List.of();
    }

    /** Reads and parses one file; the text is kept to find lines again. */
    static Loaded read(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return new Loaded(null, "", List.of(new LessonProblem(name, 0, "this is a folder, not a lesson"
                        + " file")));
            }
            if (Files.size(file) > MAX_BYTES) {
                return new Loaded(null, "", List.of(new LessonProblem(name, 0, "the file is larger than "
                        + MAX_BYTES / 1024 + " KiB: not a lesson")));
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            LessonParser.Result r = LessonParser.parse(text, name);
            return new Loaded(r.lesson(), text, r.problems());
        } catch (NoSuchFileException e) {
            return new Loaded(null, "", List.of(new LessonProblem(name, 0, "no such file")));
        } catch (CharacterCodingException e) {
            return new Loaded(null, "", List.of(new LessonProblem(name, 0, "the file is not UTF-8 text")));
        } catch (IOException | SecurityException e) {
            return new Loaded(null, "", List.of(new LessonProblem(name, 0, "the file cannot be read ("
                    + e.getMessage() + ")")));
        }
    }

    record Loaded(Lesson lesson, String text, List<LessonProblem> problems) {
    }

    private static final Comparator<Lesson> ORDER = Comparator.comparingInt(Lesson::number)
            .thenComparing(l -> !l.builtIn()).thenComparing(Lesson::id);

    private static String describe(String source) {
        return source.startsWith(BUILT_IN_PREFIX) ? "the lab's lesson " + source.substring(BUILT_IN_PREFIX.length())
                : source;
    }

    private static int idLine(String text) {
        try {
            TomlValue id = TomlReader.read(text).get("id");
            return id == null ? 0 : id.line();
        } catch (TomlError e) {
            return 0;
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LessonFiles.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new NoSuchFileException(RESOURCE_DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
