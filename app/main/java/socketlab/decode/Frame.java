package socketlab.decode;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A decoded frame: the captured bytes and the layers found in them, outermost first. The first layer is always
 * {@code frame} (number, time, lengths, protocols); a truncated or inconsistent frame ends with a
 * {@link Layer#MALFORMED} layer instead of failing.
 * <p>
 * The layers are known at once; their fields are made the first time one of them is asked for, by decoding the
 * frame's bytes again with what the capture's TCP state said about it when it was decoded in order. The answers are
 * the same as if they had been made at once, from any thread.
 */
public final class Frame {
    private final RawFrame raw;
    private final Layer[] all;
    private List<Layer> layers;
    private final LocalAddresses local;
    private final TcpInfo tcp;
    private final java.util.Map<Integer, Protocol> labPorts;

    private final boolean tls13;

    Frame(RawFrame raw, Layer[] layers, LocalAddresses local, TcpInfo tcp, java.util.Map<Integer, Protocol> labPorts,
            boolean tls13) {
        this.labPorts = labPorts;
        this.tls13 = tls13;
        this.raw = raw;
        this.all = layers;
        this.local = local;
        this.tcp = tcp;
        for (Layer l : layers) {
            l.attach(this);
        }
    }

    /** Makes the fields of every layer that has none yet, by decoding the frame again with its recorded TCP state. */
    synchronized void makeFields() {
        if (all[0].hasFields()) {
            return; // another caller made them first
        }
        Layer[] made = FrameDecoder.layersWithFields(raw, local, tcp, labPorts, tls13);
        for (int i = 0; i < all.length; i++) {
            Layer l = all[i];
            Layer m = i < made.length ? made[i] : null;
            boolean same = m != null && m.name().equals(l.name()) && m.offset() == l.offset()
                    && m.length() == l.length();
            // Both decodings read the same bytes the same way, so they agree; should a bug ever make them differ,
            // the layer shows no fields rather than another layer's.
            l.fill(same ? m.all() : new Field[0]);
        }
    }

    /** Whether the frame's TCP stream had chosen TLS 1.3 before this frame. */
    boolean tls13() {
        return tls13;
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
        if (layers == null) {
            // Made when first asked for (the summary reads the array); the wrapper is immutable, so a race is harmless.
            layers = Collections.unmodifiableList(Arrays.asList(all));
        }
        return layers;
    }

    /** The layers themselves, for this package's readers on the per-frame path: not to be changed. */
    Layer[] layerArray() {
        return all;
    }

    /** The first layer of that name. */
    public Optional<Layer> layer(String name) {
        return Optional.ofNullable(find(name));
    }

    /** Whether the frame has a layer of that name. */
    public boolean has(String name) {
        return find(name) != null;
    }

    /**
     * The TCP stream index of the frame's TCP layer ({@code tcp.stream}), or -1 when it has none or its header was
     * too short to follow: the value of that field without making the frame's fields, as a capture that follows
     * every frame's connection asks it of each.
     */
    public int tcpStream() {
        return tcp != null && find(Protocol.TCP.layerName()) != null ? tcp.stream() : -1;
    }

    /** The first layer of that protocol. */
    public Optional<Layer> layer(Protocol p) {
        return Optional.ofNullable(find(p.layerName()));
    }

    /** Whether the frame has a layer of that protocol. */
    public boolean has(Protocol p) {
        return find(p.layerName()) != null;
    }

    Layer find(Protocol p) {
        return find(p.layerName());
    }

    Layer find(String name) {
        for (Layer l : all) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }

    /** The decoded protocols joined by ':', as Wireshark's {@code frame.protocols}: {@code eth:ip:tcp}. */
    public String protocols() {
        return protocols(all);
    }

    /** The names of the protocol layers among {@code layers}, joined by ':'; empty slots are passed over. */
    static String protocols(Layer[] layers) {
        StringBuilder s = new StringBuilder(24);
        for (Layer l : layers) {
            if (l == null) {
                continue;
            }
            String n = l.name();
            Protocol p = Protocol.of(n);
            if (p != null && !p.listed()) {
                continue;
            }
            if (!s.isEmpty()) {
                s.append(':');
            }
            s.append(n);
        }
        return s.toString();
    }

    /** Why decoding stopped early, when it did. */
    public Optional<Malformed> malformed() {
        Layer m = find(Layer.MALFORMED);
        return m == null ? Optional.empty()
                : Optional.of(new Malformed(m.text(Layer.MALFORMED), (int) m.number(Fields.MALFORMED_OFFSET, 0)));
    }

    /** The field of that name in the first layer that has one. */
    public Optional<Field> field(String name) {
        for (Layer l : all) {
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
        return "frame " + number() + " " + layers();
    }
}
