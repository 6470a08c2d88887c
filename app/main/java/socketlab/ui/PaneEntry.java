package socketlab.ui;

import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * One pane of the main window's navigation.
 *
 * @param title       the navigation label, e.g. "Servers"
 * @param description one line saying what the pane is for, shown in the header and as a tooltip
 * @param view        builds the pane's view the first time it is shown
 */
public record PaneEntry(String id, String title, String description, Supplier<Parent> view) {
}
