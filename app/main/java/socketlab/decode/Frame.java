package socketlab.decode;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A decoded frame: the captured bytes and the layers found in them, outermost first. The first layer is always
 * {@code frame} (number, time, lengths, protocols); a truncated or inconsistent frame ends with a
 * {@link Layer#MALFORMED} layer instead of failing.
 */
public final class Frame {
    private final RawFrame raw;
    private final List<Layer> layers;

    Frame(RawFrame raw, Layer[] layers) {
        this.raw = raw;
        this.layers = Collections.unmodifiableList(Arrays.asList(layers));
    }

    public RawFrame raw() {
        return raw;
    }

    public long number() {
        return raw.number();
    }

    public long epochMicros() {
        return raw.epochMicros();
    }

    public int originalLength() {
        return raw.originalLength();
    }

    public int capturedLength() {
        return raw.data().length;
    }

    /** The captured bytes (shared, not copied). */
    public byte[] data() {
        return raw.data();
    }

    public LinkType linkType() {
        return raw.linkType();
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The first layer of that name. */
    public Optional<Layer> layer(String name) {
        return Optional.ofNullable(find(name));
    }

    /** Whether the frame has a layer of that name. */
    public boolean has(String name) {
        return find(name) != null;
    }

    Layer find(String name) {
        for (Layer l : layers) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }

    /** The decoded protocols joined by ':', as Wireshark's {@code frame.protocols}: {@code eth:ip:tcp}. */
    public String protocols() {
        return layers.getFirst().text("frame.protocols");
    }

    /** Why decoding stopped early, when it did. */
    public Optional<Malformed> malformed() {
        Layer m = find(Layer.MALFORMED);
        return m == null ? Optional.empty()
                : Optional.of(new Malformed(m.text(Layer.MALFORMED), (int) m.number("_ws.malformed.offset", 0)));
    }

    /** The field of that name in the first layer that has one. */
    public Optional<Field> field(String name) {
        for (Layer l : layers) {
            Field f = l.find(name);
            if (f != null) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The capture time as Wireshark's {@code frame.time_epoch}: seconds with exactly six decimals. */
    public String timeEpochText() {
        return epochText(raw.epochMicros());
    }

    static String epochText(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        long fraction = Math.floorMod(micros, 1_000_000L);
        String f = Long.toString(fraction);
        return seconds + "." + "000000".substring(f.length()) + f;
    }

    @Override
    public String toString() {
        return "frame " + number() + " " + layers;
    }
}
