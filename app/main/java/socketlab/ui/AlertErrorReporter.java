package socketlab.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Reports problems in an alert dialog styled like the window; a second problem while one shows is added to it. */
public final class AlertErrorReporter implements ErrorReporter {
    private final Window owner;
    private Alert showing;
    private String firstDetails;
    private int more;

    public AlertErrorReporter(Window owner) {
        this.owner = owner;
    }

    @Override
    public void report(String headline, String details) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> report(headline, details));
            return;
        }
        if (showing != null && showing.isShowing()) {
            more++;
            showing.setContentText(firstDetails + "\n\n(and " + more + " more problem" + (more == 1 ? "" : "s")
                    + " since; see the log)");
            showing.getDialogPane().getScene().getWindow().sizeToScene();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Socket Lab");
        alert.setHeaderText(headline);
        alert.setContentText(details);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // otherwise long text is cut to "..."
        alert.getDialogPane().setPrefWidth(520);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
            Scene scene = owner.getScene();
            if (scene != null) {
                // Same theme and text size as the window, so the dialog is as readable as the rest.
                alert.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
                alert.getDialogPane().getStyleClass().addAll(scene.getRoot().getStyleClass());
                alert.getDialogPane().setStyle(scene.getRoot().getStyle());
            }
        }
        more = 0;
        firstDetails = details;
        showing = alert;
        alert.show(); // not showAndWait: reports may arrive during an animation pulse
    }
}
