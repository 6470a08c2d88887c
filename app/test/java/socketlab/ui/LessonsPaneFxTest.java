package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import socketlab.lessons.Lesson;
import socketlab.ui.lessons.LessonsViewModel;

/**
 * The Lessons pane's own behaviour: a user folder whose broken file is listed as file:line: reason while its good
 * lesson loads; the demo chained by a clicker's keys, in presentation mode with the strip over another pane; leaving
 * a lesson stops what its Show me started, unless the learner keeps it.
 */
class LessonsPaneFxTest extends LabWindowFixture {
    private LessonsViewModel vm;

    @TempDir
    Path folder;

    LessonsPaneFxTest() {
        System.setProperty(socketlab.ui.lessons.DnsServers.OFFLINE_PROPERTY, "true");
    }

    @BeforeEach
    void lessons() {
        vm = lab.lessons();
    }

    @Test
    void aUserFolderAddsItsLessonsAndListsABrokenFileWithItsLineAndReason(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("50-mine.lesson.toml"), """
                format = 1
                id = "my-own"
                number = 50
                title = "My own lesson"
                summary = "written for my course"
                concepts = ["socket"]

                [[steps]]
                id = "q"
                title = "A question"
                text = "Which port does HTTP use?"
                check = { check = "answer", equals = "80", hint = "below 100" }
                """);
        Files.writeString(folder.resolve("51-broken.lesson.toml"), """
                format = 1
                id = "broken"
                number = 51
                title = "Broken"

                [[steps]]
                id = "s"
                title = "S"
                text = "t"
                show = [ { action = "fly-to-the-moon" } ]
                check = { check = "answer", equals = "1" }
                """);
        waitUntil(() -> !vm.lessons().isEmpty());
        int builtIn = onFx(() -> vm.lessons().size());
        robot.clickOn("#nav-lessons");
        robot.clickOn("#folderField").write(folder.toString()).push(KeyCode.ENTER);
        waitUntil(() -> vm.lessons().size() == builtIn + 1);
        assertTrue(onFx(() -> vm.lessons().stream().anyMatch(l -> l.id().equals("my-own"))));
        waitUntil(() -> !vm.problems().isEmpty());
        String problem = onFx(() -> vm.problems().getFirst());
        assertTrue(problem.matches(".*51-broken\\.lesson\\.toml:10: .*fly-to-the-moon.*"), problem);
        assertTrue(onFx(() -> robot.lookup(".problem-line").queryAs(Label.class).getText()).equals(problem),
                "the problem is on screen");

        robot.clickOn("#folderField").push(KeyCode.CONTROL, KeyCode.A).write(folder.resolve("nope").toString())
                .push(KeyCode.ENTER);
        waitUntil(() -> !vm.folderNoteProperty().get().isEmpty());
        assertTrue(onFx(() -> robot.lookup("#folderNote").queryAs(Label.class).isVisible()));
        assertEquals(builtIn + 1, (int) onFx(() -> vm.lessons().size()), "a wrong folder loses nothing");
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    @Test
    void theDemoGoesOnWithTheClickersKeysInPresentationModeAndLeavingStopsWhatItStarted(FxRobot robot)
            throws Exception {
        waitUntil(() -> !vm.lessons().isEmpty());
        Lesson first = onFx(() -> vm.lessons().getFirst());
        robot.clickOn("#nav-lessons");
        onFx(() -> {
            vm.begin(first);
            vm.restart();
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#demoButton");
        waitUntil(() -> !vm.showingProperty().get() && vm.passedProperty().get());
        assertEquals("servers", onFx(() -> lab.window().currentPane()), "Show me opened the Servers pane");
        // The headless platform fails drawing a tooltip over a full-screen window (see KeyboardFxTest): alone, at
        // the top-left, with the mouse where no tooltip shows.
        onFx(() -> {
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                    .forEach(javafx.stage.Window::hide);
            stage.setX(0);
            stage.setY(0);
            return null;
        });
        robot.moveTo(".app-title");
        robot.push(KeyCode.F11);
        robot.moveTo("#stripStep");
        assertTrue(onFx(() -> lab.window().presentingProperty().get()));
        assertTrue(onFx(() -> robot.lookup("#lessonStrip").query().isVisible()), "the strip stays in presentation");

        robot.push(KeyCode.SPACE); // the clicker: the next step, shown
        waitUntil(() -> vm.stepIndexProperty().get() == 1);
        waitUntil(() -> !vm.showingProperty().get() && vm.passedProperty().get());
        assertEquals("clients", onFx(() -> lab.window().currentPane()));
        assertTrue(onFx(() -> robot.lookup("#stripStep").queryAs(Label.class).getText()).startsWith("2/"));
        // Show me left the focus in the Clients pane's first field: Page Up, as a clicker sends it, still works.
        robot.push(KeyCode.PAGE_UP);
        waitUntil(() -> vm.stepIndexProperty().get() == 0);
        robot.push(KeyCode.ESCAPE);
        assertFalse(onFx(() -> lab.window().presentingProperty().get()));
        onFx(() -> {
            stage.setWidth(Lab.WIDTH);
            stage.setHeight(Lab.HEIGHT);
            return null;
        });

        // Leaving stops the server Show me started.
        robot.clickOn("#stripOpen");
        robot.clickOn("#leaveButton");
        waitUntil(() -> vm.lessonProperty().get() == null);
        robot.clickOn("#nav-servers");
        waitUntil(() -> robot.lookup("#serverList").queryAs(ListView.class).getItems().isEmpty());
        assertFalse(onFx(() -> robot.lookup("#lessonStrip").query().isVisible()), "no lesson, no strip");

        // Unless the learner keeps it.
        robot.clickOn("#nav-lessons");
        onFx(() -> {
            vm.begin(first);
            vm.restart();
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lessonShowMe");
        waitUntil(() -> !vm.showingProperty().get() && vm.passedProperty().get());
        robot.clickOn("#nav-lessons");
        robot.clickOn("#keepCheck");
        robot.clickOn("#leaveButton");
        robot.clickOn("#nav-servers");
        assertEquals(1, (int) onFx(() -> robot.lookup("#serverList").queryAs(ListView.class).getItems().size()),
                "the kept server still runs");
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }
}
