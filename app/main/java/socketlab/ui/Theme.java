package socketlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

/** Light or dark: the dark theme is the style class {@code dark} on the root, which overrides the palette only. */
public final class Theme {
    public static final String DARK_CLASS = "dark";

    // Properties
    private final BooleanProperty dark = new SimpleBooleanProperty(false);

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Keeps {@code root}'s style classes in step with the theme. */
    public void applyTo(Parent root) {
        dark.subscribe(isDark -> {
            if (isDark) {
                if (!root.getStyleClass().contains(DARK_CLASS)) {
                    root.getStyleClass().add(DARK_CLASS);
                }
            } else {
                root.getStyleClass().remove(DARK_CLASS);
            }
        });
    }
}
