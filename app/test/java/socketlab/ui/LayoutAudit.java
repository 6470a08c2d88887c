package socketlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * Checks what a window shows at its current size, text size and theme, the way a user in the back row would notice:
 * controls drawn over each other, a pane that scrolls sideways, text cut short with "…", a control outside the
 * window or cut by its container, and text too faint on its background (WCAG AA, 4.5:1). Runs on the JavaFX thread
 * over the laid-out scene graph; it needs no snapshot.
 */
public final class LayoutAudit {
    /** WCAG 2 AA for normal text. */
    public static final double MIN_CONTRAST = 4.5;
    /** Overlaps and overhangs smaller than this (px) are anti-aliasing and rounding, not a layout fault. */
    private static final double SLACK = 1.5;
    /**
     * The least width, in em of its own font, of a column of wrapped text: narrower, a paragraph breaks after every
     * word or two (or inside words), as in a results column squeezed to a sliver beside a form.
     */
    public static final double MIN_COLUMN_EM = 8;

    /**
     * Style classes of text that may be cut short on purpose, each for a reason: the full text is one hover or one
     * click away and the column that carries the lesson keeps its room.
     */
    private static final Set<String> MAY_ELIDE = Set.of("may-elide");
    /**
     * Ids of text that may be cut short: the header's one-line pane description, which repeats the pane list's
     * tooltip and gives way to the header's controls.
     */
    private static final Set<String> MAY_ELIDE_IDS = Set.of("paneDescription");

    private LayoutAudit() {
    }

    /** Every fault in {@code scene}, one line each; empty when the window is fine. JavaFX thread. */
    public static List<String> check(Scene scene) {
        List<String> faults = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        walk(scene.getRoot(), window, false, false, false, faults);
        return faults;
    }

