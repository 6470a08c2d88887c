package socketlab;

/** The launcher's entry point: no arguments opens the lab window, arguments run the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogFile.install(); // technical details go to the log file, never as a stack trace to the user
        if (args.length == 0) {
            socketlab.ui.LabApp.launchWindow(args);
        } else {
            System.exit(socketlab.cli.Cli.run(args, System.out, System.err));
        }
    }
}
