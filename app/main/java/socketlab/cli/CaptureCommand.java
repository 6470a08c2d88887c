package socketlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import socketlab.capture.CaptureOptions;
import socketlab.capture.CaptureProblem;
import socketlab.capture.CaptureSession;
import socketlab.capture.Interfaces;
import socketlab.capture.NetInterface;
import socketlab.capture.PcapWriter;
import socketlab.decode.RawFrame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LinkType;
import socketlab.decode.SummaryLine;

/**
 * {@code socketlab capture}: captures this machine's own traffic on one interface and prints one line per frame,
 * optionally saving the frames as a pcap file, until a number of frames or a stop signal; then the counters.
 */
final class CaptureCommand {
    static final String NAME = "capture";
    static final int MAX_COUNT = 1_000_000_000;

    static final String USAGE = """
            socketlab capture [--interface IF] [--filter BPF] [--count N] [--write FILE] [--snaplen N]
            socketlab capture --list
              Captures the frames to and from this machine on one interface (never in promiscuous mode, so never
              other machines' traffic) and prints one line per frame: number, time, source > destination, protocol
              (TCP with its flags) and length on the wire. The first line, "capturing on IF ...", says that capture
              has started. Runs until N frames, Ctrl+C (SIGINT, also when started in the background of a script)
              or SIGTERM, then prints "N packets captured, K dropped by the kernel, I dropped by the interface"
              as libpcap counts them.

              options:
                --interface IF      the interface to capture on (default: the loopback interface, lo on Linux,
                                    which carries the lab's own servers and clients)
                --filter BPF        a capture filter in tcpdump's syntax, such as 'tcp port 5000'
                                    (default: every frame)
                --count N           stop after N frames, 1 to %d (default: until stopped)
                --write FILE        also save the frames to FILE as pcap, which tcpdump -r and Wireshark open
                --snaplen N         keep at most N bytes of each frame, 1 to %d (default %d: whole frames)
                --list              list the interfaces that can be captured on, and exit
              Capturing needs permission: run as root, or on Linux give the program the capture capability once
              (sudo setcap cap_net_raw=eip PROGRAM, where PROGRAM is the socketlab launcher; the error message
              names it). Socket Lab never raises its own privileges.
              exit codes: 0 done or stopped by a signal, 1 capture not permitted, libpcap missing, no such interface,
                          the file cannot be written or the capture failed, 2 bad options or filter
            """.formatted(MAX_COUNT, CaptureOptions.MAX_SNAPLEN, CaptureOptions.MAX_SNAPLEN);

    static final Set<String> VALUED = Set.of("--interface", "--filter", "--count", "--write", "--snaplen");
    private static final Set<String> FLAGS = Set.of("--list");

    /** What the command line asks for; a missing interface means the preferred one. */
    record Request(boolean list, Optional<String> interfaceName, String filter, int count, Optional<Path> write,
            int snaplen) {
    }

    private final StopSignal stop;
    private final ZoneId zone;

    CaptureCommand(StopSignal stop, ZoneId zone) {
        this.stop = stop;
        this.zone = zone;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = parse(args);
        } catch (UsageError e) {
            err.println("socketlab capture: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        try {
            if (request.list()) {
                for (NetInterface i : Interfaces.list()) {
                    out.println(i.describe());
                }
                out.flush();
                return Cli.OK;
            }
            stop.arm(); // before the first line: whoever reads it may signal at once
            int code = Cli.REFUSED;
            try {
                code = capture(request, out, err);
                return code;
            } finally {
                stop.done(code);
            }
        } catch (CaptureProblem e) {
            err.println("socketlab capture: " + e.getMessage());
            return e.kind() == CaptureProblem.Kind.BAD_FILTER ? Cli.BAD_INPUT : Cli.REFUSED;
        }
    }

    private int capture(Request request, PrintStream out, PrintStream err) throws CaptureProblem {
        NetInterface device = request.interfaceName().isPresent() ? Interfaces.find(request.interfaceName().get())
                : Interfaces.preferred(Interfaces.list()).orElse(null);
        if (device == null) {
            err.println("socketlab capture: this machine has no interface to capture on");
            return Cli.REFUSED;
        }
        CaptureOptions options = CaptureOptions.on(device.name()).withFilter(request.filter())
                .withSnaplen(request.snaplen()).withCount(request.count());
        FrameFile file = null;
        if (request.write().isPresent()) {
            file = new FrameFile(request.write().get(), options.snaplen());
            Optional<String> refused = file.probe();
            if (refused.isPresent()) {
                err.println("socketlab capture: " + refused.get());
                return Cli.REFUSED;
            }
        }
        Printer printer = new Printer(out, file);
        CaptureSession session;
        synchronized (printer) { // the header line comes before the first frame's
            session = CaptureSession.start(options, printer::print);
            printer.session = session;
            out.println("capturing on " + device.name() + (device.loopback() ? " (loopback)" : "")
                    + (options.filter().isEmpty() ? ", every frame" : ", filter '" + options.filter() + "'")
                    + ", link type " + session.linkType().description() + ", snapshot length " + options.snaplen()
                    + " bytes; Ctrl+C stops");
            out.flush();
        }
        Thread waiter = Thread.ofPlatform().daemon(true).name("socketlab-capture-stop").start(() -> {
            try {
                stop.await();
                session.stop();
            } catch (InterruptedException e) {
                // The capture ended by itself.
            }
        });
        try {
            session.awaitEnd();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.stop();
        }
        waiter.interrupt();
        Optional<String> fileFailure = file == null ? Optional.empty() : file.finish(session.linkType());
        out.println(session.stats().describe());
        out.flush();
        Optional<String> failure = fileFailure.or(() -> session.failure().map(CaptureProblem::getMessage));
        failure.ifPresent(m -> err.println("socketlab capture: " + m));
        return failure.isPresent() ? Cli.REFUSED : Cli.OK;
    }

