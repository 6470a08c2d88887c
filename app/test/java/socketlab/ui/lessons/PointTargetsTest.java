package socketlab.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import socketlab.lessons.LessonTargets;

/** Every name a lesson file may point at has a control in the window, and the window knows no other name. */
class PointTargetsTest {
    @Test
    void theWindowKnowsExactlyTheNamesLessonFilesAreCheckedAgainst() {
        assertEquals(new TreeSet<>(LessonTargets.NAMES), new TreeSet<>(PointTargets.names()));
    }

    @Test
    void eachNameSaysItsPaneAndAControlIdAndATabOnlyWithItsTabPane() {
        for (String name : PointTargets.names()) {
            PointTargets.Target t = PointTargets.of(name);
            assertEquals(name.substring(0, name.indexOf('.')), t.pane(), name);
            assertTrue(t.selector().startsWith("#"), name);
            assertEquals(t.tabs() == null, t.tab() == null, name);
        }
    }
}
