package socketlab.ui.capture;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The grid of one header diagram: a bit ruler along the top, the byte offset of each row down the left, and boxes
 * placed by bit column and row, each exactly as wide as its bits, so that a 4-bit field is a quarter of a 16-bit one.
 */
final class BitGrid extends Region {
    private static final String PLACE = "bit-grid-place";
    /** Narrowest a bit column may get, in units of the font size: a one-letter flag still fits. */
    private static final double MIN_BIT_EM = 1.35;
    private static final int WIDEST_ROW = 32;

    private final int rowBits;
    private final int rows;
    private final List<Label> ruler = new ArrayList<>();
    private final List<Label> gutter = new ArrayList<>();
    private final List<Node> boxes = new ArrayList<>();

    BitGrid(int rowBits, int rows, boolean withRuler) {
        this.rowBits = rowBits;
        this.rows = rows;
        getStyleClass().add("bit-grid");
        for (int b = 0; withRuler && b < rowBits; b++) {
            Label l = new Label(Integer.toString(b));
            l.getStyleClass().add("bit-number");
            l.setAlignment(Pos.CENTER);
            l.setMinWidth(0);
            ruler.add(l);
        }
        for (int r = 0; r < rows; r++) {
            Label l = new Label(Integer.toString(r * rowBits / 8));
            l.getStyleClass().add("row-offset");
            l.setAlignment(Pos.CENTER_RIGHT);
            gutter.add(l);
        }
        getChildren().addAll(ruler);
        getChildren().addAll(gutter);
    }

    int rowBits() {
        return rowBits;
    }

    /** Adds {@code box} covering {@code bits} columns from {@code column} in {@code rowSpan} rows from {@code row}. */
    void place(Node box, BoxPlan.Segment at) {
        box.getProperties().put(PLACE, at);
        boxes.add(box);
        getChildren().add(box);
    }

    private double gutterWidth() {
        double w = 0;
        for (Label l : gutter) {
            w = Math.max(w, l.prefWidth(-1));
        }
        // At least two digits wide, so that every diagram's boxes start at the same x.
        return Math.max(w, fontSize() * 1.4) + fontSize() * 0.6;
    }

    private double rulerHeight() {
        return ruler.isEmpty() ? 0 : ruler.getFirst().prefHeight(-1);
    }

    /** The font size of the text around, read from the row offsets, which are 0.8em. */
    private double fontSize() {
        return gutter.isEmpty() ? 15 : gutter.getFirst().getFont().getSize() / 0.8;
    }

    private double rowHeight() {
        double h = fontSize() * 2.6;
        for (Node n : boxes) {
            BoxPlan.Segment s = (BoxPlan.Segment) n.getProperties().get(PLACE);
            if (s.rows() == 1) {
                h = Math.max(h, n.prefHeight(-1));
            }
        }
        return Math.ceil(h);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset() + gutterWidth();
        double top = snappedTopInset() + rulerHeight();
        // Every diagram uses the same width per bit, so a 16-bit row of the link layer is half as wide as an IP row.
        double unit = Math.max(1, (getWidth() - left - snappedRightInset() - 1) / WIDEST_ROW);
        double rowHeight = rowHeight();
        double rulerHeight = rulerHeight();
        for (int b = 0; b < ruler.size(); b++) {
            ruler.get(b).resizeRelocate(snap(left + b * unit), snappedTopInset(), snap(unit), rulerHeight);
        }
        for (int r = 0; r < gutter.size(); r++) {
            gutter.get(r).resizeRelocate(snappedLeftInset(), top + r * rowHeight,
                    left - snappedLeftInset() - fontSize() * 0.4, rowHeight);
        }
        for (Node n : boxes) {
            BoxPlan.Segment s = (BoxPlan.Segment) n.getProperties().get(PLACE);
            double x = snap(left + s.column() * unit);
            double y = snap(top + s.row() * rowHeight);
            // One pixel more than the columns, so neighbours share a border line instead of drawing two.
            double w = snap(left + (s.column() + s.bits()) * unit) - x + 1;
            double h = snap(top + (s.row() + s.rows()) * rowHeight) - y + 1;
            n.resizeRelocate(x, y, w, h);
        }
    }

    private double snap(double v) {
        return snapPositionX(v);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + gutterWidth() + WIDEST_ROW * MIN_BIT_EM * fontSize() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + rulerHeight() + rows * rowHeight() + 1 + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
