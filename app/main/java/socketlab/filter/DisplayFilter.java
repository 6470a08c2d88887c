package socketlab.filter;

import socketlab.decode.Frame;

/**
 * A compiled Wireshark display filter ({@code tcp.port == 80 && tcp.flags.syn == 1}): tests decoded frames. It is
 * immutable and may test frames from any thread. An empty filter lets every frame through, as Wireshark's does.
 */
public final class DisplayFilter {
    /** The filter that lets every frame through. */
    public static final DisplayFilter ALL = new DisplayFilter("", null);

    private final String text;
    private final Node root;

    private DisplayFilter(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Reads filter text; never throws: a bad filter gives the reason in Wireshark's words and where it is. */
    public static FilterResult compile(String text) {
        if (text == null || text.isBlank()) {
            return new FilterResult.Valid(ALL);
        }
        try {
            return new FilterResult.Valid(new DisplayFilter(text.strip(), Parser.parse(text)));
        } catch (BadFilter e) {
            return new FilterResult.Invalid(e.error());
        } catch (StackOverflowError e) {
            return new FilterResult.Invalid(new FilterError("The filter is nested too deeply to be read.", 0,
                    text.length()));
        }
    }

    /** Whether the frame passes the filter. */
    public boolean matches(Frame frame) {
        return root == null || root.test(frame);
    }

    /** The filter as typed (without surrounding spaces); empty for {@link #ALL}. */
    public String text() {
        return text;
    }

    /** Whether this filter lets every frame through. */
    public boolean isAll() {
        return root == null;
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "(all frames)" : text;
    }
}
