package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Orientation;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.HBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import socketlab.decode.Field;
import socketlab.decode.Frame;

/** The bytes pane on real frames: the hex and ASCII it shows, lit fields, clicks and arrow keys, large frames. */
@ExtendWith(ApplicationExtension.class)
class BytesViewFxTest {
    private BytesView view;
    private Stage stage;
    private final List<Integer> picked = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new BytesView();
        view.setOnByteSelected(picked::add);
        CaptureScene.show(stage, view, 900, 500);
    }

    /** The shown labels of one column ({@code .hex-byte} or {@code .ascii-byte}) by the frame offset they show. */
    private Map<Integer, Label> shown(String styleClass) {
        return onFx(() -> {
            Map<Integer, Label> byOffset = new TreeMap<>();
            for (Node n : view.lookupAll("." + styleClass)) {
                if (n instanceof Label l && l.isVisible() && l.getUserData() instanceof Integer at && onScreen(l)) {
                    byOffset.put(at, l);
                }
            }
            return byOffset;
        });
    }

    /** Whether the label is in a row cell the list shows now (the list keeps spare cells, hidden). */
    private static boolean onScreen(Node n) {
        Node p = n;
        while (p != null && !(p instanceof ListCell<?>)) {
            p = p.getParent();
        }
        return p instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty() && cell.getGraphic() != null
                && cell.getParent() != null && cell.getParent().isVisible();
    }

    private List<Integer> lit(String styleClass) {
        return onFx(() -> {
            List<Integer> offsets = new ArrayList<>();
            for (Map.Entry<Integer, Label> e : shown(styleClass).entrySet()) {
                if (e.getValue().getPseudoClassStates().contains(BytesRow.LIT)) {
                    offsets.add(e.getKey());
                }
            }
            return offsets;
        });
    }

    private static List<Integer> range(int from, int length) {
        List<Integer> r = new ArrayList<>();
        for (int i = from; i < from + length; i++) {
            r.add(i);
        }
        return r;
    }

    private void assertShowsBytes(byte[] data) throws Exception {
        // The list lays its rows out on the next pulse.
        waitUntil(() -> shown("hex-byte").size() == data.length);
        Map<Integer, Label> hex = shown("hex-byte");
        Map<Integer, Label> ascii = shown("ascii-byte");
        assertEquals(range(0, data.length), new ArrayList<>(hex.keySet()), "one hex cell per byte, all on screen");
        assertEquals(range(0, data.length), new ArrayList<>(ascii.keySet()));
        StringBuilder hexText = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < data.length; i++) {
            Label h = hex.get(i);
            Label a = ascii.get(i);
            hexText.append(onFx(h::getText));
            expected.append(String.format("%02x", data[i] & 0xff));
            int b = data[i] & 0xff;
            assertEquals(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : ".", onFx(a::getText), "ASCII of byte " + i);
        }
        assertEquals(expected.toString(), hexText.toString());
    }

    @Test
    void showsALiveLoopbackSegmentByteForByteInHexAndAscii() throws Exception {
        Frame data = CaptureFrames.liveConnection().data();
        onFx(() -> {
            view.show(data);
            return null;
        });
        assertShowsBytes(data.data());
        String last = onFx(() -> view.rowText((data.capturedLength() - 1) / 16));
        assertTrue(last.endsWith(CaptureFrames.LINE.substring(CaptureFrames.LINE.length() - 1 - (data.capturedLength()
                - 1) % 16, CaptureFrames.LINE.length() - 1) + "."), "the line and its newline as a dot: " + last);
        assertEquals(String.format("0000  %02x %02x", data.data()[0], data.data()[1]),
                onFx(() -> view.rowText(0)).substring(0, 11));
    }

    @Test
    void highlightLightsExactlyTheFieldsBytesInBothColumns() throws Exception {
        Frame f = CaptureFrames.decode(CaptureFrames.tcpData());
        Field src = f.field("ip.src").orElseThrow();
        onFx(() -> {
            view.show(f);
            view.highlight(src.byteOffset(), src.byteLength());
            return null;
        });
        waitUntil(() -> !lit("hex-byte").isEmpty()); // the rows are laid out on the next pulse
        assertEquals(range(26, 4), lit("hex-byte"));
        assertEquals(range(26, 4), lit("ascii-byte"));
        Field syn = f.field("tcp.flags.syn").orElseThrow();
        onFx(() -> {
            view.highlight(syn.byteOffset(), syn.byteLength());
            return null;
        });
        assertEquals(List.of(47), lit("hex-byte"), "a flag lights the one byte that holds it");
        onFx(() -> {
            view.highlight(0, 0);
            return null;
        });
        assertEquals(List.of(), lit("hex-byte"));
    }

    /** The pane at {@code width} pixels, laid out again. */
    private void resize(double width) throws Exception {
        onFx(() -> {
            stage.setMinWidth(0); // the stage is shared with other test classes, which may have set a minimum
            stage.setWidth(width);
            return null;
        });
    }

    /**
     * Every row on screen, as its offset column's text and the frame offsets of its hex cells, in order; checks that
     * the rows are full but the last and that the ASCII cells show the same bytes as the hex cells.
     */
    private List<String> rowsOnScreen() {
        return onFx(() -> {
            Map<Integer, String> rows = new TreeMap<>();
            for (Node n : view.lookupAll(".bytes-offset")) {
                if (!onScreen(n)) {
                    continue;
                }
                HBox row = (HBox) n.getParent();
                List<Integer> hex = new ArrayList<>();
                for (Node b : ((HBox) row.getChildren().get(1)).getChildren()) {
                    if (b instanceof Label l && l.getUserData() instanceof Integer at) {
                        hex.add(at);
                    }
                }
                List<Integer> ascii = new ArrayList<>();
                for (Node b : ((HBox) row.getChildren().get(2)).getChildren()) {
                    if (b instanceof Label l && l.getUserData() instanceof Integer at) {
                        ascii.add(at);
                    }
                }
                assertEquals(hex, ascii, "the ASCII column shows the row's bytes");
                rows.put(hex.getFirst(), ((Label) n).getText() + " " + hex);
            }
            return new ArrayList<>(rows.values());
        });
    }

    private boolean scrollsSideways() {
        return onFx(() -> view.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()));
    }

    @Test
    void aNarrowPaneShowsFewerBytesARowWithTrueOffsetsAndLightsExactlyTheFieldsBytes() throws Exception {
        Frame f = CaptureFrames.decode(CaptureFrames.tcpData());
        Field src = f.field("ip.src").orElseThrow();
        Field seq = f.field("tcp.seq").orElseThrow(); // bytes 38..41: across a row's end at 8 and at 4 a row
        onFx(() -> {
            view.show(f);
            view.highlight(src.byteOffset(), src.byteLength());
            return null;
        });
        waitUntil(() -> !lit("hex-byte").isEmpty());
        assertEquals(16, (int) onFx(view::perRow), "sixteen bytes a row where they fit");
        try {
            for (int[] step : new int[][] {{520, 8}, {330, 4}}) {
                resize(step[0]);
                int perRow = step[1];
                waitUntil(() -> onFx(view::perRow) == perRow && !lit("hex-byte").isEmpty());
                assertEquals(range(26, 4), lit("hex-byte"), "at " + perRow + " a row: the source address's bytes");
                assertEquals(range(26, 4), lit("ascii-byte"));
                List<String> rows = rowsOnScreen();
                assertTrue(!rows.isEmpty());
                for (String row : rows) {
                    int first = Integer.parseInt(row.substring(0, 4), 16);
                    List<Integer> bytes = range(first, Math.min(perRow, f.data().length - first));
                    assertEquals(String.format("%04x ", first) + bytes, row,
                            "a row's offset is its first byte's, and it holds the bytes from there");
                    assertEquals(0, first % perRow);
                }
                assertEquals(String.format("%04x  %02x", perRow, f.data()[perRow] & 0xff),
                        onFx(() -> view.rowText(1)).substring(0, 8));
                assertTrue(!scrollsSideways(), "no horizontal scroll bar at " + step[0] + " px");
                onFx(() -> {
                    view.highlight(seq.byteOffset(), seq.byteLength());
                    return null;
                });
                assertEquals(range(38, 4), lit("hex-byte"), "a field across a row's end at " + perRow);
                assertEquals(range(38, 4), lit("ascii-byte"));
                onFx(() -> {
                    view.highlight(src.byteOffset(), src.byteLength());
                    return null;
                });
            }
        } finally {
            resize(900); // the stage is the next test's too
        }
        waitUntil(() -> onFx(view::perRow) == 16);
        waitUntil(() -> lit("hex-byte").equals(range(26, 4)));
        assertTrue(rowsOnScreen().getFirst().startsWith("0000 " + range(0, 16)), rowsOnScreen().getFirst());
    }

    @Test
    void clickingAByteReportsItsOffsetAndTheArrowsMoveOn(FxRobot robot) throws Exception {
        Frame f = CaptureFrames.decode(CaptureFrames.tcpData());
        onFx(() -> {
            view.show(f);
            return null;
        });
        waitUntil(() -> shown("hex-byte").containsKey(22) && shown("ascii-byte").containsKey(70));
        robot.clickOn(shown("hex-byte").get(22)); // the TTL
        assertEquals(List.of(22), picked);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.LEFT);
        assertEquals(List.of(22, 23, 39, 38), picked);
        robot.clickOn(shown("ascii-byte").get(70));
        assertEquals(70, picked.getLast(), "the ASCII column reports the same offsets");
        robot.type(KeyCode.END);
        assertEquals(79, picked.getLast());
        assertEquals(79, (int) onFx(view::caret));
    }

    @Test
    void aLargeFrameLaysOutOnlyTheRowsOnScreenAndScrollsToALitField() throws Exception {
        Frame big = CaptureFrames.decode(CaptureFrames.bigUdp(65_535));
        onFx(() -> {
            view.show(big);
            return null;
        });
        waitUntil(() -> !shown("hex-byte").isEmpty());
        int cells = onFx(() -> view.lookupAll(".hex-byte").size());
        assertTrue(cells < 16 * 60, "only the visible rows exist, not 65,535 byte cells: " + cells);
        onFx(() -> {
            view.highlight(65_000, 10);
            return null;
        });
        waitUntil(() -> !lit("hex-byte").isEmpty());
        assertEquals(range(65_000, 10), lit("hex-byte"), "the lit bytes were scrolled into view");
        assertEquals(String.format("fde0  %02x", big.data()[0xfde0] & 0xff), onFx(() -> view.rowText(0xfde))
                .substring(0, 8));
    }

    @Test
    void showingNothingOrACutFrameNeverFails() throws Exception {
        byte[] whole = CaptureFrames.tcpData();
        for (int len = 0; len <= whole.length; len++) {
            Frame cut = CaptureFrames.decode(CaptureFrames.cut(whole, len));
            onFx(() -> {
                view.show(cut);
                view.highlight(cut.capturedLength() - 3, 10);
                return null;
            });
            assertShowsBytes(cut.data());
        }
        onFx(() -> {
            view.show(null);
            return null;
        });
        assertEquals(Map.of(), shown("hex-byte"));
    }
}
