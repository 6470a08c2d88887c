package socketlab.ui;

import javafx.util.Subscription;

/** A source of display pulses: view models drain what background threads queued once per pulse. */
public interface Pulses {

    /** Runs {@code onPulse} on the JavaFX thread once per pulse until the subscription is cancelled. */
    Subscription subscribe(Runnable onPulse);
}
