package socketlab.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The main window: header with theme and text size, the navigation built from the pane list, the pane shown, and
 * presentation mode. The keyboard: Ctrl+1 … Ctrl+9 show the panes in order, F11 enters and leaves presentation mode,
 * Escape leaves it, Ctrl + / Ctrl − / Ctrl 0 scale the text.
 */
public final class MainWindowController {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
    private static final KeyCode[] NUMPAD = {KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3, KeyCode.NUMPAD4,
        KeyCode.NUMPAD5, KeyCode.NUMPAD6, KeyCode.NUMPAD7, KeyCode.NUMPAD8, KeyCode.NUMPAD9};

    private final List<PaneEntry> panes;
    private final TextZoom zoom;
    private final Theme theme;
    private final Map<String, Parent> loaded = new HashMap<>();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final List<Button> stripButtons = new ArrayList<>();
    private Runnable onResetView = () -> { };

    // Properties
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ReadOnlyStringWrapper shownPane = new javafx.beans.property.ReadOnlyStringWrapper(
            this, "shownPane", "");

    @FXML
    private BorderPane root;
    @FXML
    private HBox header;
    @FXML
    private VBox navigation;
    @FXML
    private VBox paneList;
    @FXML
    private VBox strip;
    @FXML
    private VBox stripButtonBox;
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
    @FXML
    private Button presentButton;
    @FXML
    private Button resetViewButton;
    @FXML
    private Button leavePresentationButton;

    private final String firstPane;

    /** {@code firstPane}: the id of the pane to show first; the first of {@code panes} if there is no such pane. */
    public MainWindowController(List<PaneEntry> panes, TextZoom zoom, Theme theme, String firstPane) {
        this.panes = List.copyOf(panes);
        this.zoom = zoom;
        this.theme = theme;
        this.firstPane = firstPane;
    }

    /** Presentation mode: the header hidden and the navigation folded into a strip; the window shows it full screen. */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** The id of the pane shown, as it changes. */
    public javafx.beans.property.ReadOnlyStringProperty shownPaneProperty() {
        return shownPane.getReadOnlyProperty();
    }

    /**
     * Puts {@code bar} along the bottom of the pane shown, in presentation mode too (the lesson strip): under the
     * content, so that the pane gives it the room rather than the window growing past the screen.
     */
    public void setBottomBar(Node bar) {
        root.setCenter(null);
        VBox center = new VBox(content, bar);
        center.setMinSize(0, 0);
        VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        root.setCenter(center);
    }

    /** The window's root, for what points at a control in the pane shown. */
    public Parent root() {
        return root;
    }

    /** What "Reset view" does besides the text size and theme, which this window resets itself. */
    public void setOnResetView(Runnable action) {
        onResetView = action;
    }

