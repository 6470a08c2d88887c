package socketlab.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import socketlab.decode.Frame;
import socketlab.decode.Ipv4Dissector;
import socketlab.decode.Ipv6Dissector;
import socketlab.decode.Layer;
import socketlab.decode.Protocol;
import socketlab.decode.TcpDissector;
import socketlab.decode.UdpDissector;

/**
 * Gathers a capture's TCP and UDP conversations frame by frame, in capture order: TCP by its stream number (so the
 * row and the filter {@code tcp.stream == N} show the same packets), UDP by its socket pair in either direction.
 * Not thread-safe: one reader adds the frames.
 */
public final class Conversations {
    private final Map<Object, Builder> byKey = new HashMap<>();
    private final List<Builder> inOrder = new ArrayList<>();
    private int udpCount;

    /** Counts the frame in its conversation, if it carries TCP or UDP over IPv4 or IPv6. */
    public void add(Frame f) {
        Layer tcp = f.layer(Protocol.TCP).orElse(null);
        Layer udp = tcp == null ? f.layer(Protocol.UDP).orElse(null) : null;
        Layer transport = tcp != null ? tcp : udp;
        if (transport == null) {
            return;
        }
        Layer ip = f.layer(Protocol.IP).orElse(null);
        boolean v6 = ip == null;
        if (v6) {
            ip = f.layer(Protocol.IPV6).orElse(null);
            if (ip == null) {
                return;
            }
        }
        String p = (tcp != null ? Protocol.TCP : Protocol.UDP).layerName();
        String src = ip.text(v6 ? Ipv6Dissector.SRC : Ipv4Dissector.SRC);
        String dst = ip.text(v6 ? Ipv6Dissector.DST : Ipv4Dissector.DST);
        int sport = (int) transport.number(tcp != null ? TcpDissector.SRCPORT : UdpDissector.SRCPORT, -1);
        int dport = (int) transport.number(tcp != null ? TcpDissector.DSTPORT : UdpDissector.DSTPORT, -1);
        if (src == null || dst == null || sport < 0 || dport < 0) {
            return; // a header cut short: no socket pair to count it under
        }
        Object key;
        if (tcp != null) {
            long stream = tcp.number(TcpDissector.STREAM, -1);
            if (stream < 0) {
                return;
            }
            key = stream;
        } else {
            key = src.compareTo(dst) < 0 || src.equals(dst) && sport <= dport
                    ? List.of(src, sport, dst, dport) : List.of(dst, dport, src, sport);
        }
        Builder b = byKey.get(key);
        if (b == null) {
            b = new Builder(p, tcp != null ? (int) tcp.number(TcpDissector.STREAM, 0) : udpCount++, src, sport, dst,
                    dport, f.epochMicros(), v6);
            byKey.put(key, b);
            inOrder.add(b);
        }
        boolean fromA = src.equals(b.addressA) && sport == b.portA;
        if (fromA) {
            b.packetsAtoB++;
            b.bytesAtoB += f.originalLength();
        } else {
            b.packetsBtoA++;
            b.bytesBtoA += f.originalLength();
        }
        b.end = Math.max(b.end, f.epochMicros());
        if (tcp != null) {
            b.opened |= tcp.isSet(TcpDissector.FLAG_SYN);
            b.closed |= tcp.isSet(TcpDissector.FLAG_FIN) || tcp.isSet(TcpDissector.FLAG_RESET);
        }
    }

    /** The conversations so far: TCP ones by stream number, then UDP ones in the order they began. */
    public List<Conversation> list() {
        List<Conversation> out = new ArrayList<>(inOrder.size());
        for (Builder b : inOrder) {
            out.add(b.build());
        }
        out.sort(Comparator.comparing((Conversation c) -> !c.isTcp()).thenComparingInt(Conversation::stream));
        return out;
    }

    private static final class Builder {
        final String protocol;
        final int stream;
        final String addressA;
        final int portA;
        final String addressB;
        final int portB;
        final long start;
        final boolean ipv6;
        long packetsAtoB;
        long bytesAtoB;
        long packetsBtoA;
        long bytesBtoA;
        long end;
        boolean opened;
        boolean closed;

        Builder(String protocol, int stream, String addressA, int portA, String addressB, int portB, long start,
                boolean ipv6) {
            this.protocol = protocol;
            this.stream = stream;
            this.addressA = addressA;
            this.portA = portA;
            this.addressB = addressB;
            this.portB = portB;
            this.start = start;
            this.end = start;
            this.ipv6 = ipv6;
        }

        Conversation build() {
            return new Conversation(protocol, stream, addressA, portA, addressB, portB, packetsAtoB, bytesAtoB,
                    packetsBtoA, bytesBtoA, start, end, opened, closed, ipv6);
        }
    }
}
