package socketlab.ui.server;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import socketlab.server.ServerKind;
import socketlab.server.SocketCall;
import socketlab.ui.StripStep;

/**
 * The teaching strip: the socket calls a server makes, in order, with the call that just happened lit up (a
 * glow that fades) and marked, and its one-line explanation below.
 */
public final class CallStrip extends VBox {
    private static final Duration STARTUP_STEP = Duration.millis(450);
    private static final List<SocketCall> STARTUP = List.of(SocketCall.SOCKET, SocketCall.SETSOCKOPT,
            SocketCall.BIND, SocketCall.LISTEN);
    private static final String IDLE_TEXT = "Each socket call lights up here as the server makes it.";

    private final Map<SocketCall, StripStep> steps = new EnumMap<>(SocketCall.class);
    private static final String ACCEPT_NOTE = "accept gives each client a new socket (one row in the table); the"
            + " listening socket stays open.";
    private static final String HTTP_NOTE = "HTTP rides on the client's socket: read the request, write the"
            + " response. With keep-alive the same socket pair carries the next request too.";

    private final Label code = new Label();
    private final Label loop = new Label();
    private final Label acceptNote = new Label(ACCEPT_NOTE);
    private final Label explanation = new Label(IDLE_TEXT);
    private final Timeline startup = new Timeline();
    private StripStep current;
    private StepFlash pending;

    public CallStrip() {
        getStyleClass().addAll("call-strip", "card");
        // Two rows, because that is how a server runs: the listening socket is set up once, then a loop
        // accepts, serves and closes one client socket after another.
        FlowPane setUp = row("once");
        addStep(setUp, "socket", "TCP endpoint", SocketCall.SOCKET);
        addStep(setUp, "setsockopt", "SO_REUSEADDR", SocketCall.SETSOCKOPT);
        addStep(setUp, "bind", "ip:port", SocketCall.BIND);
        addStep(setUp, "listen", "backlog", SocketCall.LISTEN);
        FlowPane perClient = row("per client");
        addStep(perClient, "accept", "new socket", SocketCall.ACCEPT);
        addStep(perClient, "read / write", "bytes", SocketCall.READ, SocketCall.WRITE);
        addStep(perClient, "close", "client socket", SocketCall.CLOSE);
        loop.setText("↺ next client");
        loop.getStyleClass().add("call-loop");
        perClient.getChildren().add(loop);

        code.getStyleClass().add("call-code");
        code.setMinWidth(Region.USE_PREF_SIZE); // the explanation wraps, the call itself never does
        explanation.getStyleClass().add("call-explanation");
        explanation.setWrapText(true);
        HBox now = new HBox(code, explanation);
        now.getStyleClass().add("call-now");
        acceptNote.getStyleClass().add("call-note");
        acceptNote.setWrapText(true);
        getChildren().addAll(setUp, perClient, now, acceptNote);

        for (int i = 0; i < STARTUP.size(); i++) {
            SocketCall call = STARTUP.get(i);
            startup.getKeyFrames().add(new KeyFrame(STARTUP_STEP.multiply(i), e -> light(new StepFlash(call, true,
                    0))));
        }
        startup.getKeyFrames().add(new KeyFrame(STARTUP_STEP.multiply(STARTUP.size())));
        startup.setOnFinished(e -> {
            if (pending != null) {
                light(pending);
                pending = null;
            }
        });
    }

    /** A row of steps that wraps when narrow, led by the phase it belongs to. */
    private static FlowPane row(String phase) {
        Label label = new Label(phase);
        label.getStyleClass().add("call-phase");
        FlowPane row = new FlowPane(label);
        row.getStyleClass().add("call-row");
        return row;
    }

    private void addStep(FlowPane row, String name, String detail, SocketCall... calls) {
        if (row.getChildren().size() > 1) {
            row.getChildren().add(StripStep.arrow());
        }
        StripStep step = StripStep.create("step-" + calls[0].label(), name, detail);
        StackPane chip = step.chip();
        for (SocketCall c : calls) {
            steps.put(c, step);
        }
        row.getChildren().add(chip);
    }

    /** Shows the server's own endpoint and backlog under bind and listen. */
    public void describe(String endpoint, int backlog) {
        steps.get(SocketCall.BIND).detail().setText(endpoint);
        steps.get(SocketCall.LISTEN).detail().setText("backlog " + backlog);
    }

    /**
     * Names the per-client steps as the server's kind does them: a web server reads a request and writes a
     * response, perhaps several on one connection, where the others read and write bytes.
     */
    public void showKind(ServerKind kind) {
        boolean http = kind == ServerKind.HTTP;
        steps.get(SocketCall.READ).detail().setText(http ? "request → response" : "bytes");
        loop.setText(http ? "↺ next request (keep-alive), or next client" : "↺ next client");
        acceptNote.setText(http ? HTTP_NOTE : ACCEPT_NOTE);
    }

    /** Lights the flashed call; right after a start, the four set-up calls light in turn first. */
    public void show(StepFlash flash) {
        if (flash == null) {
            return;
        }
        if (flash.startup()) {
            pending = flash.call() == SocketCall.LISTEN ? null : flash;
            startup.playFromStart();
        } else if (startup.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pending = flash; // shown once the start-up sequence has finished
        } else {
            light(flash);
        }
    }

    /** Marks the flashed step as the current one without a glow: for a server that was selected again. */
    public void mark(StepFlash flash) {
        startup.stop();
        pending = null;
        setCurrent(flash.call(), flash.code(), flash.explanation());
    }

    /** Back to no step lit, as for a new selection. */
    public void clear() {
        startup.stop();
        pending = null;
        steps.values().forEach(StripStep::reset);
        current = null;
        code.setText("");
        explanation.setText(IDLE_TEXT);
    }

    private void light(StepFlash flash) {
        setCurrent(flash.call(), flash.code(), flash.explanation());
        steps.get(flash.call()).flash();
    }

    private void setCurrent(SocketCall call, String callCode, String callExplanation) {
        StripStep step = steps.get(call);
        if (current != null && current != step) {
            current.setCurrent(false);
        }
        current = step;
        step.setCurrent(true);
        code.setText(callCode);
        explanation.setText(callExplanation);
    }

    /** The call whose explanation shows now, for tests and screen readers. */
    public String explanationText() {
        return code.getText() + " " + explanation.getText();
    }
}
