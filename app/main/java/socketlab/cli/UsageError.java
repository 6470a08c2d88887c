package socketlab.cli;

/** Bad input on the command line; the message is the one line the user sees, and the exit code is 2. */
final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message, null, false, false);
    }
}
