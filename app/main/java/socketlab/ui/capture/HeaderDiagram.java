package socketlab.ui.capture;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import socketlab.decode.Field;
import socketlab.decode.Frame;
import socketlab.decode.Layer;
import socketlab.decode.Protocol;

/**
 * Each header of a decoded frame drawn as its RFC diagram filled with this packet's values: a bit ruler, rows of 32
 * bits (16 for the link layer), one box per field as wide as its bits, flags as one-bit boxes, colour-coded by layer.
 * Clicking a box (or moving with the arrow keys) reports its field; {@link #select(Field)} outlines a field's box.
 */
public final class HeaderDiagram extends Region {
    /** How much of the application data the data box quotes. */
    private static final int PREVIEW = 48;

    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    /** Every box drawn, parts of a field that spans rows included. */
    private final List<FieldBox> boxes = new ArrayList<>();
    /** The boxes the arrow keys step through, in header order: the parts of a field instead of the field. */
    private final List<BoxPlan> order = new ArrayList<>();
    private BoxPlan selected;
    private Consumer<Field> onFieldSelected = f -> { };

    public HeaderDiagram() {
        getStyleClass().add("header-diagram");
        URL css = HeaderDiagram.class.getResource("/socketlab/ui/css/capture.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        content.getStyleClass().add("diagram-content");
        scroll.getStyleClass().add("diagram-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setFocusTraversable(false);
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        getChildren().add(scroll);
        show(null);
    }

    // Properties

    /** Draws every header of {@code frame}; {@code null} clears the diagram. */
    public void show(Frame frame) {
        boxes.clear();
        order.clear();
        selected = null;
        content.getChildren().clear();
        if (frame == null) {
            content.getChildren().add(placeholder("Select a packet to see its headers drawn as in the RFCs."));
            return;
        }
        for (Layer layer : frame.layers()) {
            LayerTint tint = LayerTint.of(layer);
            if (tint == LayerTint.ETH || tint == LayerTint.IP || tint == LayerTint.TCP
                    || layer.protocol() == Protocol.DNS) {
                header(layer, tint); // DNS as RFC 1035 draws its header and question, 16 bits a row
            } else if (tint == LayerTint.PAYLOAD || tint == LayerTint.APP) {
                data(layer, frame.data(), tint);
            }
        }
        frame.malformed().ifPresent(m -> {
            Label l = new Label("Malformed: " + m.reason() + " (decoding stopped at byte " + m.offset() + ")");
            l.getStyleClass().add("diagram-malformed");
            l.setWrapText(true);
            content.getChildren().add(l);
        });
        if (content.getChildren().isEmpty()) {
            content.getChildren().add(placeholder("No header in this frame could be decoded."));
        }
        scroll.setVvalue(0);
    }

    /** Outlines the box of {@code field}, or of the smallest box holding its bits; {@code null} clears the outline. */
    public void select(Field field) {
        BoxPlan plan = field == null || field.generated() ? null : find(field);
        outline(plan);
        if (plan != null) {
            reveal(plan);
        }
    }

    /** Called with the field of a box the user clicks or moves to with the arrow keys. */
    public void setOnFieldSelected(Consumer<Field> listener) {
        onFieldSelected = listener == null ? f -> { } : listener;
    }

    /** The field whose box is outlined, or {@code null}. */
    public Field selectedField() {
        return selected == null ? null : selected.field();
    }

    // Building

    private void header(Layer layer, LayerTint tint) {
        List<BoxPlan> plans = BoxPlan.of(layer);
        if (plans.isEmpty()) {
            return;
        }
        int rowBits = BoxPlan.rowBits(layer);
        int endBit = 0;
        for (BoxPlan p : plans) {
            endBit = Math.max(endBit, p.start + p.bits);
        }
        BitGrid grid = new BitGrid(rowBits, (endBit + rowBits - 1) / rowBits, true);
        for (BoxPlan p : plans) {
            add(grid, p, tint);
            for (BoxPlan part : p.parts) {
                add(grid, part, tint);
            }
            if (p.parts.isEmpty()) {
                order.add(p);
            } else {
                order.addAll(p.parts);
            }
        }
        Label title = new Label(layer.title());
        title.getStyleClass().addAll("diagram-title", tint.styleClass());
        title.setWrapText(true);
        VBox section = new VBox(title, grid);
        section.getStyleClass().addAll("diagram-section", tint.styleClass());
        content.getChildren().add(section);
    }

    private void add(BitGrid grid, BoxPlan plan, LayerTint tint) {
        List<BoxPlan.Segment> segments = plan.segments(grid.rowBits());
        BoxPlan.Segment main = segments.getFirst();
        for (BoxPlan.Segment s : segments) {
            if (s.area() > main.area()) {
                main = s;
            }
        }
        for (BoxPlan.Segment s : segments) {
            FieldBox box = new FieldBox(plan, s == main, tint, null);
            box.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    e.consume();
                    requestFocus();
                    pick(plan);
                }
            });
            boxes.add(box);
            grid.place(box, s);
        }
    }

    /** Application data: one box however long it is, with the start of the text the application sent. */
    private void data(Layer layer, byte[] data, LayerTint tint) {
        List<BoxPlan> plans = BoxPlan.of(layer);
        if (plans.isEmpty()) {
            return;
        }
        BoxPlan plan = plans.getFirst();
        BitGrid grid = new BitGrid(32, 1, false);
        String preview = preview(data, layer.offset(), layer.length());
        FieldBox box = new FieldBox(plan, true, tint, preview);
        box.getStyleClass().add("data-box");
        box.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            e.consume();
            requestFocus();
            pick(plan);
        });
        boxes.add(box);
        order.add(plan);
        grid.place(box, new BoxPlan.Segment(0, 0, 32, 1));
        // HTTP, TLS and the lab's text have no fixed-width header to draw: their title and their start as text
        Label title = new Label(tint == LayerTint.APP ? layer.title() : "Application data, " + plan.value());
        title.getStyleClass().addAll("diagram-title", tint.styleClass());
        VBox section = new VBox(title, grid);
        section.getStyleClass().addAll("diagram-section", "data-section", tint.styleClass());
        content.getChildren().add(section);
    }

    /** The first bytes of the data as text in quotes, non-printable bytes as dots. */
    static String preview(byte[] data, int offset, int length) {
        StringBuilder b = new StringBuilder("\u201c");
        int n = Math.min(length, PREVIEW);
        for (int i = offset; i < offset + n && i < data.length; i++) {
            b.append(HexText.ascii(data[i]));
        }
        return b.append(length > PREVIEW ? "\u2026\u201d" : "\u201d").toString();
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("capture-placeholder");
        l.setWrapText(true);
        return l;
    }

    // Selection

    private BoxPlan find(Field field) {
        BoxPlan best = null;
        for (FieldBox box : boxes) {
            BoxPlan p = box.plan;
            if (p.shows(field)) {
                return p;
            }
            if (p.covers(field) && (best == null || p.bits < best.bits)) {
                best = p;
            }
        }
        return best;
    }

    private void pick(BoxPlan plan) {
        outline(plan);
        reveal(plan);
        onFieldSelected.accept(plan.field());
    }

    private void outline(BoxPlan plan) {
        selected = plan;
        for (FieldBox box : boxes) {
            box.setSelected(box.plan == plan);
        }
    }

    private void key(KeyEvent e) {
        int step = switch (e.getCode()) {
            case LEFT, UP, KP_LEFT, KP_UP -> -1;
            case RIGHT, DOWN, KP_RIGHT, KP_DOWN -> 1;
            default -> 0;
        };
        if (step == 0 || order.isEmpty()) {
            return;
        }
        e.consume();
        int at = order.indexOf(selected);
        int next = at < 0 ? (step > 0 ? 0 : order.size() - 1) : Math.max(0, Math.min(order.size() - 1, at + step));
        pick(order.get(next));
    }

    /** Scrolls so that the box (all its rows, when they fit) is on screen, only as far as needed. */
    private void reveal(BoxPlan plan) {
        if (getScene() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (FieldBox box : boxes) {
            if (box.plan == plan) {
                Bounds b = content.sceneToLocal(box.localToScene(box.getBoundsInLocal()));
                minY = Math.min(minY, b.getMinY());
                maxY = Math.max(maxY, b.getMaxY());
            }
        }
        double contentH = content.getBoundsInLocal().getHeight();
        double viewH = scroll.getViewportBounds().getHeight();
        if (minY > maxY || contentH <= viewH) {
            return;
        }
        double top = scroll.getVvalue() * (contentH - viewH);
        double y = top;
        if (minY < top) {
            y = minY;
        } else if (maxY > top + viewH) {
            y = Math.min(minY, maxY - viewH);
        }
        scroll.setVvalue(Math.max(0, Math.min(1, y / (contentH - viewH))));
    }

    @Override
    protected void layoutChildren() {
        scroll.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + scroll.prefWidth(height) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + scroll.prefHeight(width) + snappedBottomInset();
    }
}
