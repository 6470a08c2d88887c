package socketlab.ui.capture;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * One box of a header diagram (or one row-part of a box that spans rows): the field's label over its value. The box
 * writes the longest label and value that fit its width (a 1-bit flag falls back to one letter, {@code TCP (6)} to
 * {@code 6}) and elides what still does not fit; the tooltip always has the full words and the explanation.
 */
final class FieldBox extends Region {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass SET = PseudoClass.getPseudoClass("set");

    final BoxPlan plan;
    private final Label name = new Label();
    private final Label value = new Label();
    private final List<String> names;
    private final List<String> values;
    private final Text measure = new Text();
    private Tooltip tooltip;

    /**
     * @param main  whether this is the part that carries the words (a continuation part shows the label dimmed)
     * @param valueText what the box writes instead of the field's value, or {@code null}
     */
    FieldBox(BoxPlan plan, boolean main, LayerTint tint, String valueText) {
        this.plan = plan;
        this.names = BoxText.labels(plan.field());
        this.values = valueText != null ? List.of(valueText) : plan.values();
        getStyleClass().addAll("field-box", tint.styleClass());
        if (plan.bits == 1) {
            getStyleClass().add("flag-box");
            pseudoClassStateChanged(SET, plan.field().isSet());
        }
        if (plan.part) {
            getStyleClass().add("part-box");
        }
        if (!plan.parts.isEmpty()) {
            // Its parts are drawn on top; this box is only their frame.
            getStyleClass().add("group-box");
            setPickOnBounds(false);
            setViewOrder(1);
        } else {
            name.getStyleClass().add("field-name");
            value.getStyleClass().add("field-value");
            for (Label l : List.of(name, value)) {
                l.setMinWidth(0);
                l.setAlignment(Pos.CENTER);
                l.setTextOverrun(OverrunStyle.ELLIPSIS);
                l.setMouseTransparent(true);
            }
            name.setText(names.getFirst());
            if (main && !values.getFirst().isEmpty()) {
                value.setText(values.getFirst());
                getChildren().addAll(name, value);
            } else if (main) {
                getChildren().add(name);
            } else {
                getStyleClass().add("continued-box");
                getChildren().add(name);
            }
            // Made when the pointer first comes by: most boxes of most packets are never hovered.
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (tooltip == null) {
                    tooltip = new Tooltip(plan.explanation());
                    tooltip.setWrapText(true);
                    tooltip.setShowDelay(Duration.millis(250));
                    tooltip.setShowDuration(Duration.INDEFINITE);
                    tooltip.getStyleClass().add("field-tooltip");
                    Tooltip.install(this, tooltip);
                }
            });
        }
        setAccessibleText((names.getFirst() + " " + values.getFirst()).trim());
        setFocusTraversable(false);
    }

    /** The words the box shows now: the label it chose and the value. */
    String shownText() {
        return (name.getText() + " " + value.getText()).trim();
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
        setViewOrder(selected ? -1 : plan.parts.isEmpty() ? 0 : 1);
    }

    @Override
    protected void layoutChildren() {
        if (getChildren().isEmpty()) {
            return;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        name.setText(fitting(names, w));
        if (value.getParent() != null) {
            value.setText(fitting(values, w));
        }
        double nameH = name.prefHeight(-1);
        double valueH = value.getParent() == null ? 0 : value.prefHeight(-1);
        double y = snappedTopInset() + Math.max(0, (h - nameH - valueH) / 2);
        name.resizeRelocate(snappedLeftInset(), y, w, nameH);
        if (valueH > 0) {
            value.resizeRelocate(snappedLeftInset(), y + nameH, w, valueH);
        }
    }

    /** The longest label that fits {@code width}; the shortest when none does (the label then elides it). */
    private String fitting(List<String> candidates, double width) {
        Label l = candidates == names ? name : value;
        measure.setFont(l.getFont());
        for (String n : candidates) {
            measure.setText(n);
            if (measure.getLayoutBounds().getWidth() <= width - l.snappedLeftInset() - l.snappedRightInset()) {
                return n;
            }
        }
        return candidates.getLast();
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = name.prefHeight(-1) + (value.getParent() == null ? 0 : value.prefHeight(-1));
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }
}
