package socketlab.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary of a finished burst. Latency figures cover the clients that completed; a burst where none completed
 * reports them as zero.
 *
 * @param clients              clients in the burst
 * @param completed            clients that connected, talked and closed without a failure
 * @param failedByReason       failed clients counted per reason in plain words, most frequent first
 * @param elapsed              from the start of the burst until its last client finished
 * @param connectionsPerSecond completed clients per second of {@code elapsed}
 * @param p50                  median latency (connect to closed socket)
 * @param p99                  99th percentile latency
 * @param max                  the slowest completed client
 * @param results              every client, in client order, for charts
 */
public record BurstResult(int clients, int completed, Map<String, Integer> failedByReason, Duration elapsed,
        double connectionsPerSecond, Duration p50, Duration p99, Duration max, List<ClientResult> results) {

    public BurstResult {
        failedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(failedByReason));
        results = List.copyOf(results);
    }

    /** Summarises the clients' results; {@code elapsed} is the burst's wall-clock time. */
    public static BurstResult of(List<ClientResult> results, Duration elapsed) {
        long[] latencies = results.stream().filter(ClientResult::ok).mapToLong(ClientResult::latencyNanos)
                .sorted().toArray();
        Map<String, Integer> counts = new TreeMap<>();
        for (ClientResult r : results) {
            if (!r.ok()) {
                counts.merge(r.failure(), 1, Integer::sum);
            }
        }
        Map<String, Integer> byReason = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEachOrdered(e -> byReason.put(e.getKey(), e.getValue()));
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return new BurstResult(results.size(), latencies.length, byReason, elapsed, latencies.length / seconds,
                percentile(latencies, 0.50), percentile(latencies, 0.99),
                Duration.ofNanos(latencies.length == 0 ? 0 : latencies[latencies.length - 1]), results);
    }

    /** Clients that did not complete, whatever the reason. */
    public int failed() {
        return clients - completed;
    }

    /** Nearest-rank percentile of sorted values: the smallest value at or above the fraction {@code q}. */
    static Duration percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return Duration.ofNanos(sorted[Math.max(0, Math.min(sorted.length, rank) - 1)]);
    }

    @Override
    public String toString() {
        return "BurstResult[clients=" + clients + ", completed=" + completed + ", failed=" + failedByReason
                + ", elapsed=" + elapsed + ", p50=" + p50 + ", p99=" + p99 + ", max=" + max + "]";
    }
}
