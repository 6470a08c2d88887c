package socketlab.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** A row of toggle buttons for one choice, every option visible at once: easier to follow on a projector. */
public final class Segmented {
    private Segmented() {
    }

    /**
     * Fills {@code box} (a row, or a flow that wraps on a narrow form) with one button per value, kept in step with {@code property}; exactly one is always
     * selected. Each button gets the id {@code idPrefix + "-" + label}.
     */
    public static <T> ToggleGroup bind(Pane box, List<T> values, Function<T, String> label, String idPrefix,
            ObjectProperty<T> property) {
        ToggleGroup group = new ToggleGroup();
        box.getStyleClass().add("segmented");
        for (T v : values) {
            ToggleButton b = new ToggleButton(label.apply(v));
            b.setId(idPrefix + "-" + label.apply(v).replace(' ', '-'));
            b.setUserData(v);
            b.setToggleGroup(group);
            b.setMnemonicParsing(false);
            b.setMinWidth(Region.USE_PREF_SIZE); // an option is never cut short: the form scrolls instead
            box.getChildren().add(b);
        }
        property.subscribe(v -> {
            for (Toggle t : group.getToggles()) {
                if (t.getUserData().equals(v)) {
                    group.selectToggle(t);
                }
            }
        });
        group.selectedToggleProperty().subscribe((before, now) -> {
            if (now == null) {
                if (before != null) {
                    before.setSelected(true); // clicking the chosen option again keeps it chosen
                }
                return;
            }
            @SuppressWarnings("unchecked")
            T v = (T) now.getUserData();
            property.set(v);
        });
        return group;
    }
}
