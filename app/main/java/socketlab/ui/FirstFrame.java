package socketlab.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For the start-up benchmark and the build's training run: with {@code -Dsocketlab.firstFrame=print} the window
 * prints "first frame at EPOCH_MILLIS" to standard output when its first frame has been drawn (the first pulse after
 * the stage is shown); with {@code =exit} it also closes the lab then, as a training run needs. Without the property
 * it does nothing.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Watches for the first frame of {@code stage}, which is about to be shown. */
    public static void watch(Stage stage) {
        String mode = System.getProperty("socketlab.firstFrame", "");
        if (!mode.equals("print") && !mode.equals("exit")) {
            return;
        }
        stage.setOnShown(e -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The first pulse after showing lays out and draws the scene; the one after it runs once it is on
                // screen.
                if (++pulses < 2) {
                    return;
                }
                stop();
                System.out.println("first frame at " + System.currentTimeMillis());
                System.out.flush();
                if (mode.equals("exit")) {
                    Platform.exit();
                }
            }
        }.start());
    }
}
