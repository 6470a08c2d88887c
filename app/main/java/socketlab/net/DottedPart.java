package socketlab.net;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of a dotted quad as typed, judged on its own: the number it is and whether it fits in one byte. Lets a
 * view show which parts of {@code 500.304.259.1} are the problem, and how many bits they would need.
 *
 * @param text  the part as typed
 * @param value its value, or -1 when it is empty or too long to be a number worth showing
 * @param fits  true when it is one byte written plainly: 0 to 255, no leading zero
 * @param note  the part's binary form when it fits, otherwise what is wrong with it
 */
public record DottedPart(String text, long value, boolean fits, String note) {

    /** The parts of {@code text} when it is digits and dots only, as a dotted quad attempt; otherwise none. */
    public static List<DottedPart> of(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[0-9.]+")) {
            return List.of();
        }
        List<DottedPart> parts = new ArrayList<>();
        for (String p : t.split("\\.", -1)) {
            parts.add(judge(p));
        }
        return List.copyOf(parts);
    }

    private static DottedPart judge(String p) {
        if (p.isEmpty()) {
            return new DottedPart(p, -1, false, "empty");
        }
        String digits = p.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 12) {
            return new DottedPart(p, -1, false, "far greater than 255");
        }
        long v = Long.parseLong(digits);
        String bits = Long.toBinaryString(v);
        if (v > 255) {
            return new DottedPart(p, v, false, "> 255: needs " + bits.length() + " bits, " + bits);
        }
        if (digits.length() < p.length()) {
            return new DottedPart(p, v, false, "leading zero: octal to some programs");
        }
        return new DottedPart(p, v, true, "0".repeat(8 - bits.length()) + bits);
    }
}
