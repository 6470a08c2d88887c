package socketlab.client;

/**
 * Told each time a client of a burst finishes, on that client's thread: implementations must return quickly (a
 * user interface stores the count and shows it on its next frame).
 */
@FunctionalInterface
public interface BurstProgress {

    /** No progress reporting. */
    BurstProgress NONE = (finished, total) -> { };

    /**
     * @param finished clients that have finished so far, successfully or not
     * @param total    clients in the whole burst
     */
    void update(int finished, int total);
}
