package socketlab.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A restored window stays on a screen that is there now. */
class WindowBoundsTest {
    private static final WindowBounds LAPTOP = new WindowBounds(0, 0, 1366, 768);
    private static final WindowBounds PROJECTOR = new WindowBounds(1366, 0, 1024, 768);

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        WindowBounds w = new WindowBounds(1400, 20, 900, 700);
        assertEquals(w, w.keptOn(List.of(LAPTOP, PROJECTOR), LAPTOP, 800, 600));
    }

    @Test
    void aWindowOnAnUnpluggedProjectorComesBackCentredOnThePrimaryScreen() {
        WindowBounds w = new WindowBounds(1400, 20, 1000, 700);
        assertEquals(new WindowBounds(183, 34, 1000, 700), w.keptOn(List.of(LAPTOP), LAPTOP, 800, 600));
    }

    @Test
    void aWindowHangingOverAnEdgeIsMovedAndShrunkOntoItsScreen() {
        WindowBounds w = new WindowBounds(1000, -50, 1920, 1080);
        assertEquals(new WindowBounds(1366, 0, 1024, 768), w.keptOn(List.of(LAPTOP, PROJECTOR), LAPTOP, 800, 600),
                "it overlaps the projector most; there it fits exactly");
        assertEquals(new WindowBounds(566, 100, 800, 600),
                new WindowBounds(1300, 100, 300, 200).keptOn(List.of(LAPTOP), LAPTOP, 800, 600),
                "never below the minimum size");
    }
}
