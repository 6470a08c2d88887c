package socketlab.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import socketlab.settings.SettingsFile;

/** The JavaFX application: the Socket Lab main window. */
public final class LabApp extends Application {
    private Lab lab;

    /** Opens the window; returns when it is closed. */
    public static void launchWindow(String[] args) {
        JavafxCache.ensureWritable();
        Application.launch(LabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ErrorReporter errors = new AlertErrorReporter(stage);
        UncaughtErrors.install(errors);
        lab = Lab.open(stage, errors, SettingsFile.forUser(System.err));
        // socketlab FILE.pcap (or a double-click on one): the window opens on the file in the Capture pane
        getParameters().getRaw().stream().findFirst().ifPresent(f -> lab.openCapture(java.nio.file.Path.of(f)));
    }

    /** Closing the window stops every server the lab started. */
    @Override
    public void stop() {
        if (lab != null) {
            lab.close();
        }
    }
}
