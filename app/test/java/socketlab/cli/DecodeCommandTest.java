package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.decode.Packets;
import socketlab.decode.PcapWriter;
import socketlab.decode.SampleFrames;
import socketlab.decode.Tcpdump;

/** {@code socketlab decode}: the lines it writes, and one plain line and the right exit code for each problem. */
class DecodeCommandTest {
    private final LineSink out = new LineSink();
    private final LineSink err = new LineSink();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, out.stream, err.stream);
    }

    private Path sampleFile() throws Exception {
        Path file = dir.resolve("sample.pcap");
        try (PcapWriter w = new PcapWriter(file, 1)) {
            long t = 1_732_227_594_177_677L;
            for (byte[] p : SampleFrames.ipPackets()) {
                w.frame(t++, Packets.loopbackEthernet(p));
            }
        }
        return file;
    }

    @Test
    void summaryIsTheDefaultAndReadsLikeTcpdump() throws Exception {
        Path file = sampleFile();
        assertEquals(0, run("decode", file.toString()));
        assertEquals(Tcpdump.read(file, "-nn"), out.all());
        assertEquals(List.of(), err.all());
    }

    @Test
    void jsonWritesOneObjectPerFrame() throws Exception {
        Path file = sampleFile();
        assertEquals(0, run("decode", "--format", "json", file.toString()));
        List<String> lines = out.all();
        assertEquals(SampleFrames.ipPackets().size(), lines.size());
        assertTrue(lines.getFirst().startsWith("{\"frame.number\":1,\"frame.time_epoch\":\"1732227594.177677\","),
                lines.getFirst());
        assertTrue(lines.getLast().endsWith("}"));
        assertEquals(List.of(), err.all());
    }

    @Test
    void aDamagedFileGivesItsFramesThenOneLineAndExitCodeTwo() throws Exception {
        Path file = sampleFile();
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - 3));
        assertEquals(2, run("decode", file.toString()));
        assertEquals(SampleFrames.ipPackets().size() - 1, out.all().size());
        assertEquals(1, err.all().size());
        assertTrue(err.all().getFirst().startsWith("socketlab decode: " + file + ": frame "
                + SampleFrames.ipPackets().size() + ", at byte "), err.all().getFirst());
        assertTrue(err.all().getFirst().contains(": the file ends after "), err.all().getFirst());
    }

    @Test
    void fileProblemsAreOneLineAndExitCodeTwo() throws Exception {
        Path missing = dir.resolve("nope.pcap");
        assertEquals(2, run("decode", missing.toString()));
        assertEquals(List.of("socketlab decode: " + missing + ": no such file"), err.all());
        Path text = dir.resolve("readme.txt");
        Files.writeString(text, "hello");
        assertEquals(2, run("decode", text.toString()));
        assertEquals("socketlab decode: " + text + ": not a capture file (it does not start like a pcap or pcapng"
                + " file)", err.all().getLast());
        assertEquals(List.of(), out.all());
    }

    @Test
    void badOptionsAreOneLineAndExitCodeTwo() throws Exception {
        assertEquals(2, run("decode"));
        assertEquals(List.of("socketlab decode: say which capture file to decode"), err.all());
        assertEquals(2, run("decode", "x.pcap", "--format", "xml"));
        assertEquals("socketlab decode: format must be summary or json, not \"xml\"", err.all().getLast());
        assertEquals(2, run("decode", "a.pcap", "b.pcap"));
        assertEquals("socketlab decode: unexpected argument \"b.pcap\"", err.all().getLast());
        assertEquals(List.of(), out.all());
    }

    @Test
    void helpDescribesTheFormats() {
        assertEquals(0, run("decode", "--help"));
        String help = String.join("\n", out.all());
        assertTrue(help.startsWith("socketlab decode FILE [--format summary|json]"), help);
        assertTrue(help.contains("tcpdump -nn") && help.contains("Wireshark field names"), help);
    }
}
