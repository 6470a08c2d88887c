package socketlab.ui.capture;

import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import socketlab.ladder.LadderArrow;
import socketlab.ladder.LadderCheck;
import socketlab.ladder.Phase;
import socketlab.ladder.TcpConversation;

/**
 * The ladder diagram of one TCP connection: client and server as two vertical lines, each segment an arrow between
 * them going down in order, coloured by phase, the lab's own socket calls beside the lines, and the sequence-number
 * checks underneath with ✓ or ✗. Clicking an arrow (or moving with the arrow keys) reports its frame number.
 */
public final class LadderView extends VBox {
    /** The most arrows drawn: a long connection shows its start, where the handshake and the checks are. */
    public static final int MAX_SHOWN = 400;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** The legend's one line, in em: four swatches and their names. */
    private static final double LEGEND_LINE_EM = 26;
    private final Label title = new Label();
    private final Label capNote = new Label();
    private final Label notesHint = new Label("At the lines: the lab's own socket calls on this connection, each"
            + " placed where it returned.");
    private final Label placeholder = new Label("Select a TCP packet to draw its connection as a ladder diagram.");
    private final Label emProbe = new Label("handshake");
    private final Pane diagram = new Pane();
    private final ScrollPane diagramScroll = new ScrollPane(diagram);
    private final GridPane checkList = new GridPane();
    private final Label checksTitle = new Label("Checks");
    private final SplitPane split;
    private TcpConversation conversation;
    private LadderDrawing drawing;
    private int selected = -1;
    private LongConsumer onFrameSelected = n -> { };
    /** In the pane's Large view: the ladder takes the lines the notes' explanation took. */
    private boolean large;

