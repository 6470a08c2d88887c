package socketlab.ui;

import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Runs one-shot work off the JavaFX thread and hands its outcome back to it: state changes only in the success or
 * failure callback, on the JavaFX thread. Tests pass synchronous executors and get the same order of effects.
 *
 * @param work where the work runs (a named background executor)
 * @param fx   where the outcome is delivered (the JavaFX thread)
 */
public record Background(Executor work, Executor fx) {
    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    /** Runs {@code task} in the background, then {@code onSucceeded} or {@code onFailed} on the JavaFX thread. */
    public <T> void run(Callable<T> task, Consumer<? super T> onSucceeded, Consumer<? super Exception> onFailed) {
        try {
            work.execute(() -> {
                T result;
                try {
                    result = task.call();
                } catch (Exception e) {
                    fx.execute(() -> onFailed.accept(e));
                    return;
                }
                fx.execute(() -> onSucceeded.accept(result));
            });
        } catch (RejectedExecutionException closing) {
            // The window is closing and its executors are shut down: the work is no longer wanted.
            LOG.log(Level.DEBUG, "background work refused while closing");
        }
    }
}
