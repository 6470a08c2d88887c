package socketlab.lessons;

import java.util.List;

/** The lessons that loaded, in teaching order, and the problems of the files that did not. */
public record LessonLoad(List<Lesson> lessons, List<LessonProblem> problems) {
    public LessonLoad {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    /** The lesson with this id, if it loaded. */
    public java.util.Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
