package socketlab.decode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import socketlab.capture.PcapFileException;
import socketlab.capture.PcapReader;

/** Reads capture files the way the lab does, for assertions; and waits for a capture to hold what a test made. */
public final class Captured {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Captured() {
    }

    /** Every frame of the file, decoded in order by one decoder. */
    public static List<Frame> frames(Path file) throws PcapFileException {
        FrameDecoder decoder = new FrameDecoder();
        List<Frame> frames = new ArrayList<>();
        try (PcapReader r = PcapReader.open(file)) {
            RawFrame raw;
            while ((raw = r.next()) != null) {
                frames.add(decoder.decode(raw));
            }
        }
        return frames;
    }

    /** The summary lines of the file, as socketlab decode writes them. */
    public static List<String> summaries(Path file) throws PcapFileException {
        SummaryLine summary = new SummaryLine();
        return frames(file).stream().map(summary::format).toList();
    }

    /**
     * Waits until the file tcpdump is writing holds frames that satisfy {@code done} (tcpdump writes each packet as
     * it comes with -U, but a read may catch the last one half written: that counts as not yet).
     */
    public static List<Frame> await(Path file, Predicate<List<Frame>> done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<Frame> frames = List.of();
        while (System.nanoTime() < deadline) {
            try {
                frames = frames(file);
                if (done.test(frames)) {
                    return frames;
                }
            } catch (PcapFileException e) {
                // not complete yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the capture never held the expected packets; it has " + frames.size() + ": "
                + frames);
    }

    /** The frames with a layer of that name. */
    public static List<Frame> with(List<Frame> frames, String layer) {
        return frames.stream().filter(f -> f.has(layer)).toList();
    }

    public static long number(Frame f, String field) {
        return f.field(field).orElseThrow(() -> new AssertionError(field + " missing in " + f)).number();
    }

    public static Object value(Frame f, String field) {
        return f.field(field).orElseThrow(() -> new AssertionError(field + " missing in " + f)).value();
    }

    public static boolean flag(Frame f, String field) {
        return f.field(field).orElseThrow(() -> new AssertionError(field + " missing in " + f)).isSet();
    }
}
