package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import socketlab.Eventually;
import socketlab.decode.AppFrames;
import socketlab.decode.Field;
import socketlab.decode.Frame;
import socketlab.decode.Layer;

/**
 * A DNS response in the capture pane's views: the header diagram draws the DNS header and question 16 bits a row as
 * RFC 1035 does, in the application colour, and selecting an answer's address (dns.a) lights its 4 bytes.
 */
@ExtendWith(ApplicationExtension.class)
class DnsLayerFxTest {
    private HeaderDiagram diagram;
    private BytesView bytes;
    private final Frame frame = AppFrames.decode(AppFrames.dnsResponse());

    @Start
    void start(Stage stage) {
        diagram = new HeaderDiagram();
        bytes = new BytesView();
        VBox both = new VBox(diagram, bytes);
        CaptureScene.show(stage, both, 1100, 900);
    }

    @Test
    void theDiagramDrawsTheDnsHeaderSixteenBitsARow() {
        onFx(() -> {
            diagram.show(frame);
            diagram.applyCss();
            diagram.layout();
            return null;
        });
        Layer dns = frame.layer("dns").orElseThrow();
        assertEquals(16, BoxPlan.rowBits(dns));
        List<String> titles = onFx(() -> diagram.lookupAll(".diagram-title").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertTrue(titles.contains("Domain Name System (response)"), titles::toString);
        double id = boxWidth(dns.field("dns.id").orElseThrow());
        double questions = boxWidth(dns.field("dns.count.queries").orElseThrow());
        double src = boxWidth(frame.field("udp.srcport").orElseThrow());
        assertEquals(id, questions, 1.5, "ID and QDCOUNT each fill a 16-bit row, as in RFC 1035 4.1.1");
        assertEquals(src, id, 1.5, "16 bits are as wide in every diagram");
        double idY = boxY(dns.field("dns.id").orElseThrow());
        double flagsY = boxY(dns.field("dns.flags").orElseThrow());
        double qdY = boxY(dns.field("dns.count.queries").orElseThrow());
        assertTrue(idY < flagsY && flagsY < qdY, "ID, flags and QDCOUNT on rows of their own, one under the other");
        assertTrue(onFx(() -> diagram.lookupAll(".field-box.layer-app").size()) > 10, "DNS boxes in the app colour");
    }

    private double boxY(Field f) {
        return onFx(() -> {
            for (Node n : diagram.lookupAll(".field-box")) {
                FieldBox b = (FieldBox) n;
                if (b.plan.shows(f) && !b.getStyleClass().contains("continued-box")) {
                    return b.localToScene(0, 0).getY();
                }
            }
            throw new AssertionError("no box for " + f);
        });
    }

    private double boxWidth(Field f) {
        return onFx(() -> {
            for (Node n : diagram.lookupAll(".field-box")) {
                FieldBox b = (FieldBox) n;
                if (b.plan.shows(f) && !b.getStyleClass().contains("continued-box")) {
                    return b.getWidth();
                }
            }
            throw new AssertionError("no box for " + f);
        });
    }

    @Test
    void selectingDnsALightsTheFourAddressBytes(FxRobot robot) throws Exception {
        Field a = frame.layer("dns").orElseThrow().field("dns.a").orElseThrow();
        onFx(() -> {
            bytes.show(frame);
            bytes.highlight(a.byteOffset(), a.byteLength());
            return null;
        });
        Eventually.until("bytes lit", WaitForAsyncUtils::waitForFxEvents, () -> !lit().isEmpty());
        List<Integer> expected = new ArrayList<>();
        for (int i = a.byteOffset(); i < a.byteOffset() + 4; i++) {
            expected.add(i);
        }
        assertEquals(expected, lit());
        assertEquals(4, a.byteLength());
        byte[] d = frame.data();
        assertEquals("198.51.100.10", (d[a.byteOffset()] & 0xff) + "." + (d[a.byteOffset() + 1] & 0xff) + "."
                + (d[a.byteOffset() + 2] & 0xff) + "." + (d[a.byteOffset() + 3] & 0xff));
        assertTrue(onFx(() -> bytes.lookupAll(".hex-byte").stream().anyMatch(n -> n.getPseudoClassStates()
                .contains(LayerTint.APP.pseudoClass()))), "DNS bytes tinted as the application layer");
    }

    /** The frame offsets of the lit hex bytes on screen. */
    private List<Integer> lit() {
        return onFx(() -> {
            Map<Integer, Label> byOffset = new TreeMap<>();
            for (Node n : bytes.lookupAll(".hex-byte")) {
                if (n instanceof Label l && l.isVisible() && l.getUserData() instanceof Integer at && onScreen(l)) {
                    byOffset.put(at, l);
                }
            }
            List<Integer> out = new ArrayList<>();
            byOffset.forEach((at, l) -> {
                if (l.getPseudoClassStates().contains(BytesRow.LIT)) {
                    out.add(at);
                }
            });
            return out;
        });
    }

    private static boolean onScreen(Node n) {
        Node p = n;
        while (p != null && !(p instanceof ListCell<?>)) {
            p = p.getParent();
        }
        return p instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty() && cell.getGraphic() != null
                && cell.getParent() != null && cell.getParent().isVisible();
    }
}
