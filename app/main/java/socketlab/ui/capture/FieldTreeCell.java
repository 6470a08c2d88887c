package socketlab.ui.capture;

import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;

/** A line of the detail tree, marked with its layer's colour, the field's explanation as its tooltip. */
final class FieldTreeCell extends TreeCell<FieldTree.Entry> {
    private static final String[] LAYER_CLASSES = {"layer-eth", "layer-ip", "layer-tcp", "layer-payload",
        "layer-pad", "layer-bad", "layer-frame"};

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
     */
    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(getWidth() > 0 && (width < 0 || width > getWidth()) ? getWidth() : width);
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
