package socketlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Subscription;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import socketlab.settings.SettingsFile;
import socketlab.settings.ViewSettings;
import socketlab.settings.WindowBounds;

/**
 * Remembers the room between launches: text size, theme, the window's place and size (kept on a screen that is
 * still there), maximised, presentation mode and the last pane. Reads the settings before the window shows and
 * writes them when it closes; without a settings file (tests) it only restores the defaults.
 */
final class ViewMemory {
    private final Stage stage;
    private MainWindowController window;
    private final TextZoom zoom;
    private final Theme theme;
    private final SettingsFile file;
    private final double defaultWidth;
    private final double defaultHeight;
    /** The window's bounds the last time it was neither maximised nor full screen: what un-maximising returns to. */
    private WindowBounds normal;
    private final EventHandler<WindowEvent> saveOnClose = e -> saveAndDetach();
    private boolean detached;
    private final List<Subscription> subscriptions = new ArrayList<>();

    ViewMemory(Stage stage, TextZoom zoom, Theme theme, SettingsFile file, double defaultWidth,
            double defaultHeight) {
        this.stage = stage;
        this.zoom = zoom;
        this.theme = theme;
        this.file = file;
        this.defaultWidth = defaultWidth;
        this.defaultHeight = defaultHeight;
    }

    /** The saved view; the defaults when there is none (or no settings file at all). */
    ViewSettings load() {
        return file == null ? ViewSettings.DEFAULTS : file.load();
    }

    /** Restores {@code s} onto the window that is about to show, which already shows the saved pane. */
    void restoreBeforeShow(MainWindowController window, ViewSettings s) {
        this.window = window;
        zoom.restore(s.textPercent());
        theme.darkProperty().set(s.dark());
        place(s.window());
        stage.setMaximized(s.maximized());
        subscriptions.add(stage.xProperty().subscribe(this::remember));
        subscriptions.add(stage.yProperty().subscribe(this::remember));
        subscriptions.add(stage.widthProperty().subscribe(this::remember));
        subscriptions.add(stage.heightProperty().subscribe(this::remember));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, saveOnClose);
        // Presentation mode is full screen; leaving full screen any way (Esc, the window manager) leaves it.
        subscriptions.add(window.presentingProperty().subscribe(on -> stage.setFullScreen(on)));
        subscriptions.add(stage.fullScreenProperty().subscribe(full -> {
            if (!full && window.presentingProperty().get()) {
                window.presentingProperty().set(false);
            }
        }));
        stage.setFullScreenExitHint("Presentation mode: Esc leaves it, " + window.paneKeys() + " switch panes");
        window.setOnResetView(this::reset);
        // Straight into presentation mode if the window was in it when it closed: it opens full screen.
        window.presentingProperty().set(s.presenting());
    }

    /** Starts following the window's bounds once it shows. */
    void restoreAfterShow() {
        remember();
    }

    /** The window at the lab's usual size, centred, neither maximised nor full screen. */
    private void reset() {
        stage.setFullScreen(false);
        stage.setMaximized(false);
        place(null);
        if (file != null) {
            file.delete();
        }
    }

    private void place(WindowBounds saved) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        WindowBounds primaryBounds = bounds(primary);
        double minWidth = Math.min(Lab.MIN_WIDTH, primary.getWidth());
        double minHeight = Math.min(Lab.MIN_HEIGHT, primary.getHeight());
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        if (saved == null) {
            stage.setWidth(Math.min(defaultWidth, primary.getWidth()));
            stage.setHeight(Math.min(defaultHeight, primary.getHeight()));
            stage.centerOnScreen();
            return;
        }
        List<WindowBounds> screens = Screen.getScreens().stream().map(sc -> bounds(sc.getVisualBounds())).toList();
        WindowBounds b = saved.keptOn(screens, primaryBounds, minWidth, minHeight);
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
    }

    private static WindowBounds bounds(Rectangle2D r) {
        return new WindowBounds(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private void remember() {
        if (stage.isShowing() && !stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()
                && stage.getWidth() > 0 && stage.getHeight() > 0 && !Double.isNaN(stage.getX())) {
            normal = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    /** The view as it is now. */
    ViewSettings current() {
        return new ViewSettings(zoom.percent(), theme.darkProperty().get(), normal, stage.isMaximized(),
                window.presentingProperty().get(), window.currentPane());
    }

    /**
     * Writes the view for the next launch (a failure is one line on stderr) and stops following the window: once,
     * as the window closes, before closing may take it out of full screen; later calls do nothing. Tests reuse
     * their window for the next lab, which must not see this one's listeners.
     */
    void saveAndDetach() {
        if (detached) {
            return;
        }
        detached = true;
        if (file != null) {
            file.save(current());
        }
        stage.removeEventHandler(WindowEvent.WINDOW_HIDING, saveOnClose);
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }
}
