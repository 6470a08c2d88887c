package socketlab.ui.client;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import socketlab.client.ClientStep;
import socketlab.ui.StripStep;

/**
 * The client's teaching strip: resolve → socket → connect → read / write → close, with the step that just
 * happened lit up (a glow that fades) and marked, and its one-line explanation below. It looks like the servers'
 * strip, and uses the same style classes.
 */
public final class ClientStrip extends VBox {
    private static final String IDLE_TEXT = "Each step lights up here as the client takes it.";

    private final Map<ClientStep, StripStep> steps = new EnumMap<>(ClientStep.class);
    private final Label code = new Label();
    private final Label explanation = new Label(IDLE_TEXT);
    private final Label note;
    private StripStep current;

    public ClientStrip() {
        getStyleClass().addAll("call-strip", "card");
        FlowPane row = new FlowPane();
        row.getStyleClass().add("call-row");
        addStep(row, "resolve", "name → address", ClientStep.RESOLVE);
        addStep(row, "socket", "TCP endpoint", ClientStep.SOCKET);
        addStep(row, "connect", "handshake", ClientStep.CONNECT);
        addStep(row, "read / write", "bytes", ClientStep.READ, ClientStep.WRITE);
        addStep(row, "close", "FIN", ClientStep.CLOSE);

        code.getStyleClass().add("call-code");
        code.setMinWidth(Region.USE_PREF_SIZE); // the explanation wraps, the call itself never does
        explanation.getStyleClass().add("call-explanation");
        explanation.setWrapText(true);
        HBox now = new HBox(code, explanation);
        now.getStyleClass().add("call-now");
        note = new Label("A client never calls bind: connect takes a free ephemeral port for it.");
        note.getStyleClass().add("call-note");
        note.setWrapText(true);
        getChildren().addAll(row, now, note);
    }

    private void addStep(FlowPane row, String name, String detail, ClientStep... calls) {
        if (!row.getChildren().isEmpty()) {
            row.getChildren().add(StripStep.arrow());
        }
        StripStep step = StripStep.create("client-step-" + calls[0].label(), name, detail);
        for (ClientStep c : calls) {
            steps.put(c, step);
        }
        row.getChildren().add(step.chip());
    }

    /** Lights the flashed step. */
    public void show(ClientFlash flash) {
        if (flash != null) {
            setCurrent(flash.step());
            steps.get(flash.step()).flash();
        }
    }

    /** Marks {@code step} as current without a glow, as for a client shown again; null clears the strip. */
    public void mark(ClientStep step) {
        if (step == null) {
            clear();
        } else {
            setCurrent(step);
        }
    }

    /** Back to no step lit. */
    public void clear() {
        steps.values().forEach(StripStep::reset);
        current = null;
        code.setText("");
        explanation.setText(IDLE_TEXT);
    }

    private void setCurrent(ClientStep step) {
        StripStep s = steps.get(step);
        if (current != null && current != s) {
            current.setCurrent(false);
        }
        current = s;
        s.setCurrent(true);
        code.setText(step.code());
        explanation.setText(step.explanation());
    }

    /**
     * Compact, for a short window (a projector at a large text size): each step shows its name only and the note on
     * bind goes, so that the transcript below stays on the first screen; the call being made and why stay.
     */
    public void compact(boolean compact) {
        for (StripStep step : steps.values()) {
            step.detail().setVisible(!compact);
            step.detail().setManaged(!compact);
        }
        note.setVisible(!compact);
        note.setManaged(!compact);
    }

    /** The step whose explanation shows now, for tests and screen readers. */
    public String explanationText() {
        return code.getText() + " " + explanation.getText();
    }
}
