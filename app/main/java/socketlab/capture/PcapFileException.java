package socketlab.capture;

/** A capture file that cannot be read: missing, not a capture file, damaged, or of an unsupported link type. */
public final class PcapFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for the exit code of the command line. */
    public enum Kind {
        /** The file is missing or cannot be read (permissions, a directory). */
        UNREADABLE,
        /** The file is not a capture file or is damaged. */
        NOT_A_CAPTURE,
        /** The file holds frames of a link type the lab does not decode. */
        UNSUPPORTED
    }

    private final Kind kind;

    public PcapFileException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
