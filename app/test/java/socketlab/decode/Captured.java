package socketlab.decode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import socketlab.Eventually;
import socketlab.capture.PcapFileException;
import socketlab.capture.PcapReader;

/** Reads capture files the way the lab does, for assertions; and waits for a capture to hold what a test made. */
public final class Captured {
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
        AtomicReference<List<Frame>> frames = new AtomicReference<>(List.of());
        Eventually.until(() -> "the capture to hold the expected packets; it has " + frames.get().size() + ": "
                + frames.get(), () -> {
                    try {
                        frames.set(frames(file));
                        return done.test(frames.get());
                    } catch (PcapFileException e) {
                        return false; // not complete yet
                    }
                });
        return frames.get();
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
