package socketlab.net;

/** Parses whole numbers typed by a user into a range, with a message that says what was wrong. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Parses {@code text} as a whole number from {@code min} to {@code max}.
     *
     * @param what what the number is, as the message should name it ("port", "permits")
     */
    public static Parsed<Integer> parseInRange(String text, String what, int min, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.invalid(what + " is empty: type a number from " + min + " to " + max);
        }
        if (!t.matches("[+-]?[0-9]+")) {
            return Parsed.invalid(what + " must be a whole number from " + min + " to " + max + ", not \"" + t + "\"");
        }
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException tooLong) {
            return Parsed.invalid(what + " " + t + " is far too large: it must be from " + min + " to " + max);
        }
        if (v < min || v > max) {
            return Parsed.invalid(what + " must be from " + min + " to " + max + "; " + t + " is out of range");
        }
        return Parsed.ok((int) v);
    }
}
