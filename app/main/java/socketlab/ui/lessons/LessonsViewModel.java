package socketlab.ui.lessons;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import socketlab.lessons.CheckResult;
import socketlab.lessons.LabFacts;
import socketlab.lessons.Lesson;
import socketlab.lessons.LessonLoad;
import socketlab.lessons.LessonRun;
import socketlab.lessons.Step;
import socketlab.ui.Background;
import socketlab.ui.PulseQueue;
import socketlab.ui.Pulses;

/**
 * The Lessons pane and strip's state: the lessons in teaching order with their progress, the lesson being taken, its
 * step, the step's check (✓ or the plain-words why), the answer to a question and its hint, Show me and the demo.
 * Checks are evaluated from {@link LabFacts}, which the panes' engine events feed; a check that turns true on an
 * event thread comes back through a pulse queue. JavaFX thread.
 */
public final class LessonsViewModel implements AutoCloseable {
    private final LabFacts facts;
    private final LessonBook book;
    private final ShowMe showMe;
    private final Background background;
    private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    /** Checks that turned true on the observers' threads, handed over once per pulse. */
    private final PulseQueue<CheckResult> passedQueue = new PulseQueue<>(256);
    /** Set by every observation: the step's check is evaluated again at the next pulse. */
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private final Subscription pulse;
    /** On the observers' threads: only marks the check stale, for the next pulse to evaluate it. */
    private final Runnable markStale = () -> stale.set(true);

    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", -1);
    private final ReadOnlyBooleanWrapper passed = new ReadOnlyBooleanWrapper(this, "passed");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyStringWrapper showMeProblem = new ReadOnlyStringWrapper(this, "showMeProblem", "");
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(this, "demo");
    private final BooleanProperty keep = new SimpleBooleanProperty(this, "keep");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ReadOnlyStringWrapper folderNote = new ReadOnlyStringWrapper(this, "folderNote", "");
    /** Bumped whenever a step's done mark changes, so the list's ✓ marks refresh. */
    private final ReadOnlyIntegerWrapper progressVersion = new ReadOnlyIntegerWrapper(this, "progressVersion");
    private final StringProperty dnsNote = new SimpleStringProperty(this, "dnsNote", "");
    private final StringProperty dnsStripNote = new SimpleStringProperty(this, "dnsStripNote", "");
    private LessonRun run;

    /**
     * @param book       loads the lessons and keeps the learner's progress
     * @param showMe     does a step's Show me through the panes
     * @param background reads lesson folders off the JavaFX thread
     */
    public LessonsViewModel(LabFacts facts, LessonBook book, ShowMe showMe, Background background,
            Pulses pulses) {
        this.facts = facts;
        this.book = book;
        this.showMe = showMe;
        this.background = background;
        this.pulse = pulses.subscribe(this::pulse);
        facts.addListener(markStale);
        folder.set(book.folder().map(Path::toString).orElse(""));
        reload();
    }

    private void pulse() {
        var batch = passedQueue.drain();
        if (!batch.items().isEmpty()) {
            stale.set(true);
        }
        if (run != null && stale.getAndSet(false)) {
            refreshCheck();
        }
    }

    private void refreshCheck() {
        Step s = run.current();
        if (s.isQuestion()) {
            // A question is answered, not observed: its state changes when the learner answers.
            boolean done = run.done(run.index());
            passed.set(done);
            why.set(done ? "" : "give your answer below");
            return;
        }
        CheckResult r = run.evaluate();
        // Once done, a step stays done (the server may stop later); its check may be false again now.
        boolean done = r.passed() || run.done(run.index());
        if (done && !book.isDone(run.lesson(), run.index())) {
            book.markDone(run.lesson(), run.index());
            progressVersion.set(progressVersion.get() + 1);
        }
        passed.set(done);
        why.set(done ? "" : r.why());
    }

    // ---- loading

    /** Loads the built-in lessons and those of the chosen folder, in the background; problems are listed. */
    public void reload() {
        background.run(book::load, load -> {
            lessons.setAll(load.lessons());
            problems.setAll(load.problems().stream().map(Object::toString).toList());
            if (lesson.get() != null && !load.lessons().contains(lesson.get())) {
                leave();
            }
        }, e -> problems.setAll(List.of("the lessons did not load: " + e.getMessage())));
    }

