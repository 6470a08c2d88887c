package socketlab.ui.capture;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import socketlab.ladder.LabNote;
import socketlab.ladder.LadderArrow;
import socketlab.ladder.LadderNote;
import socketlab.ladder.TcpConversation;

/**
 * Lays out one ladder diagram in a pane, in em so that it grows with the text size, to the width it is given: the
 * client's line on the left, the server's on the right, one slanted arrow per segment going down in capture order
 * (evenly spaced: real time gaps range from microseconds to minutes), and the lab's socket calls beside the line of
 * the side that made them. Where there is no room beside the lines (a narrow window, a large text size), the calls
 * go between them, each on a row of its own, so that both lines and every label stay on screen.
 */
final class LadderDrawing {
    // Columns and rows, in em.
    private static final double TIME_WIDTH = 7.2;
    private static final double COMPACT_TIME_WIDTH = 6.4;
    private static final double NOTE_WIDTH = 15;
    private static final double GAP = 0.7;
    private static final double SPAN = 22;
    /** The least room between the lines: an arrow's label, e.g. "[PSH, ACK] seq=1 ack=1 len=14", fits in it. */
    private static final double MIN_SPAN = 17;
    private static final double ENDPOINT_WIDTH = 15;
    private static final double COMPACT_ENDPOINT_WIDTH = 11;
    /** The width, in em, from which the calls fit beside the lines. */
    private static final double WIDE = TIME_WIDTH + NOTE_WIDTH + GAP + SPAN + GAP + NOTE_WIDTH + 1;
    private static final double HEADER = 4.2;
    private static final double ARROW_ROW = 3.6;
    private static final double NOTE_ROW = 1.7;
    private static final double SLANT = 1.3;
    private static final double HEAD = 0.7;

    /** The arrows drawn, in order, each a group the view can select. */
    final List<Group> arrows = new ArrayList<>();
    /** The vertical middle of each arrow, in pixels, for scrolling to it. */
    final List<Double> arrowY = new ArrayList<>();

    private final double em;
    /** Calls between the lines instead of beside them. */
    private final boolean compact;
    private final double span;
    private final double clientX;
    private final double serverX;
    private final double width;

    /** A drawing for {@code available} pixels of width (0: as wide as it likes) at {@code em} pixels per em. */
    LadderDrawing(double em, double available) {
        this.em = em;
        double room = available > 0 ? available / em - 0.3 : WIDE;
        compact = room < WIDE;
        if (compact) {
            span = Math.max(MIN_SPAN, Math.floor(room - COMPACT_TIME_WIDTH - GAP - 1));
            clientX = (COMPACT_TIME_WIDTH + GAP) * em;
            serverX = clientX + span * em;
            width = serverX + em;
        } else {
            span = SPAN;
            clientX = (TIME_WIDTH + NOTE_WIDTH + GAP) * em;
            serverX = clientX + span * em;
            width = serverX + (GAP + NOTE_WIDTH + 1) * em;
        }
    }

    /** Whether {@code other} would lay the ladder out the same way: then there is no need to draw it again. */
    boolean sameShape(LadderDrawing other) {
        return other != null && other.em == em && other.compact == compact && other.span == span;
    }

    /** Draws the first {@code shown} arrows of {@code c} into {@code pane}, replacing what it held. */
    void draw(Pane pane, TcpConversation c, int shown) {
        List<Node> nodes = new ArrayList<>();
        List<Node> front = new ArrayList<>();
        nodes.add(endpoint("client", c.client().toString(), clientX, "ladder-client"));
        nodes.add(endpoint("server", c.server().toString(), serverX, "ladder-server"));
        double y = HEADER * em;
        List<LadderNote> notes = c.notes();
        int next = 0;
        for (int i = 0; i < shown; i++) {
            int from = next;
            while (next < notes.size() && notes.get(next).afterArrows() <= i) {
                next++;
            }
            y = notes(front, notes.subList(from, next), y);
            LadderArrow a = c.arrows().get(i);
            Group g = arrow(a, y);
            arrows.add(g);
            arrowY.add(y + ARROW_ROW * em / 2);
            nodes.add(g);
            y += ARROW_ROW * em;
        }
        int from = next;
        while (next < notes.size() && notes.get(next).afterArrows() <= shown) {
            next++;
        }
        y = notes(front, notes.subList(from, next), y);
        double bottom = y + em;
        nodes.add(0, axis(clientX, bottom));
        nodes.add(1, axis(serverX, bottom));
        nodes.addAll(front);
        pane.getChildren().setAll(nodes);
        pane.setPrefSize(width, bottom + em);
        pane.setMinSize(pane.getPrefWidth(), pane.getPrefHeight());
    }

    private Line axis(double x, double bottom) {
        Line l = new Line(x, HEADER * em - 0.4 * em, x, bottom);
        l.getStyleClass().add("ladder-axis");
        return l;
    }

