package socketlab.ui.capture;

import java.util.ArrayList;
import java.util.List;
import socketlab.decode.Field;
import socketlab.decode.Layer;
import socketlab.decode.Protocol;

/**
 * One box of a header diagram before it is drawn: the field (or fields, when two describe the same bits, such as a
 * relative and a raw sequence number), where its bits are in the layer, and the boxes of its parts (each flag of a
 * flags field, each TCP option), which are drawn inside it.
 */
final class BoxPlan {
    final Layer layer;
    final List<Field> fields = new ArrayList<>(2);
    /** The first bit, counted from the layer's first bit. */
    final int start;
    final int bits;
    final List<BoxPlan> parts = new ArrayList<>();
    final boolean part;

    private BoxPlan(Layer layer, Field field, boolean part) {
        this.layer = layer;
        this.fields.add(field);
        this.start = field.bitOffset() - layer.offset() * 8;
        this.bits = field.bitLength();
        this.part = part;
    }

    /** The field a click on the box reports. */
    Field field() {
        return fields.getFirst();
    }

    /**
     * Bits per diagram row, as the protocol says: the link layers 16 bits wide (Ethernet is 14 bytes), DNS 16 as
     * RFC 1035 draws it, the rest 32 as their RFCs.
     */
    static int rowBits(Layer layer) {
        Protocol p = layer.protocol();
        return p == null ? 32 : p.diagramBits();
    }

    /**
     * The boxes of a layer in header order: one per field of the layer itself read from the frame (fields the lab
     * computed have no bits to draw), with the parts of each field one level down inside it.
     */
    static List<BoxPlan> of(Layer layer) {
        List<BoxPlan> boxes = new ArrayList<>();
        BoxPlan last = null;
        for (Field f : layer.fields()) {
            if (f.generated() || f.depth() > 1) {
                continue;
            }
            if (f.depth() == 0) {
                if (last != null && last.start + layer.offset() * 8 == f.bitOffset() && last.bits == f.bitLength()) {
                    last.fields.add(f);
                    continue;
                }
                last = new BoxPlan(layer, f, false);
                boxes.add(last);
            } else if (last != null && f.bitOffset() >= last.absoluteStart()
                    && f.bitOffset() + f.bitLength() <= last.absoluteStart() + last.bits) {
                last.parts.add(new BoxPlan(layer, f, true));
            }
        }
        return boxes;
    }

    int absoluteStart() {
        return start + layer.offset() * 8;
    }

    /** Whether this box stands for {@code f}: the same field of the same frame, or of the same frame decoded again. */
    boolean shows(Field f) {
        for (Field mine : fields) {
            if (mine == f || mine.name().equals(f.name()) && mine.bitOffset() == f.bitOffset()
                    && mine.bitLength() == f.bitLength()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the box's bits include all of {@code f}'s. */
    boolean covers(Field f) {
        return f.bitOffset() >= absoluteStart() && f.bitOffset() + f.bitLength() <= absoluteStart() + bits;
    }

    /** The value written in the box; two fields on the same bits are written as {@code 1 (raw 3735928559)}. */
    String value() {
        return values().getFirst();
    }

    /** The value written in the box, longest first: the box shows the longest that fits. */
    List<String> values() {
        List<String> mine = BoxText.values(fields.getFirst());
        if (fields.size() == 1) {
            return mine;
        }
        Field other = fields.get(1);
        String both = mine.getFirst() + " (" + (other.name().endsWith("_raw") ? "raw " : "")
                + BoxText.value(other) + ")";
        List<String> all = new ArrayList<>(mine.size() + 1);
        all.add(both);
        all.addAll(mine);
        return all;
    }

    /** The tooltip: each field's detail line and what it means. */
    String explanation() {
        StringBuilder b = new StringBuilder();
        for (Field f : fields) {
            if (!b.isEmpty()) {
                b.append("\n\n");
            }
            b.append(f.text()).append('\n').append(f.explanation());
        }
        b.append("\n\n").append(f(bits)).append(" at byte ").append(start / 8 + (start % 8 == 0 ? "" : ", bit "
                + start % 8)).append(" of the ").append(layer.name()).append(" header");
        return b.toString();
    }

    private static String f(int bits) {
        return bits % 8 == 0 && bits >= 16 ? bits / 8 + " bytes" : bits + (bits == 1 ? " bit" : " bits");
    }

    /**
     * Where the box goes in rows of {@code rowBits}: a field that does not fit in one row becomes a part in its first
     * row, one block of whole rows, and a part in its last row, as the RFC diagrams draw addresses and options.
     */
    List<Segment> segments(int rowBits) {
        List<Segment> out = new ArrayList<>(3);
        int at = start;
        int end = start + bits;
        if (at % rowBits != 0) {
            int width = Math.min(bits, rowBits - at % rowBits);
            out.add(new Segment(at / rowBits, at % rowBits, width, 1));
            at += width;
        }
        int whole = (end - at) / rowBits;
        if (whole > 0) {
            out.add(new Segment(at / rowBits, 0, rowBits, whole));
            at += whole * rowBits;
        }
        if (at < end) {
            out.add(new Segment(at / rowBits, 0, end - at, 1));
        }
        return out;
    }

    /** A rectangle of the grid: first row, first bit column, width in bits, height in rows. */
    record Segment(int row, int column, int bits, int rows) {
        int area() {
            return bits * rows;
        }
    }
}
