package socketlab.client;

import java.util.ArrayList;
import java.util.List;

/**
 * A finished burst as chart data: how many clients completed in each slice of time, and how their latencies
 * spread. Bucket and bin widths are round numbers of milliseconds, so the axes read easily.
 */
public final class BurstCharts {
    /** The slice of time the completions chart counts per point, unless the burst is too long for it. */
    public static final long BUCKET_MILLIS = 50;
    /** Most points on the completions chart; a longer burst gets wider buckets. */
    static final int MAX_BUCKETS = 240;
    /** Most bars in the latency histogram. */
    static final int MAX_BINS = 20;
    private static final long[] NICE_MILLIS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1_000, 2_000, 5_000,
        10_000, 20_000, 30_000, 60_000};

    private BurstCharts() {
    }

    /**
     * Completed clients per bucket of time since the start of the burst.
     *
     * @param bucketMillis the width of each bucket
     * @param completed    clients that completed in each bucket, from time 0
     */
    public record Timeline(long bucketMillis, List<Integer> completed) {
        public Timeline {
            completed = List.copyOf(completed);
        }
    }

    /**
     * One bar of the latency histogram: clients whose latency was at least {@code fromMillis} and below
     * {@code toMillis}.
     */
    public record Bin(double fromMillis, double toMillis, int clients) {
        /** e.g. "10–20". */
        public String label() {
            return number(fromMillis) + "–" + number(toMillis);
        }

        private static String number(double ms) {
            return ms == Math.rint(ms) ? String.valueOf((long) ms) : String.valueOf(ms);
        }
    }

    /** Completions over time: {@value #BUCKET_MILLIS} ms buckets, wider when the burst ran long. */
    public static Timeline timeline(BurstResult r) {
        long elapsedMillis = Math.max(1, r.elapsed().toMillis());
        long bucket = NICE_MILLIS[NICE_MILLIS.length - 1];
        for (long nice : NICE_MILLIS) {
            if (nice >= BUCKET_MILLIS && elapsedMillis / nice < MAX_BUCKETS) {
                bucket = nice;
                break;
            }
        }
        int buckets = (int) ((elapsedMillis + bucket - 1) / bucket); // the last one may be partly filled
        int[] counts = new int[buckets];
        long bucketNanos = bucket * 1_000_000;
        for (ClientResult c : r.results()) {
            if (c.ok()) {
                counts[(int) Math.min(buckets - 1, c.ended() / bucketNanos)]++;
            }
        }
        List<Integer> list = new ArrayList<>(buckets);
        for (int n : counts) {
            list.add(n);
        }
        return new Timeline(bucket, list);
    }

    /** The latencies of the completed clients in at most {@value #MAX_BINS} bars of a round width. */
    public static List<Bin> latencyHistogram(BurstResult r) {
        long[] latencies = r.results().stream().filter(ClientResult::ok).mapToLong(ClientResult::latencyNanos)
                .toArray();
        if (latencies.length == 0) {
            return List.of();
        }
        double maxMillis = r.max().toNanos() / 1e6;
        double width = binWidth(maxMillis);
        int bins = (int) Math.min(MAX_BINS, Math.floor(maxMillis / width) + 1);
        int[] counts = new int[bins];
        for (long l : latencies) {
            counts[(int) Math.min(bins - 1, Math.floor(l / 1e6 / width))]++;
        }
        List<Bin> list = new ArrayList<>(bins);
        for (int i = 0; i < bins; i++) {
            list.add(new Bin(round(i * width), round((i + 1) * width), counts[i]));
        }
        return list;
    }

    /** The smallest round width (0.1, 0.2, 0.5, 1, 2, 5 ... ms) that covers {@code maxMillis} in the bins. */
    static double binWidth(double maxMillis) {
        double w = 0.1;
        int step = 0;
        while (Math.floor(maxMillis / w) + 1 > MAX_BINS) {
            w = round(w * (step % 3 == 1 ? 2.5 : 2));
            step++;
        }
        return w;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
