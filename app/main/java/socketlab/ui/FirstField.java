package socketlab.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Slider;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;

/**
 * Finds where the keyboard should start in a pane: its first field (a text field, a choice, a segmented choice's
 * chosen option, a check box) in the order the pane lays them out, skipping buttons such as « that fold a column.
 */
final class FirstField {
    private FirstField() {
    }

    /** The first field of {@code pane} that can take the focus now; else its first focusable control. */
    static Optional<Node> in(Parent pane) {
        Node field = find(pane, true);
        return Optional.ofNullable(field != null ? field : find(pane, false));
    }

    private static Node find(Node node, boolean fieldsOnly) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node instanceof Control c && c.isFocusTraversable() && (!fieldsOnly || isField(c))) {
            return chosen(c);
        }
        // Containers whose content is in their skin, which a pane shown for the first time does not have yet.
        if (node instanceof ScrollPane s) {
            return s.getContent() == null ? null : find(s.getContent(), fieldsOnly);
        }
        if (node instanceof TabPane t) {
            Tab tab = t.getSelectionModel().getSelectedItem();
            return tab == null || tab.getContent() == null ? null : find(tab.getContent(), fieldsOnly);
        }
        if (node instanceof SplitPane s) {
            for (Node item : s.getItems()) {
                Node found = find(item, fieldsOnly);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = find(child, fieldsOnly);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isField(Control c) {
        return c instanceof TextInputControl || c instanceof ComboBoxBase<?> || c instanceof ChoiceBox<?>
                || c instanceof Spinner<?> || c instanceof Slider || c instanceof CheckBox
                || (c instanceof ToggleButton t && t.getToggleGroup() != null);
    }

    /** In a row of options, the chosen one: that is where arrow keys start from. */
    private static Node chosen(Control c) {
        if (c instanceof ToggleButton t && t.getToggleGroup() != null) {
            Toggle selected = t.getToggleGroup().getSelectedToggle();
            if (selected instanceof ToggleButton s && s.isVisible() && !s.isDisabled()) {
                return s;
            }
        }
        return c;
    }
}
