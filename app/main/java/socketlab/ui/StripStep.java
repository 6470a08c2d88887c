package socketlab.ui;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One step of a teaching strip (socket, bind, connect, ...): a chip with the call's name and a detail line, which
 * glows when the call happens and fades over a second, so that a burst of calls reads as a flicker, not a blur.
 */
public record StripStep(StackPane chip, Region glow, Label detail, Timeline fade) {
    private static final Duration FADE = Duration.millis(1_000);
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    /** A new step chip with the given node id, call name and detail line. */
    public static StripStep create(String id, String name, String detail) {
        Region glow = new Region();
        glow.getStyleClass().add("call-glow");
        glow.setOpacity(0);
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add("call-name");
        Label detailLabel = new Label(detail);
        detailLabel.getStyleClass().add("call-detail");
        VBox text = new VBox(nameLabel, detailLabel);
        text.getStyleClass().add("call-text");
        StackPane chip = new StackPane(glow, text);
        chip.getStyleClass().add("call-step");
        chip.setId(id);
        Timeline fade = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(glow.opacityProperty(), 1)),
                new KeyFrame(FADE, new KeyValue(glow.opacityProperty(), 0)));
        return new StripStep(chip, glow, detailLabel, fade);
    }

    /** The arrow drawn between two steps. */
    public static Label arrow() {
        Label arrow = new Label("→");
        arrow.getStyleClass().add("call-arrow");
        return arrow;
    }

    /** Lights the step up and lets it fade. */
    public void flash() {
        fade.playFromStart();
    }

    /** Marks the step as the one happening most recently, or not. */
    public void setCurrent(boolean current) {
        chip.pseudoClassStateChanged(CURRENT, current);
    }

    /** Back to dark: no glow, not current. */
    public void reset() {
        fade.stop();
        glow.setOpacity(0);
        setCurrent(false);
    }
}
