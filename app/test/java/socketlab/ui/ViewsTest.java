package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import socketlab.ui.server.ServersController;

class ViewsTest {

    @Test
    void aMissingViewFailsAtOnceNamingTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Views.load(ServersController.class, "NoSuchPane.fxml", null));
        assertTrue(e.getMessage().startsWith("missing view socketlab/ui/server/NoSuchPane.fxml"), e.getMessage());
    }

    @Test
    void unexpectedErrorsAreShownWithoutClassNamesOrTraces() {
        assertEquals("disk full", UncaughtErrors.plainWords(new IOException("disk full")));
        assertEquals("disk full",
                UncaughtErrors.plainWords(new RuntimeException(null, new IOException("disk full"))));
        assertEquals("An internal error occurred (NullPointerException).",
                UncaughtErrors.plainWords(new NullPointerException()));
    }
}
