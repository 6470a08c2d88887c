package socketlab.capture;

/**
 * A capture file that cannot be read: missing, refused by the system, not a capture file, damaged, or of an unsupported
 * link type. The message is one sentence that names the file and, for a damaged one, the frame and byte offset.
 */
public final class PcapFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for the exit code of the command line. */
    public enum Kind {
        /** There is no such file, or the name is a directory's: the name given was wrong. */
        MISSING,
        /** The operating system refused to read the file (permissions, an I/O error). */
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

    /**
     * A damaged capture file, in one sentence that says where: "x.pcap: frame 3, at byte 1234: the file ends after
     * 10 of its 60 bytes".
     */
    public static PcapFileException damaged(java.nio.file.Path file, long frame, long offset, String what) {
        return new PcapFileException(Kind.NOT_A_CAPTURE, file + ": frame " + frame + ", at byte " + offset + ": "
                + what);
    }

    public Kind kind() {
        return kind;
    }
}
