package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard focus ring, read back from the colours CSS resolved on the real window: on the filled and selected
 * controls where a ring in the accent disappeared (the chosen pane, a segmented choice, Start server) and on a text
 * field, in both themes, the ring stands out from what is behind the control and its halo from the control's fill.
 */
class FocusRingFxTest extends LabWindowFixture {
    private static final List<String> FOCUSED = List.of("#nav-servers", "#kind-hello", "#startButton", "#portField",
            "#darkToggle");

    FocusRingFxTest() {
        super(960, 720);
    }

    @Test
    void theRingContrastsWithTheBackgroundAndTheAccentInBothThemes(FxRobot robot) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            onFx(() -> {
                lab.theme().darkProperty().set(dark);
                lab.zoom().restore(150);
                return null;
            });
            for (String id : FOCUSED) {
                String where = (dark ? "dark: " : "light: ") + id;
                Region control = robot.lookup(id).queryAs(Region.class);
                onFx(() -> {
                    control.requestFocus();
                    return null;
                });
                waitUntil(control::isFocused);
                WaitForAsyncUtils.waitForFxEvents(); // the pulse that applies :focused

                Border border = onFx(control::getBorder);
                assertNotNull(border, where + " has a ring");
                List<BorderStroke> strokes = border.getStrokes();
                assertEquals(2, strokes.size(), where);
                Color ring = (Color) strokes.get(0).getTopStroke();
                Color halo = (Color) strokes.get(1).getTopStroke();
                double ringWidth = strokes.get(0).getWidths().getTop();
                double haloWidth = strokes.get(1).getWidths().getTop();
                assertTrue(ringWidth >= 2 && ringWidth + haloWidth <= 3, where + ": 2–3 px, " + ringWidth);
                assertEquals(-ringWidth - haloWidth, strokes.get(0).getInsets().getTop(), 1e-9,
                        where + ": drawn outside the control");

                Color behind = onFx(() -> behind(control));
                assertAtLeast(3, ring, behind, where + ": ring against what is behind the control");
                assertAtLeast(3, ring, halo, where + ": ring against its halo");
                // Its inner edge: the halo stands out from the fill, or the halo melts into the fill and the ring
                // (which stands out from the halo) does.
                for (Color fill : onFx(() -> fillColours(control))) {
                    assertAtLeast(3, Contrast.ratio(halo, fill) >= 3 ? halo : ring, fill, where + ": against the fill");
                }
                if (id.equals("#startButton") || id.equals("#nav-servers") || id.equals("#kind-hello")) {
                    Color accent = onFx(() -> lookupColour("-lab-accent"));
                    assertTrue(onFx(() -> fillColours(control)).stream().anyMatch(c -> Contrast.ratio(c, accent) < 1.5),
                            where + " is filled with the accent: the case the ring must survive");
                    assertAtLeast(3, halo, accent, where + ": halo against the accent");
                }
            }
            // Only the focused control has a ring.
            Region start = robot.lookup("#startButton").queryAs(Region.class);
            assertTrue(onFx(() -> start.getBorder() == null || start.getBorder().getStrokes().isEmpty()),
                    "no ring without the focus");
        }
    }

    private static void assertAtLeast(double ratio, Color a, Color b, String what) {
        double c = Contrast.ratio(a, b);
        assertTrue(c >= ratio, what + ": " + a + " on " + b + " is " + String.format("%.2f", c) + ":1");
    }

    /** The colour of the nearest ancestor that paints a background. */
    private static Color behind(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getBackground() != null) {
                List<Color> colours = colours(r.getBackground().getFills());
                if (!colours.isEmpty() && colours.getLast().getOpacity() > 0.99) {
                    return colours.getLast();
                }
            }
        }
        throw new AssertionError("nothing behind " + node);
    }

    /** The colours of the control's innermost opaque fill: the surface its text sits on. */
    private static List<Color> fillColours(Region control) {
        List<BackgroundFill> fills = control.getBackground() == null ? List.of() : control.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            List<Color> c = colours(List.of(fills.get(i)));
            if (!c.isEmpty() && c.stream().allMatch(x -> x.getOpacity() > 0.99)) {
                return c;
            }
        }
        return List.of(behind(control)); // a transparent control shows what is behind it
    }

    private static List<Color> colours(List<BackgroundFill> fills) {
        List<Color> out = new ArrayList<>();
        for (BackgroundFill f : fills) {
            Paint p = f.getFill();
            if (p instanceof Color c) {
                out.add(c);
            } else if (p instanceof LinearGradient g) {
                g.getStops().stream().map(javafx.scene.paint.Stop::getColor).forEach(out::add);
            }
        }
        return out.stream().filter(c -> c.getOpacity() > 0).toList();
    }

    private Color lookupColour(String name) {
        Region probe = new Region();
        probe.setStyle("-fx-background-color: " + name + ";");
        Parent root = stage.getScene().getRoot();
        ((javafx.scene.layout.Pane) root.lookup(".navigation")).getChildren().add(probe);
        probe.applyCss();
        Color c = (Color) probe.getBackground().getFills().getFirst().getFill();
        ((javafx.scene.layout.Pane) root.lookup(".navigation")).getChildren().remove(probe);
        return c;
    }
}
