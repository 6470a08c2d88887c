package socketlab;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Polls a condition until it holds, with a deadline generous enough for a busy machine; never a speed check. The one
 * poll loop of the tests, UI and core alike (it uses no JavaFX: a UI test passes a pulse or an FX flush as the step).
 */
public final class Eventually {
    /** How long a test waits for something asynchronous before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** Waits until {@code condition} holds; fails naming {@code what} when it does not within {@link #PATIENCE}. */
    public static void until(String what, BooleanSupplier condition) {
        until(() -> what, () -> { }, condition);
    }

    /** As {@link #until(String, BooleanSupplier)}, with a description made at the moment of failing. */
    public static void until(Supplier<String> what, BooleanSupplier condition) {
        until(what, () -> { }, condition);
    }

    /** Runs {@code step} (e.g. a pulse) and checks {@code condition} until it holds. */
    public static void until(String what, Runnable step, BooleanSupplier condition) {
        until(() -> what, step, condition);
    }

    private static void until(Supplier<String> what, Runnable step, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            step.run();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("gave up waiting " + PATIENCE.toSeconds() + " s for: " + what.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what.get());
            }
        }
    }
}
