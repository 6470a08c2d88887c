package socketlab.ui.capture;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.scene.control.TreeItem;
import socketlab.decode.Field;
import socketlab.decode.Frame;
import socketlab.decode.Layer;

/** Builds the detail tree of a frame: one branch per layer, its fields below, the parts of a field under it. */
final class FieldTree {
    private FieldTree() {
    }

    /**
     * One line of the tree: a layer's heading (field null) or one of its fields.
     *
     * @param layer the layer the line belongs to, which decides its colour
     * @param field the field, or {@code null} for the layer's heading
     */
    record Entry(Layer layer, Field field) {
        String text() {
            return field == null ? layer.title() : field.text();
        }

        /** The bytes the line stands for: the field's, or the whole layer's. */
        int byteOffset() {
            return field == null ? layer.offset() : field.byteOffset();
        }

        int byteLength() {
            return field == null ? layer.length() : field.byteLength();
        }
    }

    /** A hidden root whose children are the frame's layers; the layers below the frame itself start expanded. */
    static TreeItem<Entry> of(Frame frame) {
        TreeItem<Entry> root = new TreeItem<>();
        for (Layer layer : frame.layers()) {
            TreeItem<Entry> branch = new TreeItem<>(new Entry(layer, null));
            Deque<TreeItem<Entry>> parents = new ArrayDeque<>();
            parents.push(branch);
            for (Field f : layer.fields()) {
                // A field of depth d belongs under the latest field of depth d - 1.
                while (parents.size() > f.depth() + 1) {
                    parents.pop();
                }
                TreeItem<Entry> item = new TreeItem<>(new Entry(layer, f));
                parents.peek().getChildren().add(item);
                parents.push(item);
            }
            branch.setExpanded(!layer.name().equals(Layer.FRAME));
            root.getChildren().add(branch);
        }
        return root;
    }

    /** The tree item of {@code field} below {@code root}, if the tree shows it. */
    static TreeItem<Entry> find(TreeItem<Entry> root, Field field) {
        for (TreeItem<Entry> child : root.getChildren()) {
            Field f = child.getValue() == null ? null : child.getValue().field();
            // By name and position rather than identity: the diagram may hold the same frame decoded again.
            if (f != null && f.name().equals(field.name()) && f.bitOffset() == field.bitOffset()) {
                return child;
            }
            TreeItem<Entry> below = find(child, field);
            if (below != null) {
                return below;
            }
        }
        return null;
    }
}