    public LadderView() {
        getStyleClass().add("ladder-view");
        title.getStyleClass().add("ladder-title");
        title.setId("ladder-title");
        capNote.getStyleClass().add("ladder-cap-note");
        capNote.setId("ladder-cap-note");
        capNote.setWrapText(true);
        placeholder.getStyleClass().add("ladder-placeholder");
        placeholder.setWrapText(true);

        FlowPane legend = new FlowPane(legendItem(Phase.HANDSHAKE, emProbe), legendItem(Phase.DATA, null),
                legendItem(Phase.CLOSE, null), legendItem(Phase.RESET, null));
        legend.getStyleClass().add("ladder-legend");
        // A flow prefers to wrap at 400 px whatever the text size: at 175 % the legend took two lines under the
        // title even in Large view. It prefers its one line (some 24 em), which every ladder is wide enough for.
        emProbe.fontProperty().subscribe(f -> legend.setPrefWrapLength(LEGEND_LINE_EM * f.getSize()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        // A flow: in a narrow view the legend goes below the title instead of pushing the ladder off screen.
        FlowPane top = new FlowPane(title, legend);
        top.getStyleClass().add("ladder-top");

        diagram.getStyleClass().add("ladder-diagram");
        diagram.setId("ladder-diagram");
        diagram.setFocusTraversable(true);
        diagramScroll.getStyleClass().add("ladder-scroll");
        diagramScroll.setFocusTraversable(false); // the diagram takes the focus, for the arrow keys
        // A filter, before the scroll pane scrolls on the same keys (it takes the focus on a mouse press).
        diagramScroll.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        StackPane diagramArea = new StackPane(diagramScroll, placeholder);

        checksTitle.getStyleClass().add("ladder-checks-title");
        checkList.getStyleClass().add("ladder-checks");
        ColumnConstraints markColumn = new ColumnConstraints();
        // The rule and this capture's numbers share one column, the numbers under the rule: side by side, at a large
        // text size the numbers were left a column a few words wide.
        ColumnConstraints ruleColumn = new ColumnConstraints();
        ruleColumn.setHgrow(Priority.ALWAYS);
        checkList.getColumnConstraints().setAll(markColumn, ruleColumn, new ColumnConstraints());
        checkList.setId("ladder-checks");
        ScrollPane checkScroll = new ScrollPane(new VBox(checksTitle, checkList));
        checkScroll.setFitToWidth(true);
        checkScroll.getStyleClass().add("ladder-checks-scroll");

        split = new SplitPane(diagramArea, checkScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        VBox.setVgrow(split, Priority.ALWAYS);
        notesHint.getStyleClass().add("ladder-notes-hint");
        notesHint.setWrapText(true);
        notesHint.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(top, notesHint, capNote, split);
        emProbe.fontProperty().subscribe(f -> redraw());
        // The drawing is made for the width it is given: both lines always on screen, never a sideways scroll.
        // Whole em steps only, so that a scroll bar coming and going does not draw it all again.
        diagramScroll.viewportBoundsProperty().subscribe(b -> {
            if (conversation != null && !new LadderDrawing(emProbe.getFont().getSize(), b.getWidth())
                    .sameShape(drawing)) {
                redraw();
                // Drawn during a layout: styled now, not at the next pulse, so no frame shows it in plain black.
                diagram.applyCss();
            }
        });
        show(null);
    }

    // Commands

    /**
     * Large view (a projector): the explanation of the notes at the lines goes, so that the ladder gets its two
     * lines of height; the notes themselves stay on the drawing, and the explanation is back outside Large view.
     */
    public void largeView(boolean large) {
        this.large = large;
        showNotesHint();
    }

    private void showNotesHint() {
        notesHint.setVisible(!large && conversation != null && !conversation.notes().isEmpty());
        notesHint.setManaged(notesHint.isVisible());
    }

    /**
     * Draws {@code c}; {@code null} clears the view. The same connection shown again with more segments (a live
     * capture) keeps its scroll position and its selected arrow, so the ladder grows under the reader's eyes.
     */
    public void show(TcpConversation c) {
        boolean same = c != null && conversation != null && c.stream() == conversation.stream()
                && c.pair().equals(conversation.pair());
        long keepFrame = same ? selectedFrame() : -1;
        double keepV = diagramScroll.getVvalue();
        double keepH = diagramScroll.getHvalue();
        conversation = c;
        selected = -1;
        placeholder.setVisible(c == null);
        diagramScroll.setVisible(c != null);
        title.setText(c == null ? "Ladder diagram" : String.format(Locale.ROOT, "TCP stream %d: %,d %s", c.stream(),
                c.segmentCount(), c.segmentCount() == 1 ? "segment" : "segments"));
        capNote.setText(c == null ? "" : capText(c));
        capNote.setVisible(!capNote.getText().isEmpty());
        capNote.setManaged(capNote.isVisible());
        showNotesHint();
        checkList.getChildren().clear();
        if (c != null) {
            for (int i = 0; i < c.checks().size(); i++) {
                checkRow(c.checks().get(i), i);
            }
        }
        checksTitle.setText(c == null ? "Checks" : checksTitle(c));
        redraw();
        if (same) {
            if (keepFrame >= 0) {
                select(keepFrame);
            }
            diagramScroll.setVvalue(keepV);
            diagramScroll.setHvalue(keepH);
        } else {
            diagramScroll.setVvalue(0);
            diagramScroll.setHvalue(0);
        }
    }

    /** Highlights the arrow of that frame and scrolls it into view; a frame not drawn clears the highlight. */
    public void select(long frameNumber) {
        int index = -1;
        if (conversation != null) {
            index = conversation.indexOf(frameNumber).orElse(-1);
        }
        highlight(drawing != null && index < drawing.arrows.size() ? index : -1);
    }

    /** Called with the frame number when the user picks an arrow. */
    public void setOnFrameSelected(LongConsumer listener) {
        onFrameSelected = listener == null ? n -> { } : listener;
    }

    // Properties

    /** The connection shown, or {@code null}. */
    public TcpConversation conversation() {
        return conversation;
    }

    /** The frame number of the highlighted arrow, or -1. */
    public long selectedFrame() {
        return selected < 0 ? -1 : conversation.arrows().get(selected).frameNumber();
    }

    private void redraw() {
        if (conversation == null) {
            diagram.getChildren().clear();
            drawing = null;
            return;
        }
        double em = emProbe.getFont().getSize();
        drawing = new LadderDrawing(em, diagramScroll.getViewportBounds().getWidth());
        drawing.draw(diagram, conversation, Math.min(MAX_SHOWN, conversation.arrows().size()));
        for (int i = 0; i < drawing.arrows.size(); i++) {
            Group g = drawing.arrows.get(i);
            int index = i;
            g.getStyleClass().add("ladder-arrow");
            g.setCursor(Cursor.HAND);
            g.setOnMouseClicked(e -> pick(index));
        }
        int keep = selected;
        selected = -1;
        highlight(keep);
    }

    private void pick(int index) {
        diagram.requestFocus();
        highlight(index);
        onFrameSelected.accept(conversation.arrows().get(index).frameNumber());
    }

    private void highlight(int index) {
        if (drawing == null) {
            selected = -1;
            return;
        }
        if (selected >= 0 && selected < drawing.arrows.size()) {
            drawing.arrows.get(selected).pseudoClassStateChanged(SELECTED, false);
        }
        selected = index;
        if (index >= 0) {
            drawing.arrows.get(index).pseudoClassStateChanged(SELECTED, true);
            scrollTo(drawing.arrowY.get(index));
        }
    }

    private void scrollTo(double y) {
        double content = diagram.getBoundsInLocal().getHeight();
        double view = diagramScroll.getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        double top = diagramScroll.getVvalue() * (content - view);
        if (y < top + view * 0.15 || y > top + view * 0.85) {
            diagramScroll.setVvalue(Math.clamp((y - view / 2) / (content - view), 0, 1));
        }
    }

    private void key(KeyEvent e) {
        if (drawing == null || drawing.arrows.isEmpty()) {
            return;
        }
        int last = drawing.arrows.size() - 1;
        int to = switch (e.getCode()) {
            case DOWN -> Math.min(last, selected + 1);
            case UP -> Math.max(0, selected - 1);
            case HOME -> 0;
            case END -> last;
            default -> -2;
        };
        if (to >= 0) {
            if (to != selected) {
                pick(to);
            }
            e.consume();
        }
    }

    private static HBox legendItem(Phase phase, Label label) {
        Region swatch = new Region();
        swatch.getStyleClass().add("ladder-swatch");
        Label text = label == null ? new Label(phase.label()) : label;
        text.setText(phase.label());
        HBox item = new HBox(swatch, text);
        item.getStyleClass().addAll("ladder-legend-item", "ladder-" + phase.label());
        return item;
    }

    /** One check as a row of the table: mark, rule, this capture's numbers, frame. */
    private void checkRow(LadderCheck c, int row) {
        String verdict = c.ok() ? "ok" : "failed";
        Label mark = new Label(c.mark());
        mark.getStyleClass().addAll("ladder-check-mark", verdict);
        Label rule = new Label(c.rule());
        rule.getStyleClass().addAll("ladder-check-rule", verdict);
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        Label detail = new Label(c.detail());
        detail.getStyleClass().addAll("ladder-check-text", verdict);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        VBox ruleAndNumbers = new VBox(rule, detail);
        ruleAndNumbers.getStyleClass().add("ladder-check-body");
        Label frame = new Label("frame " + c.frameNumber());
        frame.getStyleClass().add("ladder-check-frame");
        frame.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(mark, VPos.TOP);
        GridPane.setValignment(frame, VPos.TOP);
        checkList.addRow(row, mark, ruleAndNumbers, frame);
    }

    private static String checksTitle(TcpConversation c) {
        long failed = c.checks().stream().filter(x -> !x.ok()).count();
        if (c.checks().isEmpty()) {
            return "Checks: none apply (no handshake, data or FIN acknowledged in this capture)";
        }
        return failed == 0 ? "Checks: all " + c.checks().size() + " hold"
                : "Checks: " + failed + " of " + c.checks().size() + " do not hold";
    }

    private static String capText(TcpConversation c) {
        StringBuilder s = new StringBuilder();
        if (!c.handshakeSeen()) {
            s.append("The capture has no SYN of this connection: which end is the client is a guess (the first"
                    + " sender). ");
        }
        if (c.segmentCount() > MAX_SHOWN) {
            s.append(String.format(Locale.ROOT, "First %,d of %,d segments shown; the checks cover all of them.",
                    MAX_SHOWN, c.segmentCount()));
        }
        return s.toString().strip();
    }

    /** The arrow of the given frame as drawn, for tests and tooling. */
    Group arrowNode(long frameNumber) {
        if (drawing == null) {
            return null;
        }
        for (Group g : drawing.arrows) {
            if (((LadderArrow) g.getUserData()).frameNumber() == frameNumber) {
                return g;
            }
        }
        return null;
    }
}
