package socketlab.decode;

import java.util.Optional;

/** Finds the field a byte of a frame belongs to, for a bytes pane where clicking a byte selects its field. */
public final class FieldAt {
    private FieldAt() {
    }

    /**
     * The field read from the byte at {@code byteOffset}, as a click on that byte should select it: of the fields
     * that hold all eight of its bits, the narrowest (the flags byte rather than the whole header); when none holds
     * all of them (a byte shared by two fields), the one with most bits in it. Ties go to the shallower field, the
     * whole rather than a part. Computed fields cover no bytes and are never found.
     */
    public static Optional<Field> of(Frame frame, int byteOffset) {
        int byteStart = byteOffset * 8;
        int byteEnd = byteStart + 8;
        Field best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Layer layer : frame.layers()) {
            if (layer.name().equals(Layer.FRAME)) {
                continue; // its fields describe the whole frame, not its bytes
            }
            for (Field f : layer.fields()) {
                int from = Math.max(byteStart, f.bitOffset());
                int to = Math.min(byteEnd, f.bitOffset() + f.bitLength());
                if (f.generated() || to <= from) {
                    continue;
                }
                // Whole-byte fields first, narrowest of them; else most bits in this byte; shallower on a tie.
                int score = to - from == 8 ? 1_000_000_000 - f.bitLength() * 16 : (to - from) * 16;
                score -= f.depth();
                if (score > bestScore) {
                    best = f;
                    bestScore = score;
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
