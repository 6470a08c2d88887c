package socketlab.decode;

/**
 * The lab's own protocols (hello, echo, time) on the port of a running lab server: their data is lines of text, so
 * each line is a field a student can read, instead of a hex dump. Wireshark has no name for them; the lab calls the
 * layer {@code lab} and leaves it out of {@code frame.protocols}, as Wireshark shows such data as {@code data}.
 */
final class LabTextDissector {
    static final FieldDef LINE = FieldDef.of("lab.line", "Line", FieldFormat.TEXT,
            "One line of text as the program wrote it: the lab's servers speak in lines ended by a newline.");
    static final FieldDef PARTIAL = FieldDef.of("lab.partial", "Text", FieldFormat.TEXT,
            "Text without its newline yet: the rest of the line comes in a later segment (TCP is a byte stream).");

    private LabTextDissector() {
    }

    static void register() {
        DissectorTables.protocol(Protocol.LAB, LabTextDissector::dissect);
    }

    static void dissect(Dissection d, int start, int end) {
        LayerBuilder b = d.builder(start, end);
        int captured = Math.min(end, d.data.length);
        if (b.eager()) {
            int p = start;
            while (p < captured) {
                int nl = p;
                while (nl < captured && d.data[nl] != '\n') {
                    nl++;
                }
                boolean whole = nl < captured;
                int textEnd = whole && nl > p && d.data[nl - 1] == '\r' ? nl - 1 : nl;
                b.span(whole ? LINE : PARTIAL, p - start, (whole ? nl + 1 : nl) - p, 0, text(d.data, p, textEnd));
                p = whole ? nl + 1 : nl;
            }
        }
        d.protocol(b.build(Protocol.LAB.layerName(), end - start));
        if (captured < end) {
            d.malformed("Text cut short by the capture: " + (captured - start) + " of " + (end - start)
                    + " bytes captured", captured);
        }
    }

    /** Printable text; other bytes as a middle dot, so a line never breaks the tree. */
    private static String text(byte[] data, int from, int to) {
        StringBuilder s = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            int c = data[i] & 0xff;
            s.append(c >= 0x20 && c < 0x7f || c == '\t' ? (char) c : '\u00b7');
        }
        return s.toString();
    }
}
