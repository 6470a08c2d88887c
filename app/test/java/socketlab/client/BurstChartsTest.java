package socketlab.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finished burst turned into chart data: completions per slice of time and the latency histogram. */
class BurstChartsTest {
    private static final long MS = 1_000_000;

    private static BurstResult result(Duration elapsed, long[][] startEnd, String... failures) {
        List<ClientResult> list = new ArrayList<>();
        for (int i = 0; i < startEnd.length; i++) {
            list.add(new ClientResult(i, startEnd[i][0], startEnd[i][1], null));
        }
        for (String f : failures) {
            list.add(new ClientResult(list.size(), 0, 1, f));
        }
        return BurstResult.of(list, elapsed);
    }

    @Test
    void completionsAreCountedPerFiftyMilliseconds() {
        BurstResult r = result(Duration.ofMillis(160), new long[][] {{0, 10 * MS}, {0, 49 * MS}, {0, 50 * MS},
            {5 * MS, 155 * MS}}, "connection refused: nothing is listening on that port");
        BurstCharts.Timeline t = BurstCharts.timeline(r);
        assertEquals(50, t.bucketMillis());
        assertEquals(List.of(2, 1, 0, 1), t.completed(), "failed clients are not completions");
    }

    @Test
    void aLongBurstGetsWiderBuckets() {
        BurstResult r = result(Duration.ofSeconds(30), new long[][] {{0, 29_999 * MS}});
        BurstCharts.Timeline t = BurstCharts.timeline(r);
        assertEquals(200, t.bucketMillis());
        assertEquals(150, t.completed().size());
        assertEquals(1, t.completed().getLast());
    }

    @Test
    void latenciesFallIntoRoundBins() {
        BurstResult r = result(Duration.ofMillis(100), new long[][] {{0, MS / 2}, {0, 3 * MS}, {10 * MS, 13 * MS},
            {0, 9 * MS}});
        List<BurstCharts.Bin> bins = BurstCharts.latencyHistogram(r);
        assertEquals(19, bins.size(), "0.5 ms wide bars up to the 9 ms maximum");
        assertEquals("0–0.5", bins.getFirst().label());
        assertEquals(0, bins.get(0).clients());
        assertEquals(1, bins.get(1).clients(), "0.5 ms is in 0.5–1");
        assertEquals(2, bins.get(6).clients(), "both 3 ms clients in 3–3.5");
        assertEquals(1, bins.getLast().clients());
        assertEquals("9–9.5", bins.getLast().label());
    }

    @Test
    void binWidthsAreRound() {
        assertEquals(0.1, BurstCharts.binWidth(1.5));
        assertEquals(1.0, BurstCharts.binWidth(12));
        assertEquals(5.0, BurstCharts.binWidth(99));
        assertEquals(50.0, BurstCharts.binWidth(999));
    }

    @Test
    void noCompletedClientNoHistogram() {
        assertEquals(List.of(), BurstCharts.latencyHistogram(result(Duration.ofMillis(5), new long[0][],
                "timed out")));
    }
}
