package socketlab.server;

/**
 * A snapshot of a server's live counters.
 *
 * @param accepted         connections returned by accept so far
 * @param served           connections that have been closed after being handled
 * @param active           handlers running now
 * @param peakActive       the most handlers that ever ran at once
 * @param permitsInUse     semaphore permits held now (0 unless the mode is semaphore)
 * @param permits          the semaphore's limit (0 unless the mode is semaphore)
 * @param waitingForPermit accepted clients waiting for a permit before a handler takes them
 * @param open             connections the server holds open now, waiting or active
 */
public record ServerStats(long accepted, long served, int active, int peakActive, int permitsInUse, int permits,
        int waitingForPermit, int open, long bytesRead, long bytesWritten) {
}
