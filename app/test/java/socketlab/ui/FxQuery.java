package socketlab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;
import socketlab.Eventually;

/** Reads and waits for JavaFX state from a test thread, reading only on the JavaFX thread. */
public final class FxQuery {
    private FxQuery() {
    }

    /** The value {@code read} returns on the JavaFX thread. */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(Eventually.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("reading JavaFX state failed", e);
        }
    }

    /** Waits, generously, until {@code condition} holds on the JavaFX thread. */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(Eventually.PATIENCE.toSeconds(), TimeUnit.SECONDS, () -> onFx(condition));
    }
}
