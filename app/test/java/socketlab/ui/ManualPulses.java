package socketlab.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.util.Subscription;

/** Pulses a test fires by hand, on its own thread, in place of JavaFX's frame timer. */
public final class ManualPulses implements Pulses {
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public Subscription subscribe(Runnable onPulse) {
        subscribers.add(onPulse);
        return () -> subscribers.remove(onPulse);
    }

    /** One pulse: every subscriber drains what arrived. */
    public void fire() {
        subscribers.forEach(Runnable::run);
    }
}
