package socketlab.lessons;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One lesson being followed: which step is current, which are done, and the current step's check evaluated whenever
 * {@link LabFacts} observes something. When the current step's check turns true the step is done (and saved in
 * {@link LessonProgress} when one is given) and the listeners hear it, on the thread that made the observation.
 * Close it when the learner leaves the lesson.
 */
public final class LessonRun implements AutoCloseable {
    private final Lesson lesson;
    private final LabFacts facts;
    private final LessonProgress progress;
    private final boolean[] done;
    private final List<Consumer<CheckResult>> listeners = new CopyOnWriteArrayList<>();
    private final Runnable onObservation = this::recheck;
    private int index;
    private boolean closed;

    public LessonRun(Lesson lesson, LabFacts facts) {
        this(lesson, facts, null);
    }

    /** A run that remembers done steps in {@code progress} (null: nothing kept) and starts at the first not done. */
    public LessonRun(Lesson lesson, LabFacts facts, LessonProgress progress) {
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.progress = progress;
        this.done = new boolean[lesson.steps().size()];
        if (progress != null) {
            var saved = progress.done(lesson.id());
            for (int i = 0; i < done.length; i++) {
                done[i] = saved.contains(lesson.steps().get(i).id());
            }
            while (index < done.length - 1 && done[index]) {
                index++;
            }
        }
        facts.startLesson();
        facts.addListener(onObservation);
    }

    public Lesson lesson() {
        return lesson;
    }

    public LabFacts facts() {
        return facts;
    }

    /** Called with the passed result when the current step's check turns true. */
    public void onPassed(Consumer<CheckResult> listener) {
        listeners.add(listener);
    }

    public synchronized Step current() {
        return lesson.steps().get(index);
    }

    public synchronized int index() {
        return index;
    }

    public synchronized boolean done(int step) {
        return done[step];
    }

    /** True when every step is done. */
    public synchronized boolean finished() {
        for (boolean d : done) {
            if (!d) {
                return false;
            }
        }
        return true;
    }

    /** Goes to the next step (if any) and checks it at once: what already holds counts. */
    public void next() {
        synchronized (this) {
            if (index < done.length - 1) {
                index++;
            }
        }
        recheck();
    }

    public void back() {
        synchronized (this) {
            if (index > 0) {
                index--;
            }
        }
        recheck();
    }

    /** Goes to step {@code i}. */
    public void go(int i) {
        synchronized (this) {
            index = Math.max(0, Math.min(done.length - 1, i));
        }
        recheck();
    }

    /** Starts the lesson afresh: no step done, the first step current, counts from now, progress forgotten. */
    public void restart() {
        synchronized (this) {
            java.util.Arrays.fill(done, false);
            index = 0;
            if (progress != null) {
                progress.reset(lesson.id());
            }
        }
        facts.startLesson();
        recheck();
    }

    /** The current step's check now; why it does not hold in plain words. */
    public CheckResult evaluate() {
        Step step = current();
        return Checks.evaluate(step.check(), facts, step.id());
    }

    /** Gives the learner's answer to the current step and checks it. */
    public CheckResult answer(String text) {
        facts.observe(new Observation.Answered(current().id(), text == null ? "" : text));
        return evaluate();
    }

    /** The text with the facts it names filled in; a fact not seen yet shows as "…". */
    public String expand(String text) {
        return Checks.expandOr(text, facts);
    }

    /**
     * The action with the facts its parameters name filled in, ready to perform (a capture filter such as
     * {@code tcp port {server.port}}); empty when one of them is not known yet, so Show me must do an earlier step
     * first.
     */
    public java.util.Optional<Action> expand(Action action) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        for (var e : action.params().entrySet()) {
            String v = Checks.expand(e.getValue(), facts);
            if (v == null) {
                return java.util.Optional.empty();
            }
            params.put(e.getKey(), v);
        }
        return java.util.Optional.of(new Action(action.name(), params));
    }

    private void recheck() {
        Step step;
        int i;
        synchronized (this) {
            if (closed) {
                return;
            }
            i = index;
            step = lesson.steps().get(i);
        }
        CheckResult r = Checks.evaluate(step.check(), facts, step.id());
        if (!r.passed()) {
            return;
        }
        synchronized (this) {
            if (done[i] || closed) {
                return;
            }
            done[i] = true;
        }
        if (progress != null) {
            progress.markDone(lesson.id(), step.id());
        }
        for (Consumer<CheckResult> l : listeners) {
            l.accept(r);
        }
    }

    /** Stops following the engine's observations. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        facts.removeListener(onObservation);
    }
}
