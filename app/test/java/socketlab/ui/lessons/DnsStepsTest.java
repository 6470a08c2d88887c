package socketlab.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.lessons.Lesson;
import socketlab.lessons.LessonFiles;

/** The steps for which the lab points the DNS pane at its own hierarchy are the DNS lessons' lookups and trace. */
class DnsStepsTest {
    @Test
    void theBuiltInStepsThatAskDnsAreLessonSevensLookupsAndLessonEightsTrace() {
        List<String> asking = LessonFiles.loadBuiltIn().lessons().stream().flatMap((Lesson l) -> l.steps().stream()
                .filter(DnsSteps::asksDns).map(s -> l.number() + "/" + s.id())).toList();
        assertEquals(List.of("7/localhost", "7/a-record", "7/aaaa", "7/reverse", "8/trace"), asking);
    }
}
