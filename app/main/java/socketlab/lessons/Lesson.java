package socketlab.lessons;

import java.util.List;
import java.util.Objects;

/**
 * One lesson: a few steps that show one idea of the lectures.
 *
 * @param number teaching order (built-in lessons 1–12; user lessons choose theirs)
 * @param source where it was read from: the file name, "built-in:NN-name.lesson.toml" for the lab's own
 */
public record Lesson(String id, int number, String title, String summary, List<String> concepts, List<Step> steps,
        String source) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        concepts = List.copyOf(concepts);
        steps = List.copyOf(steps);
        Objects.requireNonNull(source, "source");
    }

    /** True for the lessons shipped inside the lab. */
    public boolean builtIn() {
        return source.startsWith(LessonFiles.BUILT_IN_PREFIX);
    }
}
