package socketlab.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import socketlab.capture.PcapFileException;
import socketlab.capture.DecodedFrames;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.JsonLines;
import socketlab.decode.LocalAddresses;
import socketlab.decode.SummaryLine;
import socketlab.filter.DisplayFilter;
import socketlab.filter.FilterResult;
import socketlab.stats.Conversation;
import socketlab.stats.Conversations;

/**
 * {@code socketlab decode FILE}: reads a capture file frame by frame and writes one line per frame, either like
 * {@code tcpdump -nn} or as JSON keyed by Wireshark's field names. The file is streamed, so any size fits in memory.
 */
final class DecodeCommand {
    static final String NAME = "decode";

    static final String USAGE = """
            socketlab decode FILE [--format summary|json] [--filter EXPR] [--conversations]
              Decodes a capture file (pcap or pcapng) with Ethernet, Linux cooked (SLL,
              SLL2), BSD loopback or raw IP frames, and writes one line per frame to standard output:
                --format summary    like tcpdump -nn: time, addresses, ports, flags, sequence numbers (default)
                --format json       one JSON object per frame, keyed by Wireshark field names (ip.ttl,
                                    tcp.flags.syn, tcp.seq relative, tcp.stream, checksum status ...)
                --filter EXPR       only the frames that pass a Wireshark display filter, such as
                                    'tcp.port == 80 && tcp.flags.syn == 1' or 'ip.addr == 10.0.0.0/8';
                                    frames keep their numbers in the file, as in tshark -Y (json's
                                    frame.number; summary lines stay tcpdump's, which has no numbers)
                --conversations     instead of the frames, a table of the TCP and UDP conversations (socket
                                    pairs): packets and bytes each way, start, duration, whether the capture
                                    saw TCP open and close them, and the filter that shows each one
              A frame that is cut short or inconsistent is reported in its line, never stops the run.
              A damaged file gives the frames before the damage, then one line naming the frame and byte offset.
              exit codes: 0 done, 1 the system refused to read the file, 2 bad options, a bad filter (the message
              says what and where, in Wireshark's words), no such file, not a capture file, a damaged one or an
              unsupported link type, 3 an internal error
            """;

    static final Set<String> VALUED = Set.of("--format", "--filter");
    private static final Set<String> FLAGS = Set.of("--conversations");
    /** How often (in frames) to notice that nobody reads the output any more, e.g. after "| head". */
    private static final int CHECK_EVERY = 4096;
    /** How many characters of output to collect before writing them. */
    private static final int OUTPUT_CHUNK = 1 << 16;

    enum Format {
        SUMMARY, JSON;

        static Optional<Format> fromId(String id) {
            return switch (id) {
                case "summary" -> Optional.of(SUMMARY);
                case "json" -> Optional.of(JSON);
                default -> Optional.empty();
            };
        }
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Path file;
        Format format;
        DisplayFilter filter;
        boolean conversations;
        try {
            Options o = Options.parse(args, VALUED, FLAGS);
            if (o.positionals().isEmpty()) {
                throw new UsageError("say which capture file to decode");
            }
            if (o.positionals().size() > 1) {
                throw new UsageError("unexpected argument \"" + o.positionals().get(1) + "\"");
            }
            file = Path.of(o.positionals().getFirst());
            format = o.choice("--format", "format", Format::fromId, List.of("summary", "json"), Format.SUMMARY);
            conversations = o.flag("--conversations");
            if (conversations && o.has("--format")) {
                throw new UsageError("--conversations prints a table: it takes no --format");
            }
            String text = o.value("--filter").orElse("");
            filter = switch (DisplayFilter.compile(text)) {
                case FilterResult.Valid v -> v.filter();
                case FilterResult.Invalid bad -> throw new UsageError("bad filter \"" + text + "\": "
                        + bad.error().oneLine());
            };
        } catch (UsageError | java.nio.file.InvalidPathException e) {
            err.println("socketlab decode: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        // JSON and a filter read the fields of every frame: they are made on the decoding thread, overlapping the
        // formatting and filtering.
        FrameDecoder decoder = new FrameDecoder(LocalAddresses.ofThisMachine(),
                format == Format.JSON || !filter.isAll() || conversations);
        try (DecodedFrames frames = DecodedFrames.open(file, decoder)) {
            return conversations ? conversations(frames, filter, out) : write(frames, format, filter, out);
        } catch (PcapFileException e) {
            err.println("socketlab decode: " + e.getMessage());
            // The system refusing to read the file is not the file's fault; a wrong name or a bad file is input.
            return e.kind() == PcapFileException.Kind.UNREADABLE ? Cli.REFUSED : Cli.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("socketlab decode: interrupted");
            return Cli.REFUSED;
        }
    }

    /** Formats each frame while the next ones are decoded on the reader's own thread. */
    private static int write(DecodedFrames frames, Format format, DisplayFilter filter, PrintStream out)
            throws PcapFileException, InterruptedException {
        SummaryLine summary = format == Format.SUMMARY ? new SummaryLine() : null;
        // Lines collect in one large buffer that goes out as bytes in one write: no encoder or lock per line.
        StringBuilder text = new StringBuilder(OUTPUT_CHUNK + 4096);
        long count = 0;
        try {
            Frame frame;
            while ((frame = frames.next()) != null) {
                if (!filter.matches(frame)) {
                    continue;
                }
                if (summary != null) {
                    summary.append(text, frame);
                } else {
                    JsonLines.append(text, frame);
                }
                text.append('\n');
                if (text.length() >= OUTPUT_CHUNK) {
                    flush(text, out);
                }
                if (++count % CHECK_EVERY == 0 && out.checkError()) {
                    return Cli.OK; // the reader went away (a closed pipe): stop quietly, as tcpdump does
                }
            }
            flush(text, out);
            out.flush();
            return Cli.OK;
        } catch (PcapFileException e) {
            flush(text, out);
            out.flush();
            throw e;
        }
    }

    /** Writes the table of the conversations among the frames that pass the filter. */
    private static int conversations(DecodedFrames frames, DisplayFilter filter, PrintStream out)
            throws PcapFileException, InterruptedException {
        Conversations table = new Conversations();
        long first = Long.MIN_VALUE;
        Frame frame;
        while ((frame = frames.next()) != null) {
            if (first == Long.MIN_VALUE) {
                first = frame.epochMicros();
            }
            if (filter.matches(frame)) {
                table.add(frame);
            }
        }
        List<Conversation> list = table.list();
        if (list.isEmpty()) {
            out.println("No TCP or UDP conversations" + (filter.isAll() ? "." : " among the frames that pass the"
                    + " filter."));
        } else {
            out.print(ConversationTable.of(list, first));
        }
        out.flush();
        return Cli.OK;
    }

    /** Writes the buffered lines as UTF-8 (ASCII, as a rule, which the string turns into bytes by one copy). */
    private static void flush(StringBuilder text, PrintStream out) {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
