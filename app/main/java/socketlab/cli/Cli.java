package socketlab.cli;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;

/** The {@code socketlab} command line: dispatches to one class per subcommand and returns the exit code. */
public final class Cli {
    /** The command ran and finished as asked. */
    public static final int OK = 0;
    /** The network or the operating system refused (port in use, permission denied, address not available). */
    public static final int REFUSED = 1;
    /** The command line itself was wrong. */
    public static final int BAD_INPUT = 2;

    private static final System.Logger LOG = System.getLogger(Cli.class.getName());

    static final String USAGE = """
            Socket Lab: a lab for exploring network connections, with the servers and clients of a sockets course.

            usage:
              socketlab                       open the lab window
              socketlab serve KIND [options]  run a lab server until Ctrl+C or SIGTERM
              socketlab bench [options]       measure the lab servers with many concurrent clients
              socketlab decode FILE [options] decode a capture file, one line per packet
              socketlab help [COMMAND]        show this help, or one command's (also COMMAND --help)

            """;

    private Cli() {
    }

    /** Runs the command line and returns the exit code: 0 success, 1 the network or OS refused, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> list = Arrays.asList(args);
        if (list.isEmpty()) {
            err.println("socketlab: say which command to run: serve or bench (see 'socketlab --help')");
            return BAD_INPUT;
        }
        String command = list.getFirst();
        List<String> rest = list.subList(1, list.size());
        try {
            return switch (command) {
                case "-h", "--help" -> help(out);
                case "help" -> rest.isEmpty() ? help(out) : commandHelp(rest.getFirst(), out, err);
                case ServeCommand.NAME -> wantsHelp(rest) ? print(out, ServeCommand.USAGE)
                        : new ServeCommand(new ShutdownStop(ServeCommand.NAME, err)).run(rest, out, err);
                case "bench" -> wantsHelp(rest) ? print(out, BenchCommand.USAGE)
                        : new BenchCommand().run(rest, out, err);
                case DecodeCommand.NAME -> wantsHelp(rest) ? print(out, DecodeCommand.USAGE)
                        : new DecodeCommand().run(rest, out, err);
                default -> unknown(command, err);
            };
        } catch (RuntimeException e) {
            // A bug, not the user's input: one line for the user, the stack for whoever reads the log.
            LOG.log(Level.DEBUG, "socketlab " + command + " failed", e);
            err.println("socketlab " + command + ": unexpected internal error: " + e);
            return REFUSED;
        }
    }

    private static int help(PrintStream out) {
        out.print(USAGE + ServeCommand.USAGE + "\n" + BenchCommand.USAGE + "\n" + DecodeCommand.USAGE);
        out.flush();
        return OK;
    }

    private static int commandHelp(String command, PrintStream out, PrintStream err) {
        return switch (command) {
            case ServeCommand.NAME -> print(out, ServeCommand.USAGE);
            case "bench" -> print(out, BenchCommand.USAGE);
            case DecodeCommand.NAME -> print(out, DecodeCommand.USAGE);
            default -> unknown(command, err);
        };
    }

    private static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    private static int print(PrintStream out, String text) {
        out.print(text);
        out.flush();
        return OK;
    }

    private static int unknown(String command, PrintStream err) {
        String what = command.startsWith("-") ? "unknown option " : "unknown command ";
        err.println("socketlab: " + what + command + "; commands are serve and bench (see 'socketlab --help')");
        return BAD_INPUT;
    }
}
