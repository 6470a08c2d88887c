package socketlab.ui;

import java.lang.System.Logger.Level;

/** The default handler for exceptions nobody caught: the trace goes to the log, the user gets plain words. */
public final class UncaughtErrors {
    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

    private UncaughtErrors() {
    }

    /** Installs the handler for every thread, the JavaFX thread included. */
    public static void install(ErrorReporter reporter) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.log(Level.ERROR, "uncaught exception on thread " + thread.getName(), e);
            try {
                reporter.report("Socket Lab ran into an unexpected problem", plainWords(e)
                        + "\n\nThe lab keeps running; " + socketlab.LogFile.pointer() + ".");
            } catch (RuntimeException | Error reportFailed) {
                LOG.log(Level.ERROR, "could not show the problem to the user", reportFailed);
            }
        });
    }

    /** The exception's message without class names or traces, for people. */
    public static String plainWords(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && (root.getMessage() == null
                || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        String m = root.getMessage();
        if (m == null || m.isBlank()) {
            return "An internal error occurred (" + root.getClass().getSimpleName() + ").";
        }
        return m;
    }
}
