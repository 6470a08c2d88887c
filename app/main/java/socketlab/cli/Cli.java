package socketlab.cli;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The {@code socketlab} command line: dispatches to one class per subcommand and returns the exit code. */
public final class Cli {
    /** The command ran and finished as asked. */
    public static final int OK = 0;
    /** The network or the operating system refused (port in use, permission denied, address not available). */
    public static final int REFUSED = 1;
    /** The command line or the input it named was wrong (a bad option, no such file, a damaged capture file). */
    public static final int BAD_INPUT = 2;
    /** The lab itself failed: a defect, or the machine ran out of memory. */
    public static final int INTERNAL = 3;

    private static final System.Logger LOG = System.getLogger(Cli.class.getName());

    static final String USAGE = """
            Socket Lab: a lab for exploring network connections, with the servers and clients of a sockets course.

            usage:
              socketlab                       open the lab window
              socketlab serve KIND [options]  run a lab server until Ctrl+C or SIGTERM
              socketlab bench [options]       measure the lab servers with many concurrent clients
              socketlab connect HOST PORT     connect one client: print both ends, then what the server sends
              socketlab burst HOST PORT       launch many clients against one server and summarise how they fared
              socketlab resolve NAME [...]    look a name up in DNS, or trace it from the root servers
              socketlab addr ADDR [--port N]  take an IP address apart: bytes, forms, sockaddr layout
              socketlab capture [options]     capture this machine's own traffic, one line per packet
              socketlab decode FILE [options] decode a capture file, one line per packet
              socketlab lessons [check FILE]  list the lessons, or check a lesson file
              socketlab help [COMMAND]        show this help, or one command's (also COMMAND --help)

            exit codes: 0 done, 1 the operating system or the network refused, 2 bad input (an option, a file),
                        3 an internal error (one line here, the details in the lab's log file)

            """;

    private Cli() {
    }

    /**
     * Runs the command line and returns the exit code: 0 success, 1 the network or OS refused, 2 bad input, 3 an
     * internal error.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> list = Arrays.asList(args);
        if (list.isEmpty()) {
            err.println("socketlab: say which command to run: " + commandList("or") + " (see 'socketlab --help')");
            return BAD_INPUT;
        }
        String command = list.getFirst();
        List<String> rest = list.subList(1, list.size());
        try {
            return switch (command) {
                case "-h", "--help" -> help(out);
                case "help" -> rest.isEmpty() ? help(out) : commandHelp(rest.getFirst(), out, err);
                case ServeCommand.NAME -> wantsHelp(rest, ServeCommand.VALUED) ? print(out, ServeCommand.USAGE)
                        : new ServeCommand(new ShutdownStop(ServeCommand.NAME, err)).run(rest, out, err);
                case "bench" -> wantsHelp(rest, BenchCommand.VALUED) ? print(out, BenchCommand.USAGE)
                        : new BenchCommand().run(rest, out, err);
                case ConnectCommand.NAME -> wantsHelp(rest, union(ConnectCommand.VALUED, ConnectCommand.REPEATABLE))
                        ? print(out, ConnectCommand.USAGE)
                        : new ConnectCommand().run(rest, out, err);
                case BurstCommand.NAME -> wantsHelp(rest, BurstCommand.VALUED) ? print(out, BurstCommand.USAGE)
                        : new BurstCommand().run(rest, out, err);
                case ResolveCommand.NAME -> wantsHelp(rest, ResolveCommand.VALUED) ? print(out, ResolveCommand.USAGE)
                        : new ResolveCommand().run(rest, out, err);
                case AddrCommand.NAME -> wantsHelp(rest, AddrCommand.VALUED) ? print(out, AddrCommand.USAGE)
                        : new AddrCommand().run(rest, out, err);
                case CaptureCommand.NAME -> wantsHelp(rest, CaptureCommand.VALUED) ? print(out, CaptureCommand.USAGE)
                        : new CaptureCommand(new ShutdownStop(CaptureCommand.NAME, err), ZoneId.systemDefault())
                                .run(rest, out, err);
                case DecodeCommand.NAME -> wantsHelp(rest, DecodeCommand.VALUED) ? print(out, DecodeCommand.USAGE)
                        : new DecodeCommand().run(rest, out, err);
                case LessonsCommand.NAME -> wantsHelp(rest, LessonsCommand.VALUED) ? print(out, LessonsCommand.USAGE)
                        : new LessonsCommand().run(rest, out, err);
                default -> unknown(command, err);
            };
        } catch (RuntimeException | Error e) {
            // A bug, not the user's input: one line for the user, the stack for whoever reads the log.
            LOG.log(Level.ERROR, "socketlab " + command + " failed", e);
            err.println("socketlab " + command + ": internal error: " + e + "; " + socketlab.LogFile.pointer());
            return INTERNAL;
        }
    }

    private static int help(PrintStream out) {
        out.print(USAGE + String.join("\n", ServeCommand.USAGE, BenchCommand.USAGE, ConnectCommand.USAGE,
                BurstCommand.USAGE, ResolveCommand.USAGE, AddrCommand.USAGE, CaptureCommand.USAGE,
                DecodeCommand.USAGE, LessonsCommand.USAGE));
        out.flush();
        return OK;
    }

    private static int commandHelp(String command, PrintStream out, PrintStream err) {
        return switch (command) {
            case ServeCommand.NAME -> print(out, ServeCommand.USAGE);
            case "bench" -> print(out, BenchCommand.USAGE);
            case ConnectCommand.NAME -> print(out, ConnectCommand.USAGE);
            case BurstCommand.NAME -> print(out, BurstCommand.USAGE);
            case ResolveCommand.NAME -> print(out, ResolveCommand.USAGE);
            case AddrCommand.NAME -> print(out, AddrCommand.USAGE);
            case CaptureCommand.NAME -> print(out, CaptureCommand.USAGE);
            case DecodeCommand.NAME -> print(out, DecodeCommand.USAGE);
            case LessonsCommand.NAME -> print(out, LessonsCommand.USAGE);
            default -> unknown(command, err);
        };
    }

    /**
     * Whether the arguments ask for help: {@code --help} or {@code -h} as an option, not as the value of one
     * ({@code --send -h} sends "-h"), and not after {@code --}.
     */
    static boolean wantsHelp(List<String> args, Set<String> takesValue) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
            if (arg.equals("--")) {
                return false;
            }
            if (takesValue.contains(arg) && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                i++; // its value, whatever it looks like
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static int print(PrintStream out, String text) {
        out.print(text);
        out.flush();
        return OK;
    }

    private static int unknown(String command, PrintStream err) {
        String what = command.startsWith("-") ? "unknown option " : "unknown command ";
        err.println("socketlab: " + what + command + "; commands are " + commandList("and")
                + " (see 'socketlab --help')");
        return BAD_INPUT;
    }

    /** The subcommands in words, "serve, bench, ... and decode", so that every message lists the same ones. */
    private static String commandList(String lastJoin) {
        List<String> names = List.of(ServeCommand.NAME, "bench", ConnectCommand.NAME, BurstCommand.NAME,
                ResolveCommand.NAME, AddrCommand.NAME, CaptureCommand.NAME, DecodeCommand.NAME, LessonsCommand.NAME);
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + lastJoin + " " + names.getLast();
    }
}
