package socketlab.ui.capture;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** Test help from outside this package: the Capture pane's detail-tree row that shows a named field. */
public final class TreeFields {
    private TreeFields() {
    }

    /** The row of {@code fieldName} (e.g. {@code eth.type}) at any depth, or null; JavaFX thread. */
    @SuppressWarnings("unchecked")
    public static <T> TreeItem<T> find(TreeView<T> tree, String fieldName) {
        return tree.getRoot() == null ? null : (TreeItem<T>) find((TreeItem<?>) tree.getRoot(), fieldName);
    }

    private static TreeItem<?> find(TreeItem<?> item, String fieldName) {
        if (item.getValue() instanceof FieldTree.Entry e && e.field() != null && e.field().name().equals(fieldName)) {
            return item;
        }
        for (TreeItem<?> child : item.getChildren()) {
            TreeItem<?> found = find(child, fieldName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