    @FXML
    private void initialize() {
        zoom.applyTo(root);
        theme.applyTo(root);
        darkToggle.selectedProperty().bindBidirectional(theme.darkProperty());
        // The button names what pressing it does, not the theme that is on.
        darkToggle.textProperty().bind(theme.darkProperty().map(d -> d ? "☀  Light theme" : "☾  Dark theme"));
        darkToggle.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        // The description only where it fits whole: cut short it says less than the pane list already does.
        paneDescription.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> paneDescription.getWidth() >= paneDescription.prefWidth(-1) - 0.5,
                paneDescription.widthProperty(), paneDescription.textProperty(), paneDescription.fontProperty()));
        zoomPercent.textProperty().bind(zoom.percentProperty().map(p -> p + " %"));
        zoomIn.disableProperty().bind(zoom.percentProperty().map(p -> !zoom.canGrow()));
        zoomOut.disableProperty().bind(zoom.percentProperty().map(p -> !zoom.canShrink()));
        zoomIn.setTooltip(new Tooltip("Larger text (Ctrl +)"));
        zoomOut.setTooltip(new Tooltip("Smaller text (Ctrl −); Ctrl 0 resets"));
        presentButton.setTooltip(new Tooltip("Presentation mode (F11): full screen, the pane list folded into a"
                + " strip at the left; Esc leaves it"));
        resetViewButton.setTooltip(new Tooltip("Back to 100 % text, the light theme and the window's usual size,"
                + " and forget the saved view"));
        leavePresentationButton.setTooltip(new Tooltip("Leave presentation mode (Esc or F11)"));

        for (int i = 0; i < panes.size(); i++) {
            PaneEntry pane = panes.get(i);
            String keys = i < DIGITS.length ? shortcut(i).getDisplayText() : "";
            paneList.getChildren().add(navItem(pane, keys));
            stripButtonBox.getChildren().add(stripButton(pane, i, keys));
        }
        navGroup.selectedToggleProperty().subscribe((before, now) -> {
            if (now == null) {
                before.setSelected(true); // one pane is always shown
            } else {
                show((PaneEntry) now.getUserData());
            }
        });
        presenting.subscribe(on -> {
            header.setVisible(!on);
            header.setManaged(!on);
            navigation.setVisible(!on);
            navigation.setManaged(!on);
            strip.setVisible(on);
            strip.setManaged(on);
        });
        // Only the pane shown first is built now; the others when they are first shown.
        if (hasPane(firstPane)) {
            showPane(firstPane);
        } else if (!panes.isEmpty()) {
            navGroup.selectToggle(navGroup.getToggles().getFirst());
        }
    }

    private static KeyCombination shortcut(int index) {
        return new KeyCodeCombination(DIGITS[index], KeyCombination.SHORTCUT_DOWN);
    }

    /** One entry of the pane list: the pane's name, and its shortcut at the right edge. */
    private Node navItem(PaneEntry pane, String keys) {
        ToggleButton b = new ToggleButton(pane.title());
        b.setId("nav-" + pane.id());
        b.getStyleClass().add("nav-button");
        b.setMnemonicParsing(false);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(pane.description() + (keys.isEmpty() ? "" : " (" + keys + ")")));
        b.setToggleGroup(navGroup);
        b.setUserData(pane);
        // A Text drawn over the button's right end (not a second control beside it): the button stays the one
        // control, and the padding the style sheet gives the button keeps its name clear of the hint.
        Text hint = new Text(keys);
        hint.getStyleClass().add("nav-shortcut");
        hint.setMouseTransparent(true);
        StackPane item = new StackPane(b, hint);
        item.getStyleClass().add("nav-item");
        StackPane.setAlignment(hint, javafx.geometry.Pos.CENTER_RIGHT);
        hint.fontProperty().subscribe(f -> StackPane.setMargin(hint, new javafx.geometry.Insets(0, f.getSize(), 0, 0)));
        b.selectedProperty().subscribe(selected -> item.pseudoClassStateChanged(CURRENT, selected));
        return item;
    }

    /** The strip's button for a pane: its number, the name in the tooltip. */
    private Button stripButton(PaneEntry pane, int index, String keys) {
        Button b = new Button(Integer.toString(index + 1));
        b.setId("strip-" + pane.id());
        b.getStyleClass().add("strip-button");
        b.setMnemonicParsing(false);
        b.setTooltip(new Tooltip(pane.title() + (keys.isEmpty() ? "" : " (" + keys + ")")));
        b.setOnAction(e -> showPane(pane.id()));
        stripButtons.add(b);
        return b;
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

    /** Whether there is a pane with that id. */
    public boolean hasPane(String id) {
        return panes.stream().anyMatch(p -> p.id().equals(id));
    }

    /** The keys that show the panes, for hints: "Ctrl+1 … Ctrl+6". */
    public String paneKeys() {
        int n = Math.min(panes.size(), DIGITS.length);
        return n == 0 ? "" : shortcut(0).getDisplayText() + " … " + shortcut(n - 1).getDisplayText();
    }

    /** The ids of the panes built so far. */
    java.util.Set<String> builtPanes() {
        return java.util.Set.copyOf(loaded.keySet());
    }

    /** The id of the pane shown. */
    public String currentPane() {
        return ((PaneEntry) navGroup.getSelectedToggle().getUserData()).id();
    }

    private void show(PaneEntry pane) {
        // Each pane's view is built the first time it is shown, so that the window appears sooner.
        Parent view = loaded.computeIfAbsent(pane.id(), id -> pane.view().get());
        content.setContent(view);
        // A pane always opens at its top-left, whatever the previous pane was scrolled to.
        content.setHvalue(content.getHmin());
        content.setVvalue(content.getVmin());
        paneDescription.setText(pane.title() + " — " + pane.description());
        shownPane.set(pane.id());
        for (Button b : stripButtons) {
            b.pseudoClassStateChanged(CURRENT, b.getId().equals("strip-" + pane.id()));
        }
        focusFirstField(view);
    }

    /**
     * The keyboard starts at the pane's first field, not at the header's buttons. After the pulse that puts a new
     * pane in the window: until then its nodes cannot take the focus, and the scene would hand the focus of the pane
     * just removed to its first button, the theme button.
     */
    private void focusFirstField(Parent view) {
        Platform.runLater(() -> {
            if (content.getContent() == view && view.getScene() != null) {
                FirstField.in(view).ifPresent(Node::requestFocus);
            }
        });
    }

    /**
     * The window's keys, wherever the focus is: Ctrl + / Ctrl = / Ctrl Shift = and Ctrl − scale all text, Ctrl 0
     * resets it; Ctrl+1 … show the panes; F11 enters or leaves presentation mode and Escape leaves it.
     */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyCode c = e.getCode();
            if (c == KeyCode.F11 && !e.isShortcutDown() && !e.isAltDown()) {
                togglePresentation();
                e.consume();
                return;
            }
            if (c == KeyCode.ESCAPE && presenting.get() && !e.isShortcutDown()) {
                presenting.set(false);
                e.consume();
                return;
            }
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            int pane = paneIndex(c);
            if (pane >= 0 && pane < panes.size()) {
                showPane(panes.get(pane).id());
            } else if (c == KeyCode.PLUS || c == KeyCode.EQUALS || c == KeyCode.ADD) {
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

    private static int paneIndex(KeyCode c) {
        for (int i = 0; i < DIGITS.length; i++) {
            if (c == DIGITS[i] || c == NUMPAD[i]) {
                return i;
            }
        }
        return -1;
    }

    @FXML
    private void togglePresentation() {
        presenting.set(!presenting.get());
    }

    @FXML
    private void resetView() {
        zoom.reset();
        theme.darkProperty().set(false);
        presenting.set(false);
        onResetView.run();
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
