package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;
import static socketlab.ui.FxQuery.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import socketlab.lessons.Lesson;
import socketlab.ui.lessons.LessonsViewModel;

/**
 * Lessons in progress at 1280×720 and 1024×768 with the text at 150 %, as on a projector, light and dark: the Lessons
 * pane with a step done, another pane with the lesson strip and the ring on the control the step points at, and a DNS
 * lesson offline, whose strip and page say where its questions go. The ring must be drawn in its colour around that
 * control; the pictures land in target/screenshots for the README.
 */
class LessonsScreenshotFxTest extends LabWindowFixture {
    private static final Path SHOTS = Path.of("target", "screenshots");

    LessonsScreenshotFxTest() {
        // The DNS lessons use the lab's local hierarchy: tests send nothing beyond loopback.
        System.setProperty(socketlab.ui.lessons.DnsServers.OFFLINE_PROPERTY, "true");
    }

    @Test
    void twoLessonsInProgressAtProjectorSizeWithTheRingAroundThePointedControl(FxRobot robot) throws Exception {
        LessonsViewModel vm = lab.lessons();
        waitUntil(() -> !vm.lessons().isEmpty());
        size(1280, 720);
        onFx(() -> {
            lab.window().showPane("lessons");
            vm.begin(first(vm));
            vm.restart();
            return null;
        });
        // Step 1 done by Show me, step 2 shown.
        onFx(vm::showMe);
        waitUntil(() -> !vm.showingProperty().get() && vm.passedProperty().get());
        onFx(() -> {
            vm.next();
            lab.window().showPane("lessons");
            return null;
        });
        shoot("lesson-pane");
        size(1024, 768);
        shoot("lesson-pane");
        size(1280, 720);

        // Another lesson, 4, up to its third step: the strip over the Servers pane, the ring on the backlog line.
        onFx(() -> {
            vm.begin(vm.lessons().stream().filter(l -> l.number() == 4).findFirst().orElseThrow());
            vm.restart();
            return null;
        });
        for (int step = 0; step < 3; step++) {
            if (step > 0) {
                onFx(() -> {
                    vm.next();
                    return null;
                });
            }
            onFx(vm::showMe);
            waitUntil(() -> !vm.showingProperty().get() && vm.passedProperty().get());
        }
        settle();
        Node pointed = onFx(() -> lab.pointer().pointed());
        assertTrue(pointed != null, "Show me pointed at a control");
        assertTrue(onFx(() -> robot.lookup("#lessonStrip").query().isVisible()), "the strip shows over the pane");
        for (boolean dark : new boolean[] {false, true}) {
            theme(dark);
            assertTrue(onFx(() -> ringDrawn(pointed, dark)), "the ring is drawn around the pointed control in the "
                    + (dark ? "dark" : "light") + " theme");
        }
        shoot("lesson-strip");
        size(1024, 768);
        shoot("lesson-strip");

        // Lesson 7's lookup of www.example.com, offline: the strip and the lesson's page say where DNS goes.
        onFx(() -> {
            vm.begin(vm.lessons().stream().filter(l -> l.number() == 7).findFirst().orElseThrow());
            vm.restart();
            for (int i = 0; i < 3; i++) {
                vm.next();
            }
            lab.window().showPane("dns");
            return null;
        });
        waitUntil(() -> !vm.dnsStripNoteProperty().get().isEmpty());
        for (int[] size : new int[][] {{1280, 720}, {1024, 768}}) {
            size(size[0], size[1]);
            shoot("lesson-dns-strip");
            onFx(() -> {
                lab.window().showPane("lessons");
                return null;
            });
            shoot("lesson-dns-pane");
            onFx(() -> {
                lab.window().showPane("dns");
                return null;
            });
        }
        theme(false);
        assertTrue(errors.reports().isEmpty(), errors.reports().toString());
    }

    /** The window at {@code width}×{@code height} with the text at 150 %, as on a projector. */
    private void size(int width, int height) {
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            while (lab.zoom().percent() < 150) {
                lab.zoom().bigger();
            }
            return null;
        });
        settle();
    }

    private void theme(boolean dark) {
        onFx(() -> {
            lab.theme().darkProperty().set(dark);
            return null;
        });
        settle();
    }

    /** The window as it is now, light and dark, as {@code name-WIDTHxHEIGHT-150-light|dark.png}. */
    private void shoot(String name) {
        settle();
        for (boolean dark : new boolean[] {false, true}) {
            theme(dark);
            String file = name + "-" + (int) stage.getWidth() + "x" + (int) stage.getHeight() + "-150-"
                    + (dark ? "dark" : "light") + ".png";
            onFx(() -> Screenshots.write(stage.getScene().getRoot(), SHOTS.resolve(file)));
        }
        theme(false);
    }

    private static Lesson first(LessonsViewModel vm) {
        return vm.lessons().getFirst();
    }

    /** Whether the band just outside {@code node}'s edges has the pointer's colour (either beat of its pulse). */
    private static boolean ringDrawn(Node node, boolean dark) {
        var b = node.localToScene(node.getLayoutBounds());
        WritableImage image = node.getScene().getRoot().snapshot(null, null);
        PixelReader px = image.getPixelReader();
        Color[] ring = dark ? new Color[] {Color.web("#ff5cc8"), Color.web("#a8428a")}
                : new Color[] {Color.web("#c8007a"), Color.web("#e76bb4")};
        int hits = 0;
        for (int y = (int) b.getMinY() - 7; y <= (int) b.getMaxY() + 7; y++) {
            for (int x = (int) b.getMinX() - 7; x <= (int) b.getMaxX() + 7; x++) {
                boolean inside = x > b.getMinX() + 2 && x < b.getMaxX() - 2 && y > b.getMinY() + 2
                        && y < b.getMaxY() - 2;
                if (inside || x < 0 || x >= image.getWidth() || y < 0 || y >= image.getHeight()) {
                    continue;
                }
                Color c = px.getColor(x, y);
                for (Color r : ring) {
                    if (Math.abs(c.getRed() - r.getRed()) < 0.06 && Math.abs(c.getGreen() - r.getGreen()) < 0.06
                            && Math.abs(c.getBlue() - r.getBlue()) < 0.06) {
                        hits++;
                    }
                }
            }
        }
        // Three pixels thick along at least the button's width on top and bottom.
        return hits >= 3 * b.getWidth();
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
