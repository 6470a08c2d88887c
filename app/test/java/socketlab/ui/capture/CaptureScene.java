package socketlab.ui.capture;

import java.net.URL;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A test stage styled as the window styles it: theme, app and capture style sheets, light or dark. */
final class CaptureScene {
    private CaptureScene() {
    }

    static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(sheet("theme.css"), sheet("app.css"), sheet("capture.css"));
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    static void dark(Scene scene, boolean dark) {
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    private static String sheet(String name) {
        URL url = CaptureScene.class.getResource("/socketlab/ui/css/" + name);
        if (url == null) {
            throw new IllegalStateException("missing style sheet " + name);
        }
        return url.toExternalForm();
    }
}
