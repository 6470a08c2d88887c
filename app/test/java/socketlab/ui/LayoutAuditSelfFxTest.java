package socketlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.ui.FxQuery.onFx;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The layout audit can fail: each kind of fault it looks for, made on purpose, is found; a tidy window passes. */
@ExtendWith(ApplicationExtension.class)
class LayoutAuditSelfFxTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    /** The faults the audit finds in {@code root} laid out as in a 400×300 window. */
    private List<String> audit(java.util.function.Supplier<Parent> root) {
        return onFx(() -> {
            // A scene of its own, as the audit lays out the window at sizes the headless screen cannot show.
            Scene scene = new Scene(root.get(), 400, 300);
            scene.getRoot().applyCss();
            scene.getRoot().resize(400, 300);
            scene.getRoot().layout();
            return LayoutAudit.check(scene);
        });
    }

    @Test
    void aTidyWindowHasNoFault() {
        assertEquals(List.of(), audit(() -> new VBox(8, new Label("Port"), new TextField("8080"),
                new HBox(8, new Button("Start"), new Button("Stop")))));
    }

    @Test
    void twoButtonsDrawnOverEachOtherAreAnOverlap() {
        List<String> faults = audit(() -> {
            HBox row = new HBox(-40, new Button("Start server"), new Button("Stop"));
            return new VBox(row);
        });
        assertTrue(faults.stream().anyMatch(f -> f.startsWith("overlap: ") && f.contains("\"Start server\"")
                && f.contains("\"Stop\"")), faults.toString());
    }

    @Test
    void aLabelTooNarrowForItsTextIsElided() {
        List<String> faults = audit(() -> {
            Label port = new Label("127.0.0.1:35353");
            port.setMaxWidth(60);
            return new VBox(port);
        });
        assertTrue(faults.stream().anyMatch(f -> f.startsWith("elided: ") && f.contains("of \"127.0.0.1:35353\"")),
                faults.toString());
    }

    @Test
    void aColumnOfTextSqueezedBesideAFormIsTooNarrowToRead() {
        List<String> faults = audit(() -> {
            Region form = new Region();
            form.setMinWidth(350);
            Label results = new Label("Turn names into addresses, and back.");
            results.setWrapText(true);
            results.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(results, javafx.scene.layout.Priority.ALWAYS);
            return new HBox(form, results);
        });
        assertTrue(faults.stream().anyMatch(f -> f.startsWith("squeezed: ") && f.contains("Turn names")),
                faults.toString());
    }

    @Test
    void shortWrappedTextAndAWideColumnAreNotSqueezed() {
        List<String> faults = audit(() -> {
            Label shortText = new Label("OK");
            shortText.setWrapText(true);
            Label paragraph = new Label("Lookup finds a name's addresses, as a program's call to getaddrinfo does.");
            paragraph.setWrapText(true);
            paragraph.setMaxWidth(200);
            Region form = new Region();
            form.setMinWidth(370);
            return new VBox(new HBox(form, shortText), paragraph);
        });
        assertEquals(List.of(), faults);
    }

    @Test
    void aButtonPastTheWindowsEdgeIsOutside() {
        List<String> faults = audit(() -> {
            Button stop = new Button("Stop");
            stop.relocate(370, 10);
            return new Pane(stop);
        });
        assertTrue(faults.stream().anyMatch(f -> f.startsWith("outside: ") && f.contains("\"Stop\"")),
                faults.toString());
    }

    @Test
    void aPaneWiderThanItsScrollerScrollsSideways() {
        List<String> faults = audit(() -> {
            Region wide = new Region();
            wide.setMinWidth(900);
            ScrollPane scroll = new ScrollPane(wide);
            scroll.setFitToWidth(true);
            return scroll;
        });
        assertTrue(faults.stream().anyMatch(f -> f.startsWith("scrolls sideways: ")), faults.toString());
    }

    @Test
    void faintTextAndAFaintPlaceholderFailTheContrastCheck() {
        List<String> faults = audit(() -> {
            Label faint = new Label("the Internet's 13 root servers");
            faint.setTextFill(Color.web("#b2b2b2"));
            TextField field = new TextField();
            field.setPromptText("system resolver");
            field.setStyle("-fx-prompt-text-fill: #c0c0c0;");
            VBox box = new VBox(faint, field);
            box.setStyle("-fx-background-color: white;");
            return box;
        });
        assertTrue(faults.stream().anyMatch(f -> f.startsWith("contrast: ") && f.contains("root servers")),
                faults.toString());
        assertTrue(faults.stream().anyMatch(f -> f.startsWith("contrast: placeholder \"system resolver\"")),
                faults.toString());
    }
}
