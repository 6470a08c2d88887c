package socketlab;

/**
 * The launcher's entry point: no arguments opens the lab window, a capture file opens the window on it (as a file
 * manager's double-click does), other arguments run the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogFile.install(); // technical details go to the log file, never as a stack trace to the user
        if (args.length == 0 || args.length == 1 && isCaptureFile(args[0])) {
            socketlab.ui.LabApp.launchWindow(args);
        } else {
            System.exit(socketlab.cli.Cli.run(args, System.out, System.err));
        }
    }

    /** Whether an argument names a capture file (by its extension) rather than a command. */
    public static boolean isCaptureFile(String arg) {
        String a = arg.toLowerCase(java.util.Locale.ROOT);
        return !a.startsWith("-") && (a.endsWith(".pcap") || a.endsWith(".pcapng") || a.endsWith(".cap"));
    }
}
