package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socketlab.decode.Captured.flag;
import static socketlab.decode.Captured.number;
import static socketlab.decode.Captured.value;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.server.LabServer;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;

/**
 * Traffic the test makes on loopback, captured by the real tcpdump into a file, then decoded by the lab and checked
 * field by field, and line by line against tcpdump's own reading of the same file.
 */
class LoopbackCaptureTest {
    @TempDir
    Path dir;

    @Test
    void aTcpConnectionToALabEchoServerOverIpv4() throws Exception {
        Path file = dir.resolve("tcp4.pcap");
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { })) {
            int port = server.localEndpoint().port();
            int clientPort;
            List<Frame> frames;
            try (Tcpdump capture = Tcpdump.capture("lo", file, "tcp port " + port)) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    clientPort = s.getLocalPort();
                    s.getOutputStream().write("hello\n".getBytes(StandardCharsets.US_ASCII));
                    assertEquals("hello\n", new String(s.getInputStream().readNBytes(6), StandardCharsets.US_ASCII));
                    s.shutdownOutput();
                    assertEquals(-1, s.getInputStream().read(), "the echo server closes after the client");
                }
                frames = Captured.await(file, LoopbackCaptureTest::bothFinsAcked);
            }
            assertEquals(LinkType.ETHERNET, frames.getFirst().linkType());
            assertHandshakeDataAndClose(Captured.with(frames, "tcp"), "ip", clientPort, port);
            for (Frame f : frames) {
                assertEquals("eth:ip:tcp", f.protocols());
                assertEquals(4, number(f, "ip.version"));
                assertEquals("127.0.0.1", value(f, "ip.src"));
                assertEquals("127.0.0.1", value(f, "ip.dst"));
                assertEquals(6, number(f, "ip.proto"));
                assertEquals(Checksums.GOOD, value(f, "ip.checksum.status"), "IPv4 header checksum of " + f);
                assertEquals(14 + number(f, "ip.len"), f.capturedLength());
                assertEquals(f.originalLength(), f.capturedLength());
            }
            assertChecksumsAgreeWithTcpdump(file, frames, "tcp.checksum");
        }
        assertEquals(Tcpdump.read(file, "-nn"), Captured.summaries(file));
    }

    @Test
    void aTcpConnectionOverIpv6Loopback() throws Exception {
        Path file = dir.resolve("tcp6.pcap");
        InetAddress v6 = InetAddress.getByName("::1");
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(v6, 0));
            int port = listener.getLocalPort();
            int clientPort;
            List<Frame> frames;
            try (Tcpdump capture = Tcpdump.capture("lo", file, "ip6 and tcp port " + port)) {
                try (Socket client = new Socket(v6, port); Socket accepted = listener.accept()) {
                    clientPort = client.getLocalPort();
                    client.getOutputStream().write("hello\n".getBytes(StandardCharsets.US_ASCII));
                    InputStream in = accepted.getInputStream();
                    byte[] got = in.readNBytes(6);
                    OutputStream back = accepted.getOutputStream();
                    back.write(got);
                    assertArrayEquals(got, client.getInputStream().readNBytes(6));
                    client.shutdownOutput();
                    assertEquals(-1, in.read());
                    accepted.close();
                    assertEquals(-1, client.getInputStream().read());
                }
                frames = Captured.await(file, LoopbackCaptureTest::bothFinsAcked);
            }
            assertHandshakeDataAndClose(frames, "ipv6", clientPort, port);
            for (Frame f : frames) {
                assertEquals("eth:ipv6:tcp", f.protocols());
                assertEquals(6, number(f, "ipv6.version"));
                assertEquals("::1", value(f, "ipv6.src"));
                assertEquals("::1", value(f, "ipv6.dst"));
                assertEquals(6, number(f, "ipv6.nxt"));
                assertEquals(number(f, "tcp.hdr_len") + number(f, "tcp.len"), number(f, "ipv6.plen"));
                assertEquals(14 + 40 + number(f, "ipv6.plen"), f.capturedLength());
            }
            assertChecksumsAgreeWithTcpdump(file, frames, "tcp.checksum");
        }
        assertEquals(Tcpdump.read(file, "-nn"), Captured.summaries(file));
    }

    @Test
    void udpDatagramsAndThePortUnreachableForAClosedPort() throws Exception {
        Path file = dir.resolve("udp.pcap");
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        int closedPort;
        try (DatagramSocket probe = new DatagramSocket(0, lo)) {
            closedPort = probe.getLocalPort();
        }
        try (DatagramSocket receiver = new DatagramSocket(0, lo); DatagramSocket sender = new DatagramSocket(0, lo)) {
            int port = receiver.getLocalPort();
            int from = sender.getLocalPort();
            List<Frame> frames;
            String filter = "udp port " + port + " or udp port " + closedPort + " or (icmp and icmp[icmptype] == 3)";
            try (Tcpdump capture = Tcpdump.capture("lo", file, filter)) {
                for (String text : List.of("one", "datagram two")) {
                    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
                    sender.send(new DatagramPacket(b, b.length, lo, port));
                    DatagramPacket got = new DatagramPacket(new byte[64], 64);
                    receiver.setSoTimeout(30_000);
                    receiver.receive(got);
                    assertEquals(text, new String(got.getData(), 0, got.getLength(), StandardCharsets.US_ASCII));
                }
                byte[] lost = "nobody listens".getBytes(StandardCharsets.US_ASCII);
                sender.send(new DatagramPacket(lost, lost.length, lo, closedPort));
                frames = Captured.await(file, fs -> Captured.with(fs, "udp").size() >= 3
                        && fs.stream().anyMatch(f -> f.has("icmp") && quotesPort(f, closedPort)));
            }
            List<Frame> udp = Captured.with(frames, "udp").stream().filter(f -> !f.has("icmp")).toList();
            assertEquals(3, udp.size(), udp.toString());
            int[] lengths = {3, 12, 14};
            for (int i = 0; i < 3; i++) {
                Frame f = udp.get(i);
                assertEquals("eth:ip:udp", f.protocols());
                assertEquals(from, number(f, "udp.srcport"));
                assertEquals(i < 2 ? port : closedPort, number(f, "udp.dstport"));
                assertEquals(8 + lengths[i], number(f, "udp.length"));
                assertEquals(20 + 8 + lengths[i], number(f, "ip.len"));
                assertEquals(lengths[i], f.layer(Layer.PAYLOAD).orElseThrow().length());
                assertEquals(17, number(f, "ip.proto"));
            }
            Frame unreachable = frames.stream().filter(f -> f.has("icmp") && quotesPort(f, closedPort)).findFirst()
                    .orElseThrow();
            assertEquals(3, number(unreachable, "icmp.type"));
            assertEquals(3, number(unreachable, "icmp.code"), "port unreachable");
            assertEquals(Checksums.GOOD, value(unreachable, "icmp.checksum.status"));
            assertChecksumsAgreeWithTcpdump(file, udp, "udp.checksum");
        }
        assertEquals(Tcpdump.read(file, "-nn"), Captured.summaries(file));
    }

    @Test
    void pingOverIpv4AndIpv6() throws Exception {
        Path file = dir.resolve("ping.pcap");
        List<Frame> frames;
        try (Tcpdump capture = Tcpdump.capture("lo", file,
                "(icmp and (icmp[icmptype] == 8 or icmp[icmptype] == 0)) or (icmp6 and (ip6[40] == 128 or ip6[40] == 129))")) {
            ping("ping", "-c", "1", "-W", "5", "127.0.0.1");
            ping("ping", "-6", "-c", "1", "-W", "5", "::1");
            frames = Captured.await(file, fs -> Captured.with(fs, "icmp").size() >= 2
                    && Captured.with(fs, "icmpv6").size() >= 2);
        }
        assertEchoPair(Captured.with(frames, "icmp"), "icmp.type", 8, 0, "icmp.ident", "icmp.seq",
                "icmp.checksum.status", "eth:ip:icmp");
        assertEchoPair(Captured.with(frames, "icmpv6"), "icmpv6.type", 128, 129, "icmpv6.echo.identifier",
                "icmpv6.echo.sequence_number", "icmpv6.checksum.status", "eth:ipv6:icmpv6");
        assertEquals(Tcpdump.read(file, "-nn"), Captured.summaries(file));
    }

    @Test
    void theAnyDeviceGivesLinuxCookedFramesThatReadLikeTcpdump() throws Exception {
        Path file = dir.resolve("any.pcap");
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        try (DatagramSocket receiver = new DatagramSocket(0, lo); DatagramSocket sender = new DatagramSocket(0, lo)) {
            int port = receiver.getLocalPort();
            List<Frame> frames;
            try (Tcpdump capture = Tcpdump.capture("any", file, "udp port " + port)) {
                byte[] b = "cooked".getBytes(StandardCharsets.US_ASCII);
                sender.send(new DatagramPacket(b, b.length, lo, port));
                frames = Captured.await(file, fs -> !fs.isEmpty());
            }
            Frame f = frames.getFirst();
            assertTrue(f.linkType() == LinkType.LINUX_SLL2 || f.linkType() == LinkType.LINUX_SLL, f.linkType()::name);
            assertEquals("sll:ip:udp", f.protocols());
            assertEquals(0x0800, number(f, "sll.etype"));
            assertEquals(port, number(f, "udp.dstport"));
            assertEquals(8 + 6, number(f, "udp.length"));
        }
        assertEquals(Tcpdump.read(file, "-nn"), Captured.summaries(file));
    }

    /** SYN, SYN-ACK, ACK; 6 bytes each way; both FINs acknowledged; relative numbers as Wireshark shows them. */
    private static void assertHandshakeDataAndClose(List<Frame> tcp, String ip, int client, int server) {
        Frame syn = tcp.get(0);
        Frame synAck = tcp.get(1);
        Frame ack = tcp.get(2);
        assertTrue(flag(syn, "tcp.flags.syn") && !flag(syn, "tcp.flags.ack"), "first segment is the SYN");
        assertEquals(client, number(syn, "tcp.srcport"));
        assertEquals(server, number(syn, "tcp.dstport"));
        assertEquals(0, number(syn, "tcp.seq"));
        assertEquals(0, number(syn, "tcp.len"));
        assertTrue(syn.field("tcp.options.mss_val").isPresent(), "Linux sends MSS with its SYN");
        assertTrue(flag(synAck, "tcp.flags.syn") && flag(synAck, "tcp.flags.ack"), "then the SYN-ACK");
        assertEquals(server, number(synAck, "tcp.srcport"));
        assertEquals(client, number(synAck, "tcp.dstport"));
        assertEquals((number(syn, "tcp.seq_raw") + 1) & 0xffff_ffffL, number(synAck, "tcp.ack_raw"),
                "SYN-ACK ack = client ISN + 1");
        assertEquals(0, number(synAck, "tcp.seq"));
        assertEquals(1, number(synAck, "tcp.ack"));
        assertTrue(!flag(ack, "tcp.flags.syn") && flag(ack, "tcp.flags.ack"), "then the ACK");
        assertEquals((number(synAck, "tcp.seq_raw") + 1) & 0xffff_ffffL, number(ack, "tcp.ack_raw"),
                "ACK ack = server ISN + 1");
        assertEquals(1, number(ack, "tcp.seq"));
        assertEquals(1, number(ack, "tcp.ack"));

        Frame request = tcp.stream().filter(f -> number(f, "tcp.srcport") == client && number(f, "tcp.len") > 0)
                .findFirst().orElseThrow();
        assertEquals(1, number(request, "tcp.seq"));
        assertEquals(6, number(request, "tcp.len"));
        assertEquals(7, number(request, "tcp.nxtseq"));
        assertTrue(flag(request, "tcp.flags.push"));
        Layer payload = request.layer(Layer.PAYLOAD).orElseThrow();
        assertEquals("hello\n", new String(request.data(), payload.offset(), payload.length(),
                StandardCharsets.US_ASCII));
        Frame reply = tcp.stream().filter(f -> number(f, "tcp.srcport") == server && number(f, "tcp.len") > 0)
                .findFirst().orElseThrow();
        assertEquals(1, number(reply, "tcp.seq"));
        assertEquals(7, number(reply, "tcp.ack"), "the echo acknowledges the 6 bytes after the SYN");

        Frame clientFin = tcp.stream().filter(f -> number(f, "tcp.srcport") == client && flag(f, "tcp.flags.fin"))
                .findFirst().orElseThrow();
        Frame serverFin = tcp.stream().filter(f -> number(f, "tcp.srcport") == server && flag(f, "tcp.flags.fin"))
                .findFirst().orElseThrow();
        assertEquals(7, number(clientFin, "tcp.seq"), "the client's FIN follows its 6 bytes");
        assertEquals(7, number(serverFin, "tcp.seq"), "the server's FIN follows its 6 bytes");
        assertEquals(8, number(serverFin, "tcp.ack"), "the server's FIN acknowledges the client's FIN");
        Frame last = tcp.getLast();
        assertEquals(client, number(last, "tcp.srcport"));
        assertEquals(8, number(last, "tcp.ack"), "the last ACK acknowledges the server's FIN");
        for (Frame f : tcp) {
            assertEquals(0, number(f, "tcp.stream"));
            assertEquals(ip.equals("ip") ? 14 + 20 : 14 + 40, f.layer("tcp").orElseThrow().offset());
            assertFalse(f.malformed().isPresent(), f::toString);
            long flags = number(f, "tcp.flags");
            assertEquals(flags & 0x02, flag(f, "tcp.flags.syn") ? 0x02 : 0);
            assertEquals(flags & 0x10, flag(f, "tcp.flags.ack") ? 0x10 : 0);
        }
    }

    private static boolean bothFinsAcked(List<Frame> frames) {
        List<Frame> tcp = Captured.with(frames, "tcp");
        long fins = tcp.stream().filter(f -> flag(f, "tcp.flags.fin")).count();
        return fins >= 2 && !flag(tcp.getLast(), "tcp.flags.fin") && number(tcp.getLast(), "tcp.len") == 0
                && tcp.indexOf(tcp.stream().filter(f -> flag(f, "tcp.flags.fin")).toList().getLast())
                < tcp.size() - 1;
    }

    private static boolean quotesPort(Frame icmp, int port) {
        Layer l = icmp.layer(Layer.PAYLOAD).orElse(null);
        if (l == null || l.length() < 24) {
            return false;
        }
        int o = l.offset() + 20 + 2; // the quoted IP header, then the UDP destination port
        return ((icmp.data()[o] & 0xff) << 8 | (icmp.data()[o + 1] & 0xff)) == port;
    }

    private static void assertEchoPair(List<Frame> frames, String type, int request, int reply, String id,
            String seq, String status, String protocols) {
        Frame req = frames.stream().filter(f -> number(f, type) == request).findFirst().orElseThrow();
        Frame rep = frames.stream().filter(f -> number(f, type) == reply && number(f, id) == number(req, id))
                .findFirst().orElseThrow();
        assertEquals(number(req, seq), number(rep, seq));
        assertEquals(protocols, req.protocols());
        assertEquals(protocols, rep.protocols());
        assertEquals(Checksums.GOOD, value(req, status));
        assertEquals(Checksums.GOOD, value(rep, status));
        Layer a = req.layer(Layer.PAYLOAD).orElseThrow();
        Layer b = rep.layer(Layer.PAYLOAD).orElseThrow();
        assertArrayEquals(Arrays.copyOfRange(req.data(), a.offset(), a.offset() + a.length()),
                Arrays.copyOfRange(rep.data(), b.offset(), b.offset() + b.length()), "the reply echoes the data");
    }

    /**
     * tcpdump -vv checks transport checksums too: "(correct)", or "(incorrect -> 0xNNNN)" / "[bad udp cksum 0xA ->
     * 0xB!]". The lab's verdict and its "correct value" note must say the same for every packet. On loopback the
     * kernel leaves TCP and UDP checksums to a card that does not exist, so they are bad, and the note says why.
     */
    private static void assertChecksumsAgreeWithTcpdump(Path file, List<Frame> frames, String field)
            throws Exception {
        // One block of lines per packet: the first starts with the time.
        List<String> blocks = new java.util.ArrayList<>();
        for (String l : Tcpdump.read(file, "-nn", "-vv")) {
            if (l.matches("^\\d\\d:\\d\\d:.*")) {
                blocks.add(l);
            } else {
                blocks.set(blocks.size() - 1, blocks.getLast() + "\n" + l);
            }
        }
        Pattern tcp = Pattern.compile("cksum 0x(\\p{XDigit}{4}) \\((correct|incorrect -> 0x(\\p{XDigit}{4}))\\)");
        Pattern udp = Pattern.compile("\\[bad udp cksum 0x(\\p{XDigit}+) -> 0x(\\p{XDigit}+)!]|udp sum ok");
        int checked = 0;
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            String line = blocks.get((int) f.number() - 1);
            Field status = f.field(field + ".status").orElseThrow();
            Matcher m = (field.startsWith("tcp") ? tcp : udp).matcher(line);
            assertTrue(m.find(), line);
            boolean correct = field.startsWith("tcp") ? m.group(2).equals("correct") : m.group(1) == null;
            assertEquals(correct ? Checksums.GOOD : Checksums.BAD, status.value(), line);
            if (!correct) {
                String should = field.startsWith("tcp") ? m.group(3) : m.group(2);
                assertTrue(status.explanation().contains(String.format("0x%04x", Integer.parseInt(should, 16))),
                        status.explanation() + " vs " + line);
                assertTrue(status.explanation().contains("checksum offload"), status.explanation());
            }
            checked++;
        }
        assertEquals(frames.size(), checked);
    }

    private static void ping(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "ping did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
    }
}