    /**
     * Prints each batch of frames as lines, on the capture's delivering thread (never the one reading the kernel's
     * buffer), and saves them when asked to: one batch's lines go out in one write.
     */
    private final class Printer {
        private final PrintStream out;
        private final FrameFile file;
        // The decoder keeps TCP state across frames, so relative sequence numbers read as tcpdump prints them.
        private final FrameDecoder decoder = new FrameDecoder();
        private final SummaryLine summary = new SummaryLine(zone);
        private final StringBuilder lines = new StringBuilder(1 << 16);
        private final String newline = System.lineSeparator();
        CaptureSession session;

        Printer(PrintStream out, FrameFile file) {
            this.out = out;
            this.file = file;
        }

        synchronized void print(List<RawFrame> frames) {
            for (RawFrame f : frames) {
                lines.append(f.number()).append(' ');
                summary.append(lines, decoder.decode(f));
                lines.append(newline);
            }
            byte[] bytes = lines.toString().getBytes(out.charset());
            lines.setLength(0);
            out.write(bytes, 0, bytes.length); // a large write goes straight to the file, not through a small buffer
            out.flush();
            if (file != null && !file.write(frames)) {
                session.stop(); // the reason is reported when the capture has ended
            }
        }
    }

    /** The pcap file of --write, created when the first frames (and so their link type) are known. */
    private static final class FrameFile {
        private final Path path;
        private final int snaplen;
        private PcapWriter writer;
        private String failure;

        FrameFile(Path path, int snaplen) {
            this.path = path;
            this.snaplen = snaplen;
        }

        /** Creates the file once before capturing, so that a path that cannot be written stops the command early. */
        Optional<String> probe() {
            try {
                PcapWriter.create(path, LinkType.ETHERNET, snaplen).close();
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of(failure(e));
            }
        }

        /** Appends frames; false when the file cannot be written. */
        boolean write(List<RawFrame> frames) {
            if (failure != null) {
                return false;
            }
            try {
                if (writer == null) {
                    writer = PcapWriter.create(path, frames.getFirst().linkType(), snaplen);
                }
                for (RawFrame f : frames) {
                    writer.write(f);
                }
                writer.flush(); // complete up to here, whatever ends the program
                return true;
            } catch (IOException e) {
                failure = failure(e);
                return false;
            }
        }

        /** Closes the file, creating it with no frames when none came; the problem, if writing failed. */
        Optional<String> finish(LinkType linkType) {
            try {
                if (writer == null && failure == null) {
                    writer = PcapWriter.create(path, linkType, snaplen);
                }
                if (writer != null) {
                    writer.close();
                }
            } catch (IOException e) {
                failure = failure == null ? failure(e) : failure;
            }
            return Optional.ofNullable(failure);
        }

        private String failure(IOException e) {
            return PcapWriter.cannotWrite(path, e);
        }
    }

    /** The request the arguments describe. */
    static Request parse(List<String> args) throws UsageError {
        Options o = Options.parse(args, VALUED, FLAGS);
        if (!o.positionals().isEmpty()) {
            throw new UsageError("unexpected argument \"" + o.positionals().getFirst() + "\": give a filter with"
                    + " --filter, such as --filter 'tcp port 5000'");
        }
        if (o.flag("--list")) {
            if (VALUED.stream().anyMatch(o::has)) {
                throw new UsageError("--list takes no other options");
            }
            return new Request(true, Optional.empty(), "", 0, Optional.empty(), CaptureOptions.MAX_SNAPLEN);
        }
        Optional<String> device = o.value("--interface").map(String::strip);
        if (device.isPresent() && device.get().isEmpty()) {
            throw new UsageError("--interface is empty: name an interface (see 'socketlab capture --list')");
        }
        Optional<Path> write = Optional.empty();
        if (o.value("--write").isPresent()) {
            String name = o.value("--write").get().strip();
            if (name.isEmpty()) {
                throw new UsageError("--write is empty: name the file to save the frames in");
            }
            try {
                write = Optional.of(Path.of(name));
            } catch (InvalidPathException e) {
                throw new UsageError("--write: \"" + name + "\" cannot be a file name here: " + e.getReason());
            }
        }
        return new Request(false, device, o.value("--filter").orElse(""),
                o.number("--count", "count", 1, MAX_COUNT, 0),
                write,
                o.parsed("--snaplen", CaptureOptions::parseSnaplen, CaptureOptions.MAX_SNAPLEN));
    }
}
