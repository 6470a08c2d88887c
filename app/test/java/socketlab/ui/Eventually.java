package socketlab.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline generous enough for a busy machine; never a speed check. */
public final class Eventually {
    /** How long a test waits for something asynchronous before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** Runs {@code step} (e.g. a pulse) and checks {@code condition} until it holds. */
    public static void until(String what, Runnable step, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            step.run();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("gave up waiting " + PATIENCE.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what);
            }
        }
    }
}
