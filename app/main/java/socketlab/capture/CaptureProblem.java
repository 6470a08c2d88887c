package socketlab.capture;

import java.util.List;

/**
 * Why a capture cannot start or had to stop, in plain words: what is wrong ({@link #what()}) and, where there is
 * one, the one thing to do about it on this operating system ({@link #fix()}). The message is both, as one line.
 */
public final class CaptureProblem extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of problem, which decide how a caller reacts (the command line's exit code, the pane's offer). */
    public enum Kind {
        /** The operating system does not let this user capture. */
        NOT_PERMITTED,
        /** libpcap (Npcap on Windows) is not installed. */
        NO_LIBPCAP,
        /** The interface named does not exist. */
        NO_SUCH_INTERFACE,
        /** The capture filter does not compile. */
        BAD_FILTER,
        /** Anything else the capture library reported, such as an interface that went down. */
        FAILED
    }

    private final Kind kind;
    private final String what;
    private final String fix;

    private CaptureProblem(Kind kind, String what, String fix) {
        super(fix.isEmpty() ? what : what + ": " + fix, null, false, false);
        this.kind = kind;
        this.what = what;
        this.fix = fix;
    }

    static CaptureProblem notPermitted() {
        return new CaptureProblem(Kind.NOT_PERMITTED, "capturing needs permission", CaptureAdvice.permissionFix());
    }

    static CaptureProblem noLibpcap() {
        return new CaptureProblem(Kind.NO_LIBPCAP, CaptureAdvice.libraryMissing(), CaptureAdvice.libraryFix());
    }

    static CaptureProblem noSuchInterface(String name, List<String> existing) {
        String fix = existing.isEmpty() ? "this machine has none that can be captured on"
                : "choose one of " + String.join(", ", existing);
        return new CaptureProblem(Kind.NO_SUCH_INTERFACE, "there is no interface named '" + name + "'", fix);
    }

    static CaptureProblem badFilter(String message) {
        return new CaptureProblem(Kind.BAD_FILTER, message, "");
    }

    static CaptureProblem failed(String what) {
        return new CaptureProblem(Kind.FAILED, what, "");
    }

    public Kind kind() {
        return kind;
    }

    /** What is wrong, such as "capturing needs permission". */
    public String what() {
        return what;
    }

    /** The one fix for this operating system, or an empty string when the message says all there is. */
    public String fix() {
        return fix;
    }
}
