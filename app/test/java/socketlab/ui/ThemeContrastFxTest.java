package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The theme's text colours as the window resolves them, in light and dark: every label shown in every pane and every
 * field's prompt text reach WCAG AA's 4.5:1 against what is behind them. The measure is shown to catch Modena's own
 * prompt colour, which was nearly invisible on the dark theme's fields.
 */
class ThemeContrastFxTest extends LabWindowFixture {
    private static final double AA = 4.5;
    private static final List<String> PANES = List.of("servers", "clients", "dns", "capture", "addresses");

    ThemeContrastFxTest() {
        super(1280, 800);
    }

    @Test
    void everyLabelAndPromptReachesFourAndAHalfToOneInBothThemes(FxRobot robot) {
        List<String> failures = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            theme(dark);
            Set<String> prompts = new TreeSet<>();
            int labels = 0;
            for (String pane : PANES) {
                robot.clickOn("#nav-" + pane);
                Measured m = onFx(() -> measure(stage.getScene().getRoot(), (dark ? "dark " : "light ") + pane));
                failures.addAll(m.failures());
                prompts.addAll(m.prompts());
                labels += m.labels();
            }
            // The prompts the dark theme had made nearly invisible are among those measured.
            for (String p : List.of("type a line to send, then press Enter", "system resolver",
                    "the Internet's 13 root servers")) {
                assertTrue(prompts.contains(p), p + " was not measured: " + prompts);
            }
            assertTrue(labels > 100, "only " + labels + " labels measured");
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theMeasureCatchesModenasPromptColourOnADarkField(FxRobot robot) {
        theme(true);
        TextField modena = onFx(() -> {
            TextField t = new TextField();
            t.setPromptText("system resolver");
            t.setStyle("-fx-prompt-text-fill: derive(-fx-control-inner-background, -30%);");
            ((javafx.scene.layout.Pane) robot.lookup(".header").query()).getChildren().add(t);
            t.applyCss();
            return t;
        });
        double ratio = onFx(() -> worst(promptFill(modena), background(modena)));
        assertTrue(ratio < 2, "Modena's prompt on a dark field measures " + ratio);
        TextField ours = onFx(() -> {
            TextField t = new TextField();
            t.setPromptText("system resolver");
            ((javafx.scene.layout.Pane) robot.lookup(".header").query()).getChildren().add(t);
            t.applyCss();
            return t;
        });
        assertTrue(onFx(() -> worst(promptFill(ours), background(ours))) >= AA);
    }

    private void theme(boolean dark) {
        onFx(() -> {
            Parent root = stage.getScene().getRoot();
            root.getStyleClass().remove(Theme.DARK_CLASS);
            if (dark) {
                root.getStyleClass().add(Theme.DARK_CLASS);
            }
            root.applyCss();
            root.layout();
            return null;
        });
    }

    private record Measured(List<String> failures, Set<String> prompts, int labels) {
    }

    /** Must run on the JavaFX thread. */
    private static Measured measure(Parent root, String where) {
        root.applyCss();
        List<String> failures = new ArrayList<>();
        Set<String> prompts = new TreeSet<>();
        int labels = 0;
        for (Node n : all(root)) {
            if (n instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isEmpty()
                    && !t.isDisabled()) {
                prompts.add(t.getPromptText());
                double r = worst(promptFill(t), background(t));
                if (r < AA) {
                    failures.add(String.format("%s: prompt \"%s\" %.2f:1", where, t.getPromptText(), r));
                }
            } else if (n instanceof Label l && l.getText() != null && !l.getText().isBlank() && shown(l)
                    && !l.isDisabled() && l.getTextFill() instanceof Color) {
                labels++;
                double r = worst(l.getTextFill(), background(l));
                if (r < AA) {
                    failures.add(String.format("%s: label %s \"%s\" %.2f:1 (%s on %s)", where, l.getStyleClass(),
                            l.getText(), r, l.getTextFill(), background(l)));
                }
            }
        }
        return new Measured(failures, prompts, labels);
    }

    private static List<Node> all(Parent root) {
        List<Node> nodes = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.removeLast();
            nodes.add(n);
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return nodes;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** The prompt colour the text field's skin resolved from the style sheets. */
    @SuppressWarnings("unchecked")
    private static Paint promptFill(TextInputControl t) {
        for (CssMetaData<? extends Styleable, ?> m : t.getCssMetaData()) {
            if (m.getProperty().equals("-fx-prompt-text-fill")) {
                return (Paint) ((CssMetaData<TextInputControl, ?>) m).getStyleableProperty(t).getValue();
            }
        }
        throw new AssertionError("no prompt text fill on " + t);
    }

    /** The topmost opaque fill under {@code n}: its own, else the nearest ancestor's. */
    private static Paint background(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof Region r) {
                Background b = r.getBackground();
                if (b != null) {
                    List<BackgroundFill> fills = b.getFills();
                    for (int i = fills.size() - 1; i >= 0; i--) {
                        Paint paint = fills.get(i).getFill();
                        if (paint instanceof Color c && c.getOpacity() > 0.5 || paint instanceof LinearGradient) {
                            return paint;
                        }
                    }
                }
            }
        }
        return Color.WHITE; // the scene's fill
    }

    /** The lowest contrast between any colour of {@code text} and any of {@code back} (gradients: every stop). */
    static double worst(Paint text, Paint back) {
        double worst = Double.MAX_VALUE;
        for (Color t : colours(text)) {
            for (Color b : colours(back)) {
                worst = Math.min(worst, Contrast.ratio(t, b));
            }
        }
        return worst;
    }

    private static List<Color> colours(Paint p) {
        if (p instanceof Color c) {
            return List.of(c);
        }
        if (p instanceof LinearGradient g) {
            return g.getStops().stream().map(javafx.scene.paint.Stop::getColor).toList();
        }
        throw new AssertionError("not a colour: " + p);
    }
}
