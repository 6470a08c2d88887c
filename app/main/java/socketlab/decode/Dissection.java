package socketlab.decode;

import java.util.Arrays;

/** The state of decoding one frame: the layers found so far and what the outer layers tell the inner ones. */
final class Dissection {
    final RawFrame raw;
    final byte[] data;
    final LocalAddresses local;
    /** The capture's TCP state, updated by this frame; {@code null} when decoding the frame again for its fields. */
    final TcpStreams streams;
    /** Whether the layers keep their fields (else they are made on demand by decoding again). */
    final boolean eager;
    /** Slot 0 is kept for the {@code frame} layer, which is made last. */
    private Layer[] layers = new Layer[8];
    private int count = 1;
    private boolean stopped;

    /**
     * What the TCP state said about this frame's segment: recorded on the first decoding, given back when the frame
     * is decoded again (the state has moved on by then).
     */
    TcpInfo tcp;

    /** The link layer says the frame was sent by this machine (Linux cooked capture, "outgoing"). */
    boolean outgoing;
    /** IP version of the network layer, 0 before one is found; the transport's pseudo-header needs it. */
    int ipVersion;
    /** Frame offsets of the network layer's source and destination addresses. */
    int srcOffset;
    int dstOffset;
    /** Whether the IP packet is a fragment (so the transport header, if any, covers only part of the data). */
    boolean fragment;
    /** The lab servers' ports when the frame was first decoded: what their traffic is decoded as. */
    final java.util.Map<Integer, Protocol> labPorts;
    /** The transport layer's ports and kind, for the application layer inside it. */
    int srcPort;
    int dstPort;
    boolean overTcp;
    /**
     * Whether the TCP stream had chosen TLS 1.3 before this segment: recorded on the first decoding, given back when
     * the frame is decoded again, like {@link #tcp}.
     */
    boolean tls13;

    Dissection(RawFrame raw, LocalAddresses local, TcpStreams streams, boolean eager, TcpInfo tcp,
            java.util.Map<Integer, Protocol> labPorts, boolean tls13) {
        this.raw = raw;
        this.tls13 = tls13;
        this.labPorts = labPorts;
        this.data = raw.data();
        this.local = local;
        this.streams = streams;
        this.eager = eager;
        this.tcp = tcp;
        this.scratch = eager ? new Field[64] : null;
    }

    /** Field storage shared by the layers of this frame while each is built (each layer keeps a copy). */
    private final Field[] scratch;

    LayerBuilder builder(int start, int limit) {
        return new LayerBuilder(data, start, limit, scratch, eager);
    }

    /** Adds a protocol layer, which also joins {@code frame.protocols}. */
    void protocol(Layer layer) {
        add(layer);
    }

    private void add(Layer layer) {
        if (count == layers.length) {
            layers = Arrays.copyOf(layers, count * 2);
        }
        layers[count++] = layer;
    }

    /** Whether this machine sent the packet: an outgoing cooked-capture frame, or a source address of its own. */
    boolean sentHere() {
        if (outgoing) {
            return true;
        }
        return switch (ipVersion) {
            case 4 -> local.contains(data, srcOffset, 4);
            case 6 -> local.contains(data, srcOffset, 16);
            default -> false;
        };
    }

    /**
     * The data of a TCP segment or UDP datagram from {@code off} to {@code end}: decoded by the dissector registered
     * for its ports, else plain data.
     */
    void application(boolean tcp, int src, int dst, int off, int end) {
        Dissector next = off < Math.min(end, data.length) && !fragment
                ? DissectorTables.forPorts(tcp, src, dst, labPorts) : null;
        if (next == null) {
            payload(off, end);
            return;
        }
        srcPort = src;
        dstPort = dst;
        overTcp = tcp;
        next.dissect(this, off, end);
    }

    /** The bytes from {@code off} up to {@code end} (clipped to the capture) are data no protocol decoded. */
    void payload(int off, int end) {
        int stop = Math.min(end, data.length);
        if (stopped || off >= stop) {
            return;
        }
        LayerBuilder b = builder(off, stop);
        b.bytes(Fields.DATA, 0, stop - off);
        add(b.build(Layer.PAYLOAD, stop - off));
    }

    /** Decoding stops at {@code offset} for {@code reason}; the rest of the capture becomes the malformed layer. */
    void malformed(String reason, int offset) {
        if (stopped) {
            return;
        }
        stopped = true;
        int at = Math.max(0, Math.min(offset, data.length));
        LayerBuilder b = builder(at, data.length);
        b.generated(Fields.MALFORMED, reason);
        b.generated(Fields.MALFORMED_OFFSET, at);
        add(b.build(Layer.MALFORMED, data.length - at));
    }

    boolean stopped() {
        return stopped;
    }

    /** The decoded frame's layers: the {@code frame} layer first, then the layers found, then any padding left over. */
    Layer[] finish() {
        int covered = 0;
        for (int i = 1; i < count; i++) {
            Layer l = layers[i];
            covered = Math.max(covered, l.offset() + l.length());
        }
        if (!stopped && covered < data.length && count > 1) {
            // Bytes after the end the headers declare: the link layer's padding up to its minimum frame size.
            LayerBuilder b = builder(covered, data.length);
            b.bytes(Fields.PADDING, 0, data.length - covered);
            add(b.build(Fields.PADDING_LAYER, data.length - covered));
        }
        LayerBuilder f = builder(0, data.length);
        f.generated(Fields.FRAME_NUMBER, raw.number());
        f.generated(Fields.FRAME_TIME_EPOCH, raw.epochMicros());
        f.generated(Fields.FRAME_LEN, raw.originalLength());
        f.generated(Fields.FRAME_CAP_LEN, data.length);
        Layer[] all = Arrays.copyOf(layers, count);
        f.generated(Fields.FRAME_PROTOCOLS, eager ? Frame.protocols(all) : "");
        all[0] = f.build(Layer.FRAME, data.length);
        return all;
    }
}
