package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS messages made by hand, good and bad: compression pointers that loop, point past the end or forward, counts that
 * promise more records than there are, records whose data lies about its length, and random damage. Each decodes
 * without an exception, a bad one to a malformed layer with its reason; and tcpdump reads every one of them, cut or
 * whole, exactly as the lab's summary does.
 */
class DnsMessagesTest {
    private static final byte[] CLIENT = Packets.ip("192.0.2.10");
    private static final byte[] SERVER = Packets.ip("198.51.100.53");
    private static final long SEED = 20_261_207L;

    @TempDir
    Path dir;

    /** A response using every record type the lab decodes, names compressed against the question. */
    static byte[] response() {
        Msg m = new Msg();
        m.u16(0x1234).u16(0x8580).u16(1).u16(7).u16(1).u16(1);
        m.name("www", "univ", "edu").u16(1).u16(1); // question at 12; "univ" at 16
        m.ptr(12).u16(5).u16(1).u32(300).u16(6).label("web").ptr(16); // CNAME web.univ.edu
        int web = 12 + 18 + 12;
        m.ptr(web).u16(1).u16(1).u32(300).u16(4).bytes(198, 51, 100, 10);
        m.ptr(web).u16(28).u16(1).u32(300).u16(16).bytes(0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10);
        m.ptr(16).u16(15).u16(1).u32(3600).u16(7).u16(10).label("mx").ptr(16);
        byte[] t1 = "v=lab".getBytes(StandardCharsets.US_ASCII);
        m.ptr(16).u16(16).u16(1).u32(60).u16(1 + t1.length + 1).u8(t1.length).bytes(t1).u8(0);
        m.ptr(16).u16(12).u16(1).u32(60).u16(2).ptr(12); // PTR www.univ.edu
        m.ptr(16).u16(99).u16(1).u32(60).u16(3).bytes(1, 2, 3); // SPF: shown as data
        m.ptr(16).u16(6).u16(1).u32(60).u16(2 + 2 + 20).ptr(16).ptr(16).u32(2026120701).u32(3600).u32(600)
                .u32(86400).u32(60); // authority: SOA
        m.u8(0).u16(41).u16(1232).u32(0x8000).u16(6).u16(10).u16(2).bytes(0xab, 0xcd); // OPT with an option
        return m.toArray();
    }

    static byte[] query() {
        return new Msg().u16(0xbeef).u16(0x0120).u16(1).u16(0).u16(0).u16(1).name("www", "univ", "edu").u16(28)
                .u16(1).u8(0).u16(41).u16(1232).u32(0).u16(0).toArray();
    }

