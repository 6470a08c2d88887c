package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static socketlab.ui.FxQuery.onFx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import socketlab.decode.Frame;

/**
 * Both components on a TCP data segment, light and dark, as a lecture slide would show them: nothing elided, and
 * pictures saved as screenshot-bytes*.png and screenshot-diagram*.png under target/screenshots to look at.
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
        onFx(() -> Snapshots.write(node, name));
    }
}
