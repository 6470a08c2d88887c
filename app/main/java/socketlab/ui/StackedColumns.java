package socketlab.ui;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;

/**
 * A pane's two columns (a form and what it produced) side by side while there is room, one above the other below a
 * breakpoint, as a responsive web page stacks its columns: the second column then gets the pane's whole width
 * instead of a sliver beside the first. Side by side, the first column keeps its preferred width and the second
 * takes the rest; stacked, the first is as tall as its content at the pane's width (wrapped text included) and the
 * second takes the height left, at least its own least height, so a scroller around the pane scrolls down to it.
 * Marked {@code :stacked} for the style sheet. Its two children are the columns, in FXML order.
 */
public class StackedColumns extends Pane {
    private static final PseudoClass STACKED = PseudoClass.getPseudoClass("stacked");
    /** The gap between the columns, in em. */
    private static final double GAP_EM = 0.8;

    private BooleanBinding stacked;
    private Labeled reference;

    /**
     * Stacks the columns while this pane is narrower than {@code em} em of {@code reference}'s font.
     *
     * @return true while the columns are stacked, for what else changes with them
     */
    public BooleanBinding stackBelow(double em, Labeled reference) {
        this.reference = reference;
        stacked = Breakpoint.narrowerThan(this, em, reference);
        stacked.subscribe(s -> {
            pseudoClassStateChanged(STACKED, s);
            requestLayout();
        });
        reference.fontProperty().subscribe(this::requestLayout);
        return stacked;
    }

    /** True while the columns are one above the other. */
    public boolean isStacked() {
        return stacked != null && stacked.get();
    }

    private double gap() {
        return reference == null ? 0 : snapSpaceX(GAP_EM * reference.getFont().getSize());
    }

    private List<Node> columns() {
        return getManagedChildren().size() == 2 ? getManagedChildren() : List.of();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        List<Node> c = columns();
        if (c.isEmpty()) {
            return super.computeMinWidth(height);
        }
        double w = isStacked() ? Math.max(c.get(0).minWidth(-1), c.get(1).minWidth(-1))
                : c.get(0).minWidth(-1) + gap() + c.get(1).minWidth(-1);
        return snappedLeftInset() + w + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> c = columns();
        if (c.isEmpty()) {
            return super.computePrefWidth(height);
        }
        double w = isStacked() ? Math.max(c.get(0).prefWidth(-1), c.get(1).prefWidth(-1))
                : c.get(0).prefWidth(-1) + gap() + c.get(1).prefWidth(-1);
        return snappedLeftInset() + w + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return height(width, true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return height(width, false);
    }

    private double height(double width, boolean least) {
        List<Node> c = columns();
        if (c.isEmpty()) {
            return least ? super.computeMinHeight(width) : super.computePrefHeight(width);
        }
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        double h;
        if (isStacked()) {
            Node second = c.get(1);
            h = firstHeight(inner) + gap() + (least ? second.minHeight(inner) : second.prefHeight(inner));
        } else {
            double firstWidth = firstWidth(inner);
            double secondWidth = inner < 0 ? -1 : Math.max(0, inner - firstWidth - gap());
            h = least ? Math.max(c.get(0).minHeight(firstWidth), c.get(1).minHeight(secondWidth))
                    : Math.max(c.get(0).prefHeight(firstWidth), c.get(1).prefHeight(secondWidth));
        }
        return snappedTopInset() + h + snappedBottomInset();
    }

    /** Stacked, the first column's whole height at {@code width}: its preferred height, never below its least. */
    private double firstHeight(double width) {
        Node first = columns().get(0);
        return snapSizeY(Math.max(first.minHeight(width), first.prefHeight(width)));
    }

    /** Side by side, the first column's width: its preferred width within its least and greatest. */
    private double firstWidth(double room) {
        Node first = columns().get(0);
        double w = Math.max(first.minWidth(-1), Math.min(first.prefWidth(-1), first.maxWidth(-1)));
        return snapSizeX(room < 0 ? w : Math.min(w, room));
    }

    @Override
    protected void layoutChildren() {
        List<Node> c = columns();
        if (c.isEmpty()) {
            super.layoutChildren();
            return;
        }
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        Node first = c.get(0);
        Node second = c.get(1);
        if (isStacked()) {
            double firstH = Math.min(firstHeight(w), h);
            first.resizeRelocate(x, y, w, firstH);
            double top = y + firstH + gap();
            second.resizeRelocate(x, top, w, Math.max(second.minHeight(w), y + h - top));
        } else {
            double firstW = firstWidth(w);
            first.resizeRelocate(x, y, firstW, h);
            second.resizeRelocate(x + firstW + gap(), y, Math.max(0, w - firstW - gap()), h);
        }
    }
}
