package socketlab.ui.capture;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.skin.TreeCellSkin;

/** A line of the detail tree, marked with its layer's colour, the field's explanation as its tooltip. */
final class FieldTreeCell extends TreeCell<FieldTree.Entry> {
    private static final String[] LAYER_CLASSES = {"layer-eth", "layer-ip", "layer-tcp", "layer-payload",
        "layer-pad", "layer-bad", "layer-frame"};

    /** The least room TreeCellSkin keeps for a disclosure arrow, in px. */
    private static final double ARROW_LEAST = 18;

    private final Tooltip tip = new Tooltip();

    FieldTreeCell() {
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        // A line longer than the tree wraps under itself instead of widening the tree into a sideways scroll (the
        // layer headings name both addresses): a cell that prefers no width gets the tree's width.
        setWrapText(true);
        setPrefWidth(0);
    }

    /**
     * Asked for its height without a width, or for a width wider than it was laid out at (the tree's vertical
     * scroll bar appeared since), a cell answers for the width it has, so a line that wraps is never cut to one.
     * Its text is laid out beside the indent and the disclosure arrow, which the tree cell's skin leaves out of
     * the height it asks for: a layer heading that fits the whole cell but not the room after its arrow would be
     * cut with "…" instead of wrapping.
     */
    @Override
    protected double computePrefHeight(double width) {
        double w = getWidth() > 0 && (width < 0 || width > getWidth()) ? getWidth() : width;
        return super.computePrefHeight(w < 0 ? w : Math.max(0, w - beforeText()));
    }

    /** The width the skin puts before the text: the indent of the item's level and the disclosure arrow's room. */
    private double beforeText() {
        if (!(getSkin() instanceof TreeCellSkin<?> skin) || getTreeView() == null || getTreeItem() == null) {
            return 0;
        }
        int level = getTreeView().getTreeItemLevel(getTreeItem()) - (getTreeView().isShowRoot() ? 0 : 1);
        // The skin keeps 18 px for the arrow of a leaf too, or the arrow's own width where it is wider.
        Node arrow = getDisclosureNode();
        double arrowWidth = Math.max(ARROW_LEAST, arrow == null ? 0 : arrow.prefWidth(-1));
        return skin.getIndent() * Math.max(0, level) + arrowWidth;
    }

    @Override
    protected void updateItem(FieldTree.Entry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll(LAYER_CLASSES);
        getStyleClass().remove("layer-heading");
        if (empty || entry == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(entry.text());
        getStyleClass().add(LayerTint.treeClass(entry.layer()));
        if (entry.field() == null) {
            getStyleClass().add("layer-heading");
            setTooltip(null);
        } else {
            tip.setText(entry.field().explanation());
            setTooltip(tip);
        }
    }
}
