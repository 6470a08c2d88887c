package socketlab.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.capture.DecodedFrames;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LocalAddresses;

/**
 * The filter corpus: for every filter in valid.txt the lab passes exactly the frames tshark passes on the same
 * capture; every filter in invalid.txt is refused by both. tshark gives the expected answers at test time, so no
 * expected set is written by hand.
 */
class TsharkAgreementTest {
    @TempDir
    static Path dir;
    private static Path capture;
    private static List<Frame> frames;
    private static Tshark tshark;

    @BeforeAll
    static void decodeTheCapture() throws Exception {
        capture = FilterCaptures.write(dir);
        tshark = new Tshark(dir);
        frames = new ArrayList<>();
        try (DecodedFrames in = DecodedFrames.open(capture, new FrameDecoder(LocalAddresses.loopbackOnly()))) {
            Frame f;
            while ((f = in.next()) != null) {
                frames.add(f);
            }
        }
        assertEquals(FilterCaptures.frames().size() + 1, frames.size());
        frames.removeLast(); // the closing frame tshark's table does not show
    }

    static List<String> corpus(String name) throws IOException {
        try (InputStream in = TsharkAgreementTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    static TreeSet<Integer> lab(DisplayFilter filter) {
        TreeSet<Integer> passed = new TreeSet<>();
        for (Frame f : frames) {
            if (filter.matches(f)) {
                passed.add((int) f.number());
            }
        }
        return passed;
    }

    @Test
    void everyValidFilterPassesTheFramesTsharkPasses() throws Exception {
        List<String> filters = corpus("valid.txt");
        assertTrue(filters.size() > 250, "a corpus of a few hundred filters");
        List<TreeSet<Integer>> expected = tshark.matching(capture, filters);
        expected.forEach(set -> set.removeIf(n -> n > frames.size()));
        List<String> disagreements = new ArrayList<>();
        int nonEmpty = 0;
        for (int i = 0; i < filters.size(); i++) {
            String text = filters.get(i);
            switch (DisplayFilter.compile(text)) {
                case FilterResult.Invalid bad -> disagreements.add(text + "\n    lab refuses it: "
                        + bad.error().oneLine() + "\n    tshark passes " + expected.get(i));
                case FilterResult.Valid ok -> {
                    TreeSet<Integer> got = lab(ok.filter());
                    if (!got.equals(expected.get(i))) {
                        disagreements.add(text + "\n    tshark " + expected.get(i) + "\n    lab    " + got);
                    }
                    nonEmpty += got.isEmpty() || got.size() == frames.size() ? 0 : 1;
                }
            }
        }
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " of " + filters.size() + " filters disagree with tshark:\n"
                    + String.join("\n", disagreements));
        }
        // the corpus must tell frames apart, not pass all or none
        assertTrue(nonEmpty > filters.size() * 3 / 4, nonEmpty + " of " + filters.size() + " select some frames");
    }

    @Test
    void everyInvalidFilterIsRefusedByBoth() throws Exception {
        List<String> filters = corpus("invalid.txt");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> tsharkSays = new ArrayList<>();
            for (String text : filters) {
                tsharkSays.add(pool.submit(() -> tshark.rejection(capture, text)));
            }
            List<String> disagreements = new ArrayList<>();
            for (int i = 0; i < filters.size(); i++) {
                String text = filters.get(i);
                String theirs = tsharkSays.get(i).get();
                FilterResult ours = DisplayFilter.compile(text);
                if (theirs == null) {
                    disagreements.add(text + "\n    tshark takes it");
                }
                if (ours instanceof FilterResult.Valid) {
                    disagreements.add(text + "\n    lab takes it; tshark: " + theirs);
                }
            }
            if (!disagreements.isEmpty()) {
                fail(String.join("\n", disagreements));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
