package socketlab.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: the Socket Lab main window. */
public final class LabApp extends Application {

    /** Opens the window; returns when it is closed. */
    public static void launchWindow(String[] args) {
        Application.launch(LabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Socket Lab");
        stage.show();
    }
}