    /** Damaged messages, each with the start of the reason the lab must give. */
    static List<Object[]> damaged() {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[] {new Msg().u16(1).u16(0x0100).u16(1).u16(0).u16(0).u16(0).ptr(12).u16(1).u16(1)
                .toArray(), "bad name: a compression pointer points forward or to itself"});
        out.add(new Object[] {new Msg().u16(2).u16(0x0100).u16(1).u16(0).u16(0).u16(0).ptr(0x3fff).u16(1).u16(1)
                .toArray(), "bad name: a compression pointer points past the end"});
        // two names pointing at each other: the second points forward to the first's pointer
        out.add(new Object[] {new Msg().u16(3).u16(0x8000).u16(1).u16(1).u16(0).u16(0).label("a").ptr(20).u16(1)
                .u16(1).ptr(13).u16(1).u16(1).u32(1).u16(4).bytes(1, 2, 3, 4).toArray(), "bad name: a compression"
                + " pointer points forward"});
        out.add(new Object[] {new Msg().u16(4).u16(0x8000).u16(1).u16(5).u16(0).u16(0).name("x").u16(1).u16(1)
                .ptr(12).u16(1).u16(1).u32(1).u16(4).bytes(1, 2, 3, 4).toArray(), "the header counts 5 answers but"
                + " the message ends after 1"});
        out.add(new Object[] {new Msg().u16(5).u16(0x8000).u16(1).u16(1).u16(0).u16(0).name("x").u16(1).u16(1)
                .ptr(12).u16(1).u16(1).u32(1).u16(40).bytes(1, 2, 3, 4).toArray(), "the data of answer 1 (40 bytes)"
                + " runs past"});
        out.add(new Object[] {new Msg().u16(6).u16(0x8000).u16(1).u16(1).u16(0).u16(0).name("x").u16(1).u16(1)
                .ptr(12).u16(1).u16(1).u32(1).u16(3).bytes(1, 2, 3).toArray(), "an A record holds 4 bytes, not 3"});
        out.add(new Object[] {new Msg().u16(7).u16(0x0100).u16(0).toArray(), "DNS header cut short: 6 of 12"});
        out.add(new Object[] {new Msg().u16(8).u16(0x0100).u16(1).u16(0).u16(0).u16(0).u8(0x80).u8(1).u16(1)
                .u16(1).toArray(), "bad name: a label starts with the reserved bits 10"});
        out.add(new Object[] {new Msg().u16(9).u16(0x0100).u16(1).u16(0).u16(0).u16(0).u8(40).bytes(1, 2)
                .toArray(), "bad name: a label of the name runs past the end"});
        return out;
    }

    @Test
    void goodMessagesDecodeEveryField() {
        Frame f = decode(udp(53, 40000, response()));
        assertEquals("eth:ip:udp:dns", f.protocols());
        assertTrue(f.malformed().isEmpty(), f::toString);
        assertEquals("Standard query response 0x1234 A www.univ.edu CNAME web.univ.edu A 198.51.100.10 AAAA"
                + " 2001:db8::10 MX 10 mx.univ.edu TXT PTR www.univ.edu SPF SOA univ.edu OPT", InfoText.of(f));
        Layer dns = f.layer("dns").orElseThrow();
        assertEquals("198.51.100.10", dns.field(DnsDissector.A).orElseThrow().value());
        assertEquals(List.of("v=lab", ""), dns.all(DnsDissector.TXT).stream().map(Field::value).toList());
        assertEquals(3, dns.field(DnsDissector.DATA).orElseThrow().number());
        assertEquals(1232, dns.number(DnsDissector.UDP_PAYLOAD, -1));
        assertTrue(dns.field(DnsDissector.EDNS_DO).orElseThrow().isSet());
        assertEquals(10, dns.number(DnsDissector.OPT_CODE, -1));
        assertEquals("Standard query 0xbeef AAAA www.univ.edu OPT", InfoText.of(decode(udp(40000, 53, query()))));
    }

    @Test
    void damagedMessagesAreMalformedWithTheReason() {
        for (Object[] bad : damaged()) {
            Frame f = MalformedFramesTest.check(raw(udp(40000, 53, (byte[]) bad[0])));
            assertTrue(f.has("dns"), f::toString);
            String reason = f.malformed().orElseThrow(() -> new AssertionError("not malformed: " + f)).reason();
            assertTrue(reason.startsWith((String) bad[1]), reason + " should start with " + bad[1]);
            assertTrue(InfoText.of(f).contains("[Malformed Packet: "), InfoText.of(f));
        }
    }

    @Test
    void everyCutRandomDamageAndTcpFramingReadsAsTcpdumpReadsIt() throws Exception {
        List<byte[]> frames = new ArrayList<>();
        List<byte[]> messages = new ArrayList<>(List.of(response(), query()));
        for (Object[] bad : damaged()) {
            messages.add((byte[]) bad[0]);
        }
        Random random = new Random(SEED);
        byte[] good = response();
        for (int i = 0; i < 300; i++) {
            byte[] m = good.clone();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                m[random.nextInt(m.length)] = (byte) random.nextInt(256);
            }
            messages.add(m);
        }
        for (byte[] m : messages) {
            frames.add(udp(53, 40000, m));
            frames.add(tcp(m, m.length));
        }
        frames.add(tcp(query(), 500)); // a length prefix that does not match the segment
        List<Integer> originals = new ArrayList<>();
        List<byte[]> written = new ArrayList<>();
        for (byte[] f : frames) {
            written.add(f);
            originals.add(f.length);
        }
        byte[] whole = udp(53, 40000, response());
        for (int cut = 14 + 20 + 8; cut < whole.length; cut++) {
            written.add(Arrays.copyOf(whole, cut));
            originals.add(whole.length);
        }
        Path file = dir.resolve("dns-made.pcap");
        try (PcapWriter w = new PcapWriter(file, 1)) {
            for (int i = 0; i < written.size(); i++) {
                w.frame(1_765_000_000_000_000L + i, originals.get(i), written.get(i));
            }
        }
        List<String> expected = Tcpdump.read(file, "-nn");
        List<String> lines = Captured.summaries(file);
        assertEquals(String.join("\n", expected), String.join("\n", lines));
        for (Frame f : Captured.frames(file)) {
            MalformedFramesTest.check(f.raw());
        }
    }

    private static Frame decode(byte[] frame) {
        return new FrameDecoder(LocalAddresses.loopbackOnly()).decode(raw(frame));
    }

    private static RawFrame raw(byte[] frame) {
        return new RawFrame(1, 1_765_000_000_000_000L, frame.length, LinkType.ETHERNET, frame);
    }

    static byte[] udp(int sport, int dport, byte[] message) {
        return Packets.loopbackEthernet(Packets.ipv4(CLIENT, SERVER, 17, 7, new byte[0],
                Packets.udp(CLIENT, SERVER, sport, dport, message)));
    }

    static byte[] tcp(byte[] message, int prefix) {
        byte[] framed = Packets.concat(new byte[] {(byte) (prefix >> 8), (byte) prefix}, message);
        return Packets.loopbackEthernet(Packets.ipv4(CLIENT, SERVER, 6, 8, new byte[0], Packets.tcp(CLIENT, SERVER,
                41000, 53, 1000, 2000, Packets.PSH | Packets.ACK, 512, new byte[0], framed)));
    }

    /** A DNS message written field by field. */
    static final class Msg {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Msg u8(int v) {
            out.write(v);
            return this;
        }

        Msg u16(int v) {
            return u8(v >> 8).u8(v & 0xff);
        }

        Msg u32(long v) {
            return u16((int) (v >> 16) & 0xffff).u16((int) v & 0xffff);
        }

        Msg bytes(int... v) {
            for (int b : v) {
                u8(b);
            }
            return this;
        }

        Msg bytes(byte[] v) {
            out.writeBytes(v);
            return this;
        }

        Msg label(String l) {
            return u8(l.length()).bytes(l.getBytes(StandardCharsets.US_ASCII));
        }

        /** A whole name ending in the root. */
        Msg name(String... labels) {
            for (String l : labels) {
                label(l);
            }
            return u8(0);
        }

        Msg ptr(int offset) {
            return u16(0xc000 | offset);
        }

        byte[] toArray() {
            return out.toByteArray();
        }
    }
}
