package socketlab.ui.lessons;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * Waits on the JavaFX thread, without blocking it, for something a Show-me action started to be visible in the view
 * models: a server in the list, a client connected, a burst finished. Looks once per 50 ms frame of a timeline.
 */
final class Waits {
    private Waits() {
    }

    /**
     * Completes once {@code done} holds; fails with {@code failure}'s text, when it gives one, or with
     * {@code what} after {@code timeout}. JavaFX thread.
     */
    static CompletableFuture<Void> until(BooleanSupplier done, Supplier<String> failure, Duration timeout,
            String what) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        if (done.getAsBoolean()) {
            result.complete(null);
            return result;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(javafx.util.Duration.millis(50), e -> {
            String failed = failure.get();
            if (done.getAsBoolean()) {
                poll.stop();
                result.complete(null);
            } else if (failed != null && !failed.isEmpty()) {
                poll.stop();
                result.completeExceptionally(new ShowMeFailure(failed));
            } else if (System.nanoTime() > deadline) {
                poll.stop();
                result.completeExceptionally(new ShowMeFailure(what + " did not happen within "
                        + timeout.toSeconds() + " s"));
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        return result;
    }

    /** Completes after {@code pause}: a moment for the class to see a step happen before the next one. */
    static CompletableFuture<Void> pause(Duration pause) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        Timeline t = new Timeline(new KeyFrame(javafx.util.Duration.millis(pause.toMillis()),
                e -> result.complete(null)));
        t.play();
        return result;
    }
}
