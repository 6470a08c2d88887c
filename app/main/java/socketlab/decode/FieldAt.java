package socketlab.decode;

import java.util.Optional;

/** Finds the field a byte of a frame belongs to, for a bytes pane where clicking a byte selects its field. */
public final class FieldAt {
    private FieldAt() {
    }

    /**
     * The innermost field read from the byte at {@code byteOffset}: of the fields covering it, the deepest, and of
     * those the narrowest (a flag rather than the flags byte). Computed fields cover no bytes and are never found.
     */
    public static Optional<Field> of(Frame frame, int byteOffset) {
        Field best = null;
        for (Layer layer : frame.layers()) {
            if (layer.name().equals(Layer.FRAME)) {
                continue; // its fields describe the whole frame, not its bytes
            }
            for (Field f : layer.fields()) {
                if (f.generated() || byteOffset < f.byteOffset() || byteOffset >= f.byteOffset() + f.byteLength()) {
                    continue;
                }
                if (best == null || f.depth() > best.depth()
                        || f.depth() == best.depth() && f.bitLength() < best.bitLength()) {
                    best = f;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The layer that holds the byte at {@code byteOffset}: the innermost one, since layers nest by position. */
    public static Optional<Layer> layerOf(Frame frame, int byteOffset) {
        Layer found = null;
        for (Layer layer : frame.layers()) {
            if (!layer.name().equals(Layer.FRAME) && byteOffset >= layer.offset()
                    && byteOffset < layer.offset() + layer.length()) {
                found = layer;
            }
        }
        return Optional.ofNullable(found);
    }
}
