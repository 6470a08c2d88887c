package socketlab.client;

/**
 * How one client of a burst went. Times are nanoseconds from the start of the burst, so completions can be drawn
 * over time.
 *
 * @param client  the client's number in the burst, from 0
 * @param started when the client began to connect
 * @param ended   when the client had finished and closed its socket
 * @param failure why the client failed, in plain words; null when it succeeded
 */
public record ClientResult(int client, long started, long ended, String failure) {

    public boolean ok() {
        return failure == null;
    }

    /** From the start of connect to the closed socket, in nanoseconds. */
    public long latencyNanos() {
        return ended - started;
    }
}
