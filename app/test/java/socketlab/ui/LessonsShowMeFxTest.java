package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import socketlab.lessons.Check;
import socketlab.lessons.Lesson;
import socketlab.lessons.LessonFiles;
import socketlab.lessons.Step;
import socketlab.ui.lessons.LessonsViewModel;

/**
 * Every built-in lesson played end to end with Show me alone, in the window, over real sockets: each step's Show me
 * runs through the panes, and its check turns ✓ by itself (a question is answered with the fact it asks for).
 * Leaving the lesson stops what it started.
 */
@ExtendWith(ApplicationExtension.class)
class LessonsShowMeFxTest {
    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private Lab lab;

    @Start
    void start(Stage stage) {
        // The DNS lessons use the lab's local hierarchy: tests send nothing beyond loopback.
        System.setProperty(socketlab.ui.lessons.DnsServers.OFFLINE_PROPERTY, "true");
        lab = Lab.open(stage, errors);
    }

    @Stop
    void stop() {
        lab.close();
    }

    @Test
    void everyBuiltInLessonPlaysWithShowMeAloneAndEveryCheckTurnsGreenByItself(FxRobot robot) throws Exception {
        // -Dlessons.only=10,11 plays only those while working on them.
        String only = System.getProperty("lessons.only", "");
        List<Lesson> lessons = LessonFiles.loadBuiltIn().lessons().stream().filter(l -> only.isEmpty()
                || List.of(only.split(",")).contains(String.valueOf(l.number()))).toList();
        assertFalse(lessons.isEmpty(), "the lab ships lessons");
        LessonsViewModel vm = lab.lessons();
        waitUntil(() -> vm.lessons().size() == LessonFiles.loadBuiltIn().lessons().size());
        onFx(() -> {
            lab.window().showPane("lessons");
            return null;
        });
        for (Lesson lesson : lessons) {
            onFx(() -> {
                vm.begin(vm.lessons().stream().filter(l -> l.id().equals(lesson.id())).findFirst().orElseThrow());
                vm.restart();
                return null;
            });
            for (int i = 0; i < lesson.steps().size(); i++) {
                Step step = lesson.steps().get(i);
                String where = "lesson " + lesson.number() + " step " + (i + 1) + " (" + step.id() + ")";
                assertEquals(i, (int) onFx(() -> vm.stepIndexProperty().get()), where);
                if (!step.show().isEmpty()) {
                    onFx(vm::showMe);
                    waitUntil(() -> !vm.showingProperty().get());
                    assertEquals("", onFx(() -> vm.showMeProblemProperty().get()), where);
                }
                if (step.isQuestion()) {
                    String right = onFx(() -> vm.fill(answerOf(step.check()).param("equals")));
                    assertFalse(right.contains("…"), where + ": the fact its answer names is known: " + right);
                    onFx(() -> {
                        vm.answerProperty().set(right);
                        vm.answer();
                        return null;
                    });
                }
                awaitPassed(vm, where);
                System.out.println("lesson step passed: " + where);
                onFx(() -> {
                    vm.next();
                    return null;
                });
            }
            onFx(() -> {
                vm.leave();
                return null;
            });
            waitUntil(() -> vm.lessonProperty().get() == null);
        }
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    /** The answer check of a question step (itself, or inside an {@code all}). */
    static Check answerOf(Check c) {
        if (c.name().equals("answer")) {
            return c;
        }
        return c.of().stream().filter(Check::asksForAnswer).map(LessonsShowMeFxTest::answerOf).findFirst()
                .orElseThrow();
    }

    static void awaitPassed(LessonsViewModel vm, String where) throws TimeoutException {
        try {
            waitUntil(() -> vm.passedProperty().get());
        } catch (TimeoutException e) {
            throw new AssertionError(where + " never turned ✓: " + onFx(() -> vm.whyProperty().get()), e);
        }
    }
}
