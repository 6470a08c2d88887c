package socketlab.filter;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LinkType;
import socketlab.decode.LocalAddresses;
import socketlab.decode.RawFrame;

/**
 * Filters made at random from the language's own pieces, and from cut and mutated corpus filters: compiling never
 * throws and always gives a filter or a message with a position inside the text; a filter never throws on a frame.
 */
class FilterFuzzTest {
    private static final String[] PIECES = {"tcp", "udp", "ip", "ipv6", "eth", "frame", "data", "tcp.port",
        "ip.addr", "ipv6.addr", "eth.addr", "udp.port", "tcp.flags", "tcp.flags.syn", "data.data", "frame.len",
        "frame.time_epoch", "ip.src", "tcp.option_kind", "_ws.malformed", "==", "!=", "===", "!==", "<", "<=", ">",
        ">=", "eq", "ne", "lt", "contains", "matches", "in", "&&", "||", "!", "and", "or", "not", "&", "(", ")",
        "{", "}", ",", "..", "80", "0x12", "010", "0b11", "-1", "True", "False", "10.0.0.0/8", "1.2.3.4",
        "2001:db8::/32", "::1", "02:00:00:00:00:0a", "ff-ff", "\"hello\"", "\"\\x41\"", "r\"a\\b\"", "'a'", "'\\n'",
        "\"(a|b)+\"", "\"[\"", "\"", "'", "\\", "999999999999999999999999", "1.5", "1700000000.25", "$", "#"};

    private static List<Frame> frames() {
        FrameDecoder d = new FrameDecoder(LocalAddresses.loopbackOnly());
        List<Frame> out = new ArrayList<>();
        List<byte[]> data = FilterCaptures.frames();
        for (int i = 0; i < data.size(); i++) {
            out.add(d.decode(new RawFrame(i + 1, FilterCaptures.START_MICROS, data.get(i).length, LinkType.ETHERNET,
                    data.get(i))));
        }
        return out;
    }

    private static int check(String text, List<Frame> frames) {
        FilterResult r;
        try {
            r = DisplayFilter.compile(text);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("compiling threw on: " + text, e);
        }
        assertNotNull(r);
        if (r instanceof FilterResult.Invalid bad) {
            FilterError e = bad.error();
            assertTrue(!e.message().isBlank() && e.start() >= 0 && e.start() <= e.end() && e.end() <= text.length(),
                    "a message and a position within \"" + text + "\": " + e);
            return 0;
        }
        DisplayFilter f = ((FilterResult.Valid) r).filter();
        for (Frame frame : frames) {
            try {
                f.matches(frame);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("filter threw on frame " + frame.number() + ": " + text, e);
            }
        }
        return 1;
    }

    @Test
    void randomSequencesOfThePiecesGiveAFilterOrAMessage() {
        Random random = new Random(11);
        List<Frame> frames = frames();
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(7);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) != 0) {
                    b.append(' ');
                }
            }
            valid += check(b.toString(), frames.subList(0, 1 + random.nextInt(frames.size())));
        }
        assertTrue(valid > 500, "the pieces make some valid filters too: " + valid);
    }

    @Test
    void cutAndMutatedCorpusFiltersGiveAFilterOrAMessage() throws Exception {
        Random random = new Random(12);
        List<Frame> frames = frames();
        List<String> corpus = new ArrayList<>(TsharkAgreementTest.corpus("valid.txt"));
        corpus.addAll(TsharkAgreementTest.corpus("invalid.txt"));
        for (String text : corpus) {
            for (int cut = 0; cut <= text.length(); cut++) {
                check(text.substring(0, cut), frames);
            }
            for (int m = 0; m < 20; m++) {
                StringBuilder b = new StringBuilder(text);
                int at = random.nextInt(b.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> b.insert(at, (char) (32 + random.nextInt(95)));
                    case 1 -> {
                        if (at < b.length()) {
                            b.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < b.length()) {
                            b.setCharAt(at, (char) random.nextInt(0x3000));
                        }
                    }
                }
                check(b.toString(), frames);
            }
        }
    }

    @Test
    void deeplyNestedFiltersGiveAMessageNotACrash() {
        String deep = "(".repeat(100_000) + "tcp" + ")".repeat(100_000);
        check(deep, frames());
        check("!".repeat(100_000) + "tcp", frames());
        if (DisplayFilter.compile("((((tcp))))") instanceof FilterResult.Invalid) {
            fail("modest nesting is fine");
        }
    }
}
