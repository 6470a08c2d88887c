package socketlab.dns;

import java.time.Duration;
import java.util.Locale;

/** Durations as the lab prints them: "0.42 ms", "12 ms", "1.5 s". */
public final class Timing {
    private Timing() {
    }

    public static String text(Duration d) {
        double ms = d.toNanos() / 1e6;
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.2f ms", ms);
        }
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f s", ms / 1000).replace(".0 s", " s");
    }
}