    /** Uses {@code text} as the folder of the learner's own lessons (empty: none), remembers it and reloads. */
    public void chooseFolder(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.isEmpty() && !Files.isDirectory(Path.of(t))) {
            folderNote.set("no folder " + t + ": choose a folder that holds .lesson.toml files");
            return;
        }
        folder.set(t);
        folderNote.set("");
        book.setFolder(t.isEmpty() ? null : Path.of(t));
        reload();
    }

    // ---- taking a lesson

    /** Begins {@code l} at its first step not yet done; the lesson taken before is left first. */
    public void begin(Lesson l) {
        if (run != null) {
            leave();
        }
        run = new LessonRun(l, facts, book.progress());
        run.onPassed(passedQueue::offer);
        int first = 0;
        while (first < l.steps().size() - 1 && book.isDone(l, first)) {
            first++;
        }
        run.go(first);
        lesson.set(l);
        showStep();
    }

    /** Leaves the lesson: stops what its Show me started unless the learner chose to keep it. */
    public void leave() {
        if (keep.get()) {
            showMe.keepAll();
        } else {
            showMe.stopAll();
        }
        demo.set(false);
        if (run != null) {
            run.close();
        }
        run = null;
        lesson.set(null);
        step.set(null);
        stepIndex.set(-1);
        passed.set(false);
        why.set("");
        hint.set("");
        showMeProblem.set("");
    }

    public void next() {
        if (run != null && run.index() < run.lesson().steps().size() - 1) {
            run.next();
            showStep();
        }
    }

    public void back() {
        if (run != null && run.index() > 0) {
            run.back();
            showStep();
        }
    }

    /** Starts the lesson again from its first step, forgetting its progress and stopping what it started. */
    public void restart() {
        if (run == null) {
            return;
        }
        showMe.stopAll();
        book.forget(run.lesson());
        progressVersion.set(progressVersion.get() + 1);
        run.restart();
        showStep();
    }

    private void showStep() {
        // The index first: the page numbers the step ("Step 4 of 7") when the step changes, reading the index then.
        stepIndex.set(run.index());
        step.set(run.current());
        answer.set("");
        hint.set("");
        showMeProblem.set("");
        passed.set(false);
        why.set("");
        stale.set(true);
        refreshCheck();
    }

    /** Checks the learner's answer to a question step; a wrong one shows its hint. */
    public void answer() {
        if (run == null || !run.current().isQuestion()) {
            return;
        }
        CheckResult r = run.answer(answer.get() == null ? "" : answer.get());
        hint.set(r.passed() ? "" : r.why());
        if (r.passed()) {
            book.markDone(run.lesson(), run.index());
            progressVersion.set(progressVersion.get() + 1);
        }
        passed.set(r.passed());
        why.set(r.passed() ? "" : "that is not it yet: read the hint beside your answer");
    }

    /** Does the step for the learner; completes when its last action shows. */
    public CompletableFuture<Void> showMe() {
        if (run == null || showing.get()) {
            return CompletableFuture.completedFuture(null);
        }
        Step s = run.current();
        showing.set(true);
        showMeProblem.set("");
        return showMe.perform(s.show(), run::expand).whenComplete((v, e) -> {
            showing.set(false);
            if (e != null) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                showMeProblem.set("Show me stopped: " + (cause instanceof ShowMeFailure ? cause.getMessage()
                        : String.valueOf(cause)));
            }
            stale.set(true);
        });
    }

    // ---- the demo

    /** Runs the lesson as a demo: this step's Show me now, the next one's on each press of {@link #demoNext}. */
    public void startDemo() {
        if (run == null) {
            return;
        }
        demo.set(true);
        showMe();
    }

    /** The clicker's "next": the next step, shown. */
    public void demoNext() {
        if (run == null || showing.get()) {
            return;
        }
        if (run.index() < run.lesson().steps().size() - 1) {
            next();
            if (!run.current().show().isEmpty()) {
                showMe();
            }
        }
    }

    public void stopDemo() {
        demo.set(false);
    }

    /** Whether step {@code i} of {@code l} is done, for the list's marks. */
    public boolean isDone(Lesson l, int i) {
        return run != null && run.lesson() == l && run.done(i) || book.isDone(l, i);
    }

    /** Whether every step of {@code l} is done. */
    public boolean isComplete(Lesson l) {
        for (int i = 0; i < l.steps().size(); i++) {
            if (!isDone(l, i)) {
                return false;
            }
        }
        return !l.steps().isEmpty();
    }

    // ---- properties

    public ObservableList<Lesson> lessons() {
        return lessons;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passedProperty() {
        return passed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty showMeProblemProperty() {
        return showMeProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** Where the DNS lessons' questions go when it is not the Internet (the lab's local hierarchy); else empty. */
    public StringProperty dnsNoteProperty() {
        return dnsNote;
    }

    /** The same, in a few words for the lesson strip. */
    public StringProperty dnsStripNoteProperty() {
        return dnsStripNote;
    }

    public BooleanProperty keepProperty() {
        return keep;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyStringProperty folderNoteProperty() {
        return folderNote.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty progressVersionProperty() {
        return progressVersion.getReadOnlyProperty();
    }

    /** The text of the current step with the facts it names filled in. */
    public String fill(String text) {
        return run == null || text == null ? "" : run.expand(text);
    }

    @Override
    public void close() {
        pulse.unsubscribe();
        facts.removeListener(markStale);
        if (run != null) {
            run.close();
        }
    }
}
