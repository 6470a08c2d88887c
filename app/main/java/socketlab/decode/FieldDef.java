package socketlab.decode;

import java.util.function.IntFunction;

/**
 * One entry of the field table: what a header field is, independent of any packet. The name is Wireshark's
 * display-filter name, so students can type it into Wireshark; the explanation is the one line the lab shows them.
 *
 * @param name        Wireshark display-filter name, such as {@code ip.ttl}
 * @param label       the words in the detail tree, such as {@code Time to Live}
 * @param format      how the value is written
 * @param unit        written after a decimal value, such as {@code bytes}; empty for none
 * @param names       the meaning of a value for {@link FieldFormat#NAMED} fields, or {@code null}
 * @param explanation one plain sentence on what the field is for
 */
public record FieldDef(String name, String label, FieldFormat format, String unit, IntFunction<String> names,
        String explanation) {

    public FieldDef(String name, String label, FieldFormat format, String unit, IntFunction<String> names,
            String explanation) {
        this.name = name;
        this.label = label;
        this.format = format;
        this.unit = unit;
        this.names = names;
        this.explanation = explanation;
        FieldTable.add(this); // every entry is known by name to the display filter, the moment its table loads
    }

    static FieldDef of(String name, String label, FieldFormat format, String explanation) {
        return new FieldDef(name, label, format, "", null, explanation);
    }

    static FieldDef decimal(String name, String label, String unit, String explanation) {
        return new FieldDef(name, label, FieldFormat.DECIMAL, unit, null, explanation);
    }

    static FieldDef named(String name, String label, IntFunction<String> names, String explanation) {
        return new FieldDef(name, label, FieldFormat.NAMED, "", names, explanation);
    }

    static FieldDef namedHex(String name, String label, IntFunction<String> names, String explanation) {
        return new FieldDef(name, label, FieldFormat.NAMED_HEX, "", names, explanation);
    }
}