    private Node endpoint(String role, String address, double x, String style) {
        Label roleLabel = new Label(role);
        roleLabel.getStyleClass().add("ladder-role");
        Label addressLabel = new Label(address);
        addressLabel.getStyleClass().add("ladder-address");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(roleLabel, addressLabel);
        box.getStyleClass().addAll("ladder-endpoint", style);
        box.setAlignment(Pos.CENTER);
        addressLabel.setWrapText(true); // a long IPv6 address wraps rather than losing its port
        double boxWidth = (compact ? COMPACT_ENDPOINT_WIDTH : ENDPOINT_WIDTH) * em;
        box.setPrefWidth(boxWidth);
        // Centred on its line, but never past the drawing's edges.
        box.setLayoutX(Math.max(0.2 * em, Math.min(width - boxWidth, x - boxWidth / 2)));
        box.setLayoutY(0.2 * em);
        return box;
    }

    /** One segment: the label above, the slanted line, the head, the time on the left; one group to click. */
    private Group arrow(LadderArrow a, double y) {
        double x0 = a.fromClient() ? clientX : serverX;
        double x1 = a.fromClient() ? serverX : clientX;
        double y0 = y + 1.9 * em;
        double y1 = y0 + SLANT * em;

        Rectangle band = new Rectangle(0, y + 0.1 * em, width - em, (ARROW_ROW - 0.2) * em);
        band.getStyleClass().add("ladder-band");
        Line line = new Line(x0, y0, x1, y1);
        line.getStyleClass().add("ladder-line");
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        double h = HEAD * em;
        Polygon head = new Polygon(x1, y1,
                x1 - ux * h - uy * h * 0.45, y1 - uy * h + ux * h * 0.45,
                x1 - ux * h + uy * h * 0.45, y1 - uy * h - ux * h * 0.45);
        head.getStyleClass().add("ladder-head");

        Label label = new Label(a.label());
        label.getStyleClass().add("ladder-label");
        double labelWidth = (span - 0.6) * em;
        label.setPrefWidth(labelWidth);
        label.setAlignment(Pos.CENTER);
        label.setLayoutX((clientX + serverX) / 2 - labelWidth / 2);
        label.setLayoutY(y + 0.3 * em);

        Label time = new Label(a.timeText() + " s");
        time.getStyleClass().add("ladder-time");
        time.setLayoutX(0.4 * em);
        time.setLayoutY(y + 0.7 * em);
        Label number = new Label("frame " + a.frameNumber());
        number.getStyleClass().add("ladder-frame");
        number.setLayoutX(0.4 * em);
        number.setLayoutY(y + 1.9 * em);

        Group g = new Group(band, line, head, label, time, number);
        g.getStyleClass().addAll("ladder-arrow", "ladder-" + a.phase().label());
        g.setId("ladder-arrow-" + a.frameNumber());
        g.setUserData(a);
        Tooltip.install(g, new Tooltip(tooltip(a)));
        return g;
    }

    private static String tooltip(LadderArrow a) {
        return "Frame " + a.frameNumber() + ", " + a.timeText() + " s after the first segment\n"
                + (a.fromClient() ? "client → server" : "server → client") + ", [" + a.flags() + "], "
                + a.phase().label() + "\nseq " + a.seq() + " (raw " + a.rawSeq() + ")"
                + (a.hasAck() ? ", ack " + a.ack() + " (raw " + a.rawAck() + ")" : "")
                + "\nlen " + a.length() + ", window " + a.window() + " bytes";
    }

    /**
     * The calls between two arrows: client calls left of the client's line, server calls right of the server's; in
     * a compact drawing, between the lines, the client's against its line and the server's against its own.
     */
    private double notes(List<Node> out, List<LadderNote> between, double y) {
        if (between.isEmpty()) {
            return y;
        }
        int clientRow = 0;
        int serverRow = 0;
        for (LadderNote n : between) {
            boolean client = n.note().side() == LabNote.Side.CLIENT;
            // Between the lines the two sides would collide, so there every call has a row of its own.
            int row = compact || client ? clientRow++ : serverRow++;
            Label l = new Label(n.note().text());
            l.getStyleClass().addAll("ladder-note", client ? "ladder-client-note" : "ladder-server-note");
            double noteWidth = (compact ? span - 2 * GAP : NOTE_WIDTH) * em;
            l.setPrefWidth(noteWidth);
            l.setMaxWidth(noteWidth);
            boolean rightAligned = client != compact;
            l.setAlignment(rightAligned ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            double gap = GAP * em;
            l.setLayoutX(compact ? (client ? clientX + gap : serverX - gap - noteWidth)
                    : (client ? clientX - gap - noteWidth : serverX + gap));
            l.setLayoutY(y + row * NOTE_ROW * em + 0.15 * em);
            out.add(l);
            double tickY = y + (row + 0.55) * NOTE_ROW * em;
            double lineX = client ? clientX : serverX;
            double tickEnd = lineX + (client == compact ? 0.8 : -0.8) * gap;
            Line tick = new Line(Math.min(lineX, tickEnd), tickY, Math.max(lineX, tickEnd), tickY);
            tick.getStyleClass().add("ladder-note-tick");
            out.add(tick);
        }
        return y + Math.max(clientRow, serverRow) * NOTE_ROW * em;
    }
}
