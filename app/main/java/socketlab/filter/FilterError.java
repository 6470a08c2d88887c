package socketlab.filter;

/**
 * Why a display filter cannot be used, in Wireshark's words, and where: {@code start} and {@code end} are character
 * positions in the filter text (end exclusive), so a window can underline the part and a terminal can point at it.
 */
public record FilterError(String message, int start, int end) {

    /** The message with the column it starts at, counted from 1, on one line. */
    public String oneLine() {
        return message + " (at column " + (start + 1) + ")";
    }

    /** Two lines for a terminal: the filter, and a caret under the part at fault, as tshark shows it. */
    public String pointer(String filter) {
        int from = Math.min(Math.max(0, start), filter.length());
        int width = Math.max(1, Math.min(end, filter.length()) - from);
        return filter + "\n" + " ".repeat(from) + "^" + "~".repeat(width - 1);
    }
}
