package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static socketlab.ui.FxQuery.onFx;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import java.awt.image.BufferedImage;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import socketlab.decode.Frame;

/**
 * Both components on a TCP data segment, light and dark, as a lecture slide would show them: nothing elided, and
 * pictures saved as screenshot-bytes*.png and screenshot-diagram*.png in the working directory to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ComponentsLookFxTest {
    private BytesView bytes;
    private HeaderDiagram diagram;
    private Scene scene;

    @Start
    void start(Stage stage) {
        bytes = new BytesView();
        diagram = new HeaderDiagram();
        VBox root = new VBox(diagram, bytes);
        bytes.setPrefHeight(260);
        diagram.setPrefHeight(480);
        scene = CaptureScene.show(stage, root, 1100, 760);
    }

    @Test
    void aTcpSegmentReadsInFullInBothThemes() throws Exception {
        Frame f = CaptureFrames.decode(CaptureFrames.tcpData());
        for (boolean dark : new boolean[] {false, true}) {
            onFx(() -> {
                CaptureScene.dark(scene, dark);
                bytes.show(f);
                diagram.show(f);
                bytes.highlight(f.field("ip.ttl").orElseThrow().byteOffset(), 1);
                diagram.select(f.field("ip.ttl").orElseThrow());
                return null;
            });
            String suffix = dark ? "-dark" : "";
            save(bytes, "screenshot-bytes" + suffix + ".png");
            save(diagram.lookup(".diagram-content"), "screenshot-diagram" + suffix + ".png");
            List<String> elided = onFx(() -> diagram.lookupAll(".field-box .text").stream()
                    .map(n -> ((javafx.scene.text.Text) n).getText()).filter(t -> t.contains("\u2026")).toList());
            assertEquals(List.of(), elided, "every box of a TCP segment is readable at this width");
        }
    }

    private static void save(Node node, String name) throws Exception {
        WritableImage img = onFx(() -> node.snapshot(null, null));
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", new File(Path.of(System.getProperty("user.dir"), name).toString()));
    }
}