    /** {@code cut}: an ancestor is already reported as cut, so the controls inside it need no report of their own. */
    private static void walk(Node node, Bounds visible, boolean inScroller, boolean inCell, boolean cut,
            List<String> faults) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds here = visible;
        if (node.getClip() != null) {
            here = intersect(here, node.localToScene(node.getClip().getBoundsInParent()));
        }
        boolean cell = inCell || node instanceof IndexedCell<?>;
        boolean cutHere = cut;
        if (node instanceof Control control && !cell && !cut) {
            cutHere = outside(control, visible, inScroller, faults);
        }
        if (node instanceof Labeled labeled) {
            elided(labeled, faults);
            if (!cell) {
                squeezed(labeled, faults);
            }
            if (node instanceof Label label && !label.isDisabled()) {
                contrast(label, faults);
            }
        }
        if (node instanceof TextInputControl input && !input.isDisabled()) {
            placeholder(input, faults);
        }
        if (node instanceof ScrollPane scroll) {
            sideways(scroll, faults);
        }
        if (node instanceof VirtualFlow<?> flow) {
            sideways(flow, faults);
        }
        if (node instanceof Parent parent) {
            if (overlapMatters(parent)) {
                overlaps(parent, faults);
            }
            // What a scroll pane shows is clipped by its viewport (a clip the walk meets); it may scroll vertically.
            boolean scroller = inScroller || node instanceof ScrollPane;
            // A table's headers are part of its flow: its horizontal scroll bar already tells when they do not fit.
            boolean inside = cell || node instanceof TableHeaderRow;
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, here, scroller, inside, cutHere, faults);
            }
        }
    }

    /** Siblings overlap only by mistake in the layout panes the views are built from; skins and stacks overlap by design. */
    private static boolean overlapMatters(Parent parent) {
        return parent instanceof Pane && !(parent instanceof StackPane) && (parent.getClass().getName()
                .startsWith("javafx.scene.layout.") || parent instanceof StackedColumns);
    }

    /** Controls, and the panes that hold them: a row pushed over its neighbour overlaps as a whole. */
    private static void overlaps(Parent parent, List<String> faults) {
        List<Node> shown = parent.getChildrenUnmodifiable().stream()
                .filter(n -> n.isVisible() && n.isManaged() && n.getOpacity() > 0 && n instanceof Region r
                        && r.getWidth() > 0 && r.getHeight() > 0).toList();
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                Bounds a = laidOut(shown.get(i));
                Bounds b = laidOut(shown.get(j));
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > SLACK && h > SLACK) {
                    faults.add("overlap: " + name(shown.get(i)) + " and " + name(shown.get(j)) + " overlap by "
                            + Math.round(w) + "×" + Math.round(h) + " px in " + name(parent));
                }
            }
        }
    }

    /** Where the layout put a node, without the shadows and glows that may rightly reach past it. */
    private static Bounds laidOut(Node n) {
        Bounds lb = n.getLayoutBounds();
        return new BoundingBox(n.getLayoutX() + n.getTranslateX() + lb.getMinX(),
                n.getLayoutY() + n.getTranslateY() + lb.getMinY(), lb.getWidth(), lb.getHeight());
    }

    /** A control must lie inside the window and inside what its containers show; a scroller may hide it vertically. */
    private static boolean outside(Control control, Bounds visible, boolean inScroller, List<String> faults) {
        if (control.getWidth() <= 0 && control.getHeight() <= 0) {
            return false;
        }
        Bounds b = control.localToScene(control.getLayoutBounds());
        boolean cutX = b.getMinX() < visible.getMinX() - SLACK || b.getMaxX() > visible.getMaxX() + SLACK;
        boolean cutY = !inScroller
                && (b.getMinY() < visible.getMinY() - SLACK || b.getMaxY() > visible.getMaxY() + SLACK);
        if (cutX || cutY) {
            faults.add("outside: " + name(control) + " at " + rect(b) + " is cut by what shows it, " + rect(visible));
            return true;
        }
        return false;
    }

    private static void elided(Labeled labeled, List<String> faults) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0 || hasClass(labeled, MAY_ELIDE::contains)
                || labeled.getId() != null && MAY_ELIDE_IDS.contains(labeled.getId())) {
            return;
        }
        String wanted = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.isVisible()) {
                if (!shown.getText().equals(wanted)) {
                    faults.add("elided: " + name(labeled) + " shows \"" + shown.getText() + "\" of \"" + wanted
                            + "\" in " + Math.round(labeled.getWidth()) + " px" + (labeled.isNeedsLayout()
                            ? ", not laid out since" : ""));
                }
                return;
            }
        }
    }

    /**
     * Wrapped text must get a readable width: at least {@link #MIN_COLUMN_EM} em, or its whole text on one line if
     * that is shorter. Table and list cells are left to their columns, which the table fits.
     */
    private static void squeezed(Labeled labeled, List<String> faults) {
        String text = labeled.getText();
        if (!labeled.isWrapText() || text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        double em = labeled.getFont().getSize();
        double needed = Math.min(MIN_COLUMN_EM * em, labeled.prefWidth(-1));
        if (labeled.getWidth() + SLACK < needed) {
            faults.add(String.format(java.util.Locale.ROOT, "squeezed: %s is %.1f em wide, too narrow to read"
                    + " (a column of text needs %.1f em)", name(labeled), labeled.getWidth() / em, needed / em));
        }
    }

    private static void sideways(ScrollPane scroll, List<String> faults) {
        for (Node n : scroll.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                faults.add("scrolls sideways: " + name(scroll) + " (" + Math.round(scroll.getContent() == null ? 0
                        : scroll.getContent().getLayoutBounds().getWidth()) + " px content in "
                        + Math.round(scroll.getViewportBounds().getWidth()) + " px)");
            }
        }
    }

    private static void sideways(VirtualFlow<?> flow, List<String> faults) {
        for (Node n : flow.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                faults.add("scrolls sideways: " + name(control(flow)) + " has a horizontal scroll bar");
            }
        }
    }

    private static void contrast(Label label, List<String> faults) {
        if (label.getText() == null || label.getText().isBlank() || !(label.getTextFill() instanceof Color fill)) {
            return;
        }
        Color back = background(label);
        Color fore = Contrast.over(withOpacity(fill, label), back);
        double ratio = Contrast.ratio(fore, back);
        if (ratio < MIN_CONTRAST) {
            faults.add(String.format(java.util.Locale.ROOT, "contrast: %s text %s on %s is %.2f:1", name(label),
                    Contrast.hex(fore), Contrast.hex(back), ratio));
        }
    }

    private static void placeholder(TextInputControl input, List<String> faults) {
        if (input.getPromptText() == null || input.getPromptText().isBlank() || !input.getText().isEmpty()) {
            return;
        }
        Text prompt = find(input, n -> n instanceof Text t && input.getPromptText().equals(t.getText()));
        if (prompt == null || !(prompt.getFill() instanceof Color fill)) {
            return;
        }
        Color back = background(input);
        Color fore = Contrast.over(withOpacity(fill, input), back);
        double ratio = Contrast.ratio(fore, back);
        if (ratio < MIN_CONTRAST) {
            faults.add(String.format(java.util.Locale.ROOT, "contrast: placeholder \"%s\" of %s, %s on %s, is %.2f:1",
                    input.getPromptText(), name(input), Contrast.hex(fore), Contrast.hex(back), ratio));
        }
    }

    /** The colour behind {@code node}: its own and its ancestors' backgrounds, the topmost fill of each, composited. */
    static Color background(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                Paint p = r.getBackground().getFills().getLast().getFill();
                Color c = Contrast.average(p);
                if (c != null && c.getOpacity() > 0) {
                    layers.add(c);
                    if (c.getOpacity() >= 1) {
                        break;
                    }
                }
            }
            if (n.getParent() == null && n.getScene() != null && n.getScene().getFill() instanceof Color sceneFill) {
                layers.add(sceneFill);
            }
        }
        Color result = Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = Contrast.over(layers.get(i), result);
        }
        return result;
    }

    private static Color withOpacity(Color c, Node node) {
        double opacity = c.getOpacity();
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }

    private static Text find(Parent parent, Predicate<Node> match) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (match.test(child) && child.isVisible()) {
                return (Text) child;
            }
            if (child instanceof Parent p) {
                Text inner = find(p, match);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static boolean hasClass(Node node, Predicate<String> which) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().stream().anyMatch(which)) {
                return true;
            }
        }
        return false;
    }

    private static Node control(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Control) {
                return n;
            }
        }
        return node;
    }

    /** A node as a reader finds it: its id, else its class and style classes, and the nearest ancestor with an id. */
    static String name(Node node) {
        String own = node.getId() != null ? "#" + node.getId()
                : node.getClass().getSimpleName() + (node.getStyleClass().isEmpty() ? ""
                : "." + String.join(".", node.getStyleClass()));
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && node.getId() == null) {
            own += "\"" + (l.getText().length() > 30 ? l.getText().substring(0, 30) + "…" : l.getText()) + "\"";
        }
        if (node.getId() == null) {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    return own + " in #" + n.getId();
                }
            }
        }
        return own;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static String rect(Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0f×%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }
}
