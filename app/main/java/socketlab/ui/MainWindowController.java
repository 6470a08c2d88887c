package socketlab.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The main window: header with theme and text size, the navigation built from the pane list, the pane shown. */
public final class MainWindowController {
    private final List<PaneEntry> panes;
    private final TextZoom zoom;
    private final Theme theme;
    private final Map<String, Parent> loaded = new HashMap<>();
    private final ToggleGroup navGroup = new ToggleGroup();

    @FXML
    private BorderPane root;
    @FXML
    private VBox navigation;
    @FXML
    private ScrollPane content;
    @FXML
    private Label paneDescription;
    @FXML
    private ToggleButton darkToggle;
    @FXML
    private Button zoomOut;
    @FXML
    private Button zoomIn;
    @FXML
    private Label zoomPercent;

    public MainWindowController(List<PaneEntry> panes, TextZoom zoom, Theme theme) {
        this.panes = List.copyOf(panes);
        this.zoom = zoom;
        this.theme = theme;
    }

    @FXML
    private void initialize() {
        zoom.applyTo(root);
        theme.applyTo(root);
        darkToggle.selectedProperty().bindBidirectional(theme.darkProperty());
        darkToggle.textProperty().bind(theme.darkProperty().map(d -> d ? "☾  Dark" : "☀  Light"));
        darkToggle.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        zoomPercent.textProperty().bind(zoom.percentProperty().map(p -> p + " %"));
        zoomIn.disableProperty().bind(zoom.percentProperty().map(p -> !zoom.canGrow()));
        zoomOut.disableProperty().bind(zoom.percentProperty().map(p -> !zoom.canShrink()));
        zoomIn.setTooltip(new Tooltip("Larger text (Ctrl +)"));
        zoomOut.setTooltip(new Tooltip("Smaller text (Ctrl −); Ctrl 0 resets"));

        for (PaneEntry pane : panes) {
            ToggleButton b = new ToggleButton(pane.title());
            b.setId("nav-" + pane.id());
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(pane.description()));
            b.setToggleGroup(navGroup);
            b.setUserData(pane);
            navigation.getChildren().add(b);
        }
        navGroup.selectedToggleProperty().subscribe((before, now) -> {
            if (now == null) {
                before.setSelected(true); // one pane is always shown
            } else {
                show((PaneEntry) now.getUserData());
            }
        });
        if (!panes.isEmpty()) {
            navGroup.selectToggle(navGroup.getToggles().getFirst());
        }
    }

    /** Shows the pane with that id, as if its navigation button had been pressed. */
    public void showPane(String id) {
        for (var toggle : navGroup.getToggles()) {
            if (((PaneEntry) toggle.getUserData()).id().equals(id)) {
                navGroup.selectToggle(toggle);
                return;
            }
        }
        throw new IllegalArgumentException("no pane " + id);
    }

    private void show(PaneEntry pane) {
        Parent view = loaded.computeIfAbsent(pane.id(), id -> pane.view().get());
        content.setContent(view);
        paneDescription.setText(pane.title() + " — " + pane.description());
    }

    /** Ctrl + / Ctrl = / Ctrl Shift = and Ctrl − scale all text, Ctrl 0 resets it, wherever the focus is. */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown()) {
                return;
            }
            KeyCode c = e.getCode();
            if (c == KeyCode.PLUS || c == KeyCode.EQUALS || c == KeyCode.ADD) {
                zoom.bigger();
            } else if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
                zoom.smaller();
            } else if (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0) {
                zoom.reset();
            } else {
                return;
            }
            e.consume();
        });
    }

    @FXML
    private void zoomIn() {
        zoom.bigger();
    }

    @FXML
    private void zoomOut() {
        zoom.smaller();
    }
}
