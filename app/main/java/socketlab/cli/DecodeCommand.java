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

/**
 * {@code socketlab decode FILE}: reads a capture file frame by frame and writes one line per frame, either like
 * {@code tcpdump -nn} or as JSON keyed by Wireshark's field names. The file is streamed, so any size fits in memory.
 */
final class DecodeCommand {
    static final String NAME = "decode";

    static final String USAGE = """
            socketlab decode FILE [--format summary|json]
              Decodes a capture file (pcap or pcapng) with Ethernet, Linux cooked (SLL,
              SLL2), BSD loopback or raw IP frames, and writes one line per frame to standard output:
                --format summary    like tcpdump -nn: time, addresses, ports, flags, sequence numbers (default)
                --format json       one JSON object per frame, keyed by Wireshark field names (ip.ttl,
                                    tcp.flags.syn, tcp.seq relative, tcp.stream, checksum status ...)
              A frame that is cut short or inconsistent is reported in its line, never stops the run.
              A damaged file gives the frames before the damage, then one line naming the frame and byte offset.
              exit codes: 0 done, 1 the system refused to read the file, 2 bad options, no such file, not a
              capture file, a damaged one or an unsupported link type, 3 an internal error
            """;

    static final Set<String> VALUED = Set.of("--format");
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
        try {
            Options o = Options.parse(args, VALUED, Set.of());
            if (o.positionals().isEmpty()) {
                throw new UsageError("say which capture file to decode");
            }
            if (o.positionals().size() > 1) {
                throw new UsageError("unexpected argument \"" + o.positionals().get(1) + "\"");
            }
            file = Path.of(o.positionals().getFirst());
            format = o.choice("--format", "format", Format::fromId, List.of("summary", "json"), Format.SUMMARY);
        } catch (UsageError | java.nio.file.InvalidPathException e) {
            err.println("socketlab decode: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        // JSON reads every field of every frame: they are made on the decoding thread, overlapping the formatting.
        FrameDecoder decoder = new FrameDecoder(LocalAddresses.ofThisMachine(), format == Format.JSON);
        try (DecodedFrames frames = DecodedFrames.open(file, decoder)) {
            return write(frames, format, out);
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
    private static int write(DecodedFrames frames, Format format, PrintStream out)
            throws PcapFileException, InterruptedException {
        SummaryLine summary = format == Format.SUMMARY ? new SummaryLine() : null;
        // Lines collect in one large buffer that goes out as bytes in one write: no encoder or lock per line.
        StringBuilder text = new StringBuilder(OUTPUT_CHUNK + 4096);
        long count = 0;
        try {
            Frame frame;
            while ((frame = frames.next()) != null) {
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

    /** Writes the buffered lines as UTF-8 (ASCII, as a rule, which the string turns into bytes by one copy). */
    private static void flush(StringBuilder text, PrintStream out) {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
