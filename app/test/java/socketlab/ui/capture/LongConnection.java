package socketlab.ui.capture;

import static socketlab.decode.Packets.ACK;
import static socketlab.decode.Packets.PSH;
import static socketlab.decode.Packets.SYN;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LinkType;
import socketlab.decode.LocalAddresses;
import socketlab.decode.Packets;
import socketlab.decode.RawFrame;
import socketlab.ladder.TcpConversation;

/** A connection with many segments built byte by byte: a handshake, then the client sends a block per segment. */
final class LongConnection {
    private LongConnection() {
    }

    static TcpConversation of(int dataSegments) {
        byte[] c = Packets.ip("192.0.2.10");
        byte[] s = Packets.ip("198.51.100.20");
        byte[] block = "0123456789abcdef".repeat(16).getBytes(StandardCharsets.US_ASCII);
        List<byte[]> p = new ArrayList<>();
        p.add(Packets.tcp(c, s, 40000, 9, 1000, 0, SYN, 1000, new byte[0], new byte[0]));
        p.add(Packets.tcp(s, c, 9, 40000, 5000, 1001, SYN | ACK, 1000, new byte[0], new byte[0]));
        p.add(Packets.tcp(c, s, 40000, 9, 1001, 5001, ACK, 1000, new byte[0], new byte[0]));
        for (int i = 0; i < dataSegments; i++) {
            p.add(Packets.tcp(c, s, 40000, 9, 1001 + (long) i * block.length, 5001, PSH | ACK, 1000, new byte[0],
                    block));
        }
        FrameDecoder decoder = new FrameDecoder(LocalAddresses.loopbackOnly());
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            boolean fromClient = i != 1;
            byte[] ip = Packets.ipv4(fromClient ? c : s, fromClient ? s : c, 6, i, new byte[0], p.get(i));
            byte[] eth = Packets.loopbackEthernet(ip);
            frames.add(decoder.decode(new RawFrame(i + 1, 1_700_000_000_000_000L + i * 100L, eth.length,
                    LinkType.ETHERNET, eth)));
        }
        return TcpConversation.of(frames, 0, null).orElseThrow();
    }
}
