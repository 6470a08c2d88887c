package socketlab.ui;

/** Where the window tells the user that something went wrong: a dialog in the app, a recorder in tests. */
public interface ErrorReporter {

    /**
     * Reports a problem in plain words; may be called from any thread.
     *
     * @param headline what failed, in a few words
     * @param details  why, and what the user can do; never a stack trace
     */
    void report(String headline, String details);
}
