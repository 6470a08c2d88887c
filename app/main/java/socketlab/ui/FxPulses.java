package socketlab.ui;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;
import javafx.util.Subscription;

/** Pulses from JavaFX's own frame timer: one AnimationTimer serves every subscriber. */
public final class FxPulses implements Pulses {
    private static final System.Logger LOG = System.getLogger(FxPulses.class.getName());

    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private final ErrorReporter errors;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (Runnable r : subscribers) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    // One failing view must not stop every other view from updating; stop only the failing one.
                    subscribers.remove(r);
                    LOG.log(Level.ERROR, "a pulse subscriber failed and was removed", e);
                    errors.report("A view stopped updating", UncaughtErrors.plainWords(e));
                }
            }
        }
    };

    public FxPulses(ErrorReporter errors) {
        this.errors = errors;
    }

    @Override
    public Subscription subscribe(Runnable onPulse) {
        subscribers.add(onPulse);
        return () -> subscribers.remove(onPulse);
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
        subscribers.clear();
    }
}
