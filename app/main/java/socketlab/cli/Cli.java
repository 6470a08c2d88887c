package socketlab.cli;

import java.io.PrintStream;

/** The {@code socketlab} command line: dispatches to one class per subcommand. */
public final class Cli {
    private Cli() {
    }

    /** Runs the command line and returns the exit code: 0 success, 1 the network or OS refused, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("socketlab: the command line is being built");
        return 2;
    }
}
