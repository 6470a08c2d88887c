package socketlab.lessons;

import java.util.List;
import java.util.Objects;

/**
 * One step of a lesson: what to read, what Show me does, and the check that turns ✓ when it is done.
 *
 * @param call the C call this step shows, such as {@code listen(fd, backlog)}; null when it shows none
 * @param show the actions Show me performs, in order; empty for a step that is only a question
 */
public record Step(String id, String title, String text, String call, List<Action> show, Check check) {
    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        show = List.copyOf(show);
        Objects.requireNonNull(check, "check");
    }

    /** True when the step asks the learner for an answer (its check is, or contains, {@code answer}). */
    public boolean isQuestion() {
        return check.asksForAnswer();
    }
}
