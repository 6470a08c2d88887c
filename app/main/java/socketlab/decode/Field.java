package socketlab.decode;

import java.util.Locale;

/**
 * One decoded field of one frame: its table entry, where its bits are in the frame and its value. A field whose bit
 * length is 0 is computed by the lab (a relative sequence number, a checksum verdict) rather than read from the
 * frame, as Wireshark shows such fields in brackets.
 */
public final class Field {
    private final FieldDef def;
    private final int bitOffset;
    private final int bitLength;
    private final int depth;
    private final long number;
    private final String text;
    private final String note;

    Field(FieldDef def, int bitOffset, int bitLength, int depth, long number, String text, String note) {
        this.def = def;
        this.bitOffset = bitOffset;
        this.bitLength = bitLength;
        this.depth = depth;
        this.number = number;
        this.text = text;
        this.note = note;
    }

    public FieldDef def() {
        return def;
    }

    /** The Wireshark display-filter name, such as {@code tcp.flags.syn}. */
    public String name() {
        return def.name();
    }

    /** The first bit of the field, counted from the first bit of the frame. */
    public int bitOffset() {
        return bitOffset;
    }

    /** How many bits the field takes in the frame; 0 for a value the lab computed. */
    public int bitLength() {
        return bitLength;
    }

    /** Whether the lab computed this value rather than reading it from the frame. */
    public boolean generated() {
        return bitLength == 0;
    }

    /** The first byte that holds part of the field. */
    public int byteOffset() {
        return bitOffset / 8;
    }

    /** How many bytes hold part of the field (a 1-bit flag touches one byte). */
    public int byteLength() {
        return bitLength == 0 ? 0 : (bitOffset + bitLength + 7) / 8 - bitOffset / 8;
    }

    /** 0 for a field of the layer itself, 1 for a part of the field above it (a flag of a flags field). */
    public int depth() {
        return depth;
    }

    /** The value as a number: the field's value, 1 or 0 for a flag, the count for bytes; 0 for text values. */
    public long number() {
        return number;
    }

    /** Whether a flag field is set. */
    public boolean isSet() {
        return number != 0;
    }

    /** The typed value: a {@link Long}, a {@link Boolean} for flags, or a {@link String} for addresses and text. */
    public Object value() {
        return switch (def.format()) {
            case FLAG -> number != 0;
            case IPV4, IPV6, MAC, TEXT, EPOCH -> string();
            case DECIMAL, HEX, NAMED, NAMED_HEX, BYTES -> number;
        };
    }

    /**
     * The value of a text-like field as text. IPv4 and MAC addresses and times are kept as numbers and written only
     * when asked for, since most frames of a large capture are never looked at field by field.
     */
    String string() {
        return switch (def.format()) {
            case IPV4 -> AddressText.ipv4((int) number);
            case MAC -> AddressText.mac(number);
            case EPOCH -> Frame.epochText(number);
            default -> text;
        };
    }

    /** The value as text, as the detail tree writes it after the label: {@code TCP (6)}, {@code 0x4000}. */
    public String valueText() {
        return switch (def.format()) {
            case DECIMAL -> def.unit().isEmpty() ? Long.toString(number) : number + " " + def.unit();
            case HEX -> hex();
            case NAMED -> def.names().apply((int) number) + " (" + number + ")";
            case NAMED_HEX -> def.names().apply((int) number) + " (" + hex() + ")";
            case FLAG -> number != 0 ? "Set" : "Not set";
            case IPV4, IPV6, MAC, TEXT, EPOCH -> string();
            case BYTES -> number + (number == 1 ? " byte" : " bytes");
        };
    }

    /** One line for the detail tree: {@code Time to Live: 64}, with the lab's note when it has one. */
    public String text() {
        String line = def.label() + ": " + valueText();
        return generated() ? "[" + line + "]" : line;
    }

    /** One plain sentence for students on what this field means, with what this packet's value says. */
    public String explanation() {
        return note == null ? def.explanation() : def.explanation() + " " + note;
    }

    /** What the lab adds about this packet's value, such as why a checksum is bad; {@code null} for nothing. */
    public String note() {
        return note;
    }

    /** This field with a note about this packet's value added. */
    Field withNote(String more) {
        return new Field(def, bitOffset, bitLength, depth, number, text, note == null ? more : note + " " + more);
    }

    private String hex() {
        int digits = Math.max(1, Math.min(16, (bitLength == 0 ? 16 : bitLength + 3) / 4));
        return "0x" + String.format(Locale.ROOT, "%0" + digits + "x", number);
    }

    @Override
    public String toString() {
        return name() + "=" + value();
    }
}
