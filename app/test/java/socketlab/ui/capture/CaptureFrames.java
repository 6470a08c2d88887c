package socketlab.ui.capture;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import socketlab.capture.CaptureOptions;
import socketlab.capture.CaptureSession;
import socketlab.capture.FrameCollector;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LinkType;
import socketlab.decode.Packets;
import socketlab.decode.RawFrame;

/** Decoded frames for the capture components' tests: a live loopback connection, and built frames of each kind. */
final class CaptureFrames {
    static final String LINE = "hello, capture\n";

    private CaptureFrames() {
    }

    /** A live loopback connection captured on lo: its frames decoded, and the client's port. */
    record Live(List<Frame> frames, int clientPort, int serverPort) {
        Frame syn() {
            return frames.getFirst();
        }

        /** The client's segment carrying {@link #LINE}. */
        Frame data() {
            return frames.stream().filter(f -> f.has("payload") && f.field("tcp.srcport").orElseThrow()
                    .number() == clientPort).findFirst().orElseThrow(() -> new AssertionError("no data in " + frames));
        }
    }

    /** Connects to a listening socket on 127.0.0.1, sends a line, and captures the frames until the data arrived. */
    static Live liveConnection() throws Exception {
        FrameCollector got = new FrameCollector();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                CaptureSession capture = CaptureSession.start(CaptureOptions.on("lo")
                        .withFilter("tcp port " + server.getLocalPort()), got)) {
            int clientPort;
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                    Socket accepted = server.accept()) {
                clientPort = client.getLocalPort();
                OutputStream out = client.getOutputStream();
                out.write(LINE.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                accepted.getInputStream().readNBytes(LINE.length());
                got.awaitUntil(f -> f.size() >= 4, "SYN, SYN-ACK, ACK and the data");
            }
            List<Frame> frames = new ArrayList<>();
            FrameDecoder decoder = new FrameDecoder();
            for (RawFrame f : got.frames()) {
                frames.add(decoder.decode(f));
            }
            return new Live(frames, clientPort, server.getLocalPort());
        }
    }

    static Frame decode(byte[] data) {
        return new FrameDecoder().decode(new RawFrame(1, 1_700_000_000_000_000L, data.length, LinkType.ETHERNET,
                data));
    }

    /** A TCP data segment between two lab machines with timestamps, as a lecture slide shows one. */
    static byte[] tcpData() {
        byte[] a = Packets.ip("192.0.2.10");
        byte[] b = Packets.ip("198.51.100.20");
        byte[] options = ByteBuffer.allocate(12).put((byte) 1).put((byte) 1).put((byte) 8).put((byte) 10)
                .putInt(1_234_567).putInt(7_654_321).array();
        byte[] tcp = Packets.tcp(a, b, 51213, 12345, 3_000_000_001L, 42_424_243L, Packets.PSH | Packets.ACK, 512,
                options, LINE.getBytes(StandardCharsets.US_ASCII));
        return Packets.ethernet(new byte[] {2, 0, 0, 0, 0, 2}, new byte[] {2, 0, 0, 0, 0, 1}, 0x0800,
                Packets.ipv4(a, b, 6, 0x1c46, new byte[0], tcp));
    }

    /** A frame of {@code size} bytes: a UDP datagram with a large payload. */
    /** A UDP datagram of made-up data (to no port the lab decodes, so that the data stays data). */
    static byte[] bigUdp(int size) {
        byte[] a = Packets.ip("192.0.2.10");
        byte[] b = Packets.ip("198.51.100.20");
        byte[] payload = new byte[size - 14 - 20 - 8];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) i;
        }
        return Packets.loopbackEthernet(Packets.ipv4(a, b, 17, 7, new byte[0], Packets.udp(a, b, 5353, 5354, payload)));
    }

    static byte[] ipv6Icmp() {
        byte[] a = Packets.ip("2001:db8::a");
        byte[] b = Packets.ip("2001:db8:0:1::b");
        byte[] echo = ByteBuffer.allocate(8).putShort((short) 0x1234).putShort((short) 1).putInt(0x61626364).array();
        return Packets.loopbackEthernet(Packets.ipv6(a, b, 58, Packets.icmpv6(a, b, 128, 0, echo)));
    }

    static byte[] arp() {
        byte[] mac = {2, 0, 0, 0, 0, 1};
        byte[] bcast = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        return Packets.ethernet(bcast, mac, 0x0806, Packets.arp(1, mac, Packets.ip("192.0.2.10"), new byte[6],
                Packets.ip("192.0.2.1")));
    }

    static byte[] icmpEcho() {
        byte[] a = Packets.ip("192.0.2.10");
        byte[] b = Packets.ip("198.51.100.20");
        return Packets.loopbackEthernet(Packets.ipv4(a, b, 1, 9, new byte[0], Packets.icmp(8, 0, 0x00420001,
                "ping".getBytes(StandardCharsets.US_ASCII))));
    }

    /** The first {@code length} bytes of {@code frame}, as a capture with that snap length keeps them. */
    static Frame snapped(byte[] frame, int length) {
        return new FrameDecoder().decode(new RawFrame(1, 1_700_000_000_000_000L, frame.length, LinkType.ETHERNET,
                cut(frame, length)));
    }

    static byte[] cut(byte[] frame, int length) {
        byte[] c = new byte[length];
        System.arraycopy(frame, 0, c, 0, length);
        return c;
    }

}
