package socketlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: a bare JavaFX window of the lab's default size with one label, on the same
 * runtime, reporting its first frame the same way ({@link FirstFrame}).
 */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare JavaFX window")), 1280, 800));
        FirstFrame.watch(stage);
        stage.show();
    }

    public static void main(String[] args) {
        launch(BareWindow.class, args);
    }
}
