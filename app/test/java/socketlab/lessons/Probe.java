package socketlab.lessons;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assertions;

/** Waits for something real sockets make true a moment later, failing after a generous time. */
final class Probe {
    private Probe() {
    }

    static void until(BooleanSupplier condition) throws InterruptedException {
        until(condition, "the condition did not become true");
    }

    static void until(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                Assertions.fail(what + " within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
