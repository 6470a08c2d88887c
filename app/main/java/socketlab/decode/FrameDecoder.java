package socketlab.decode;

import java.lang.System.Logger.Level;

/**
 * Decodes the frames of one capture, in order, into layers and fields. It keeps the capture's TCP state (stream
 * numbers, initial sequence numbers), so one decoder serves one capture. Nothing in the bytes can make it throw: a
 * truncated or inconsistent frame ends in a {@link Layer#MALFORMED} layer.
 */
public final class FrameDecoder {
    private static final System.Logger LOG = System.getLogger(FrameDecoder.class.getName());

    private final LocalAddresses local;
    private final TcpStreams streams = new TcpStreams();
    private final boolean eager;

    /** A decoder that knows this machine's addresses, to explain bad checksums on packets it sent. */
    public FrameDecoder() {
        this(LocalAddresses.ofThisMachine());
    }

    public FrameDecoder(LocalAddresses local) {
        this(local, false);
    }

    /**
     * @param eager make every layer's fields while decoding, instead of when they are first asked for: the answers
     *              are the same, only the work moves to the decoding thread, which suits a caller that reads every
     *              field of every frame (JSON output)
     */
    public FrameDecoder(LocalAddresses local, boolean eager) {
        this.local = local;
        this.eager = eager;
    }

    /** The capture's TCP connections so far. */
    public TcpStreams streams() {
        return streams;
    }

    /** Decodes the next frame of the capture: frames must come in capture order, since TCP state follows them. */
    public Frame decode(RawFrame raw) {
        java.util.Map<Integer, Protocol> labPorts = AppPorts.current();
        Dissection d = new Dissection(raw, local, streams, eager, null, labPorts, false);
        run(d);
        return new Frame(raw, d.finish(), local, d.tcp, labPorts, d.tls13);
    }

    /** The layers of a frame decoded before, this time with their fields, from what TCP state said about it then. */
    static Layer[] layersWithFields(RawFrame raw, LocalAddresses local, TcpInfo tcp,
            java.util.Map<Integer, Protocol> labPorts, boolean tls13) {
        Dissection d = new Dissection(raw, local, null, true, tcp, labPorts, tls13);
        run(d);
        return d.finish();
    }

    private static void run(Dissection d) {
        try {
            dissect(d);
        } catch (RuntimeException e) {
            // Every read is bounds-checked, so this is a bug in a dissector; the frame still shows what was found.
            LOG.log(Level.DEBUG, "decoding frame " + d.raw.number() + " failed", e);
            d.malformed("The lab could not decode this frame (" + e.getClass().getSimpleName() + ")", 0);
        }
    }

    private static void dissect(Dissection d) {
        int type = switch (d.raw.linkType()) {
            case ETHERNET -> LinkDissector.ethernet(d);
            case LINUX_SLL -> LinkDissector.sll(d);
            case LINUX_SLL2 -> LinkDissector.sll2(d);
            case NULL -> LinkDissector.bsdLoopback(d, false);
            case LOOP -> LinkDissector.bsdLoopback(d, true);
            case RAW, IPV4, IPV6 -> LinkDissector.raw(d);
        };
        if (type < 0) {
            return;
        }
        int start = switch (d.raw.linkType()) {
            case ETHERNET -> 14;
            case LINUX_SLL -> 16;
            case LINUX_SLL2 -> 20;
            case NULL, LOOP -> 4;
            case RAW, IPV4, IPV6 -> 0;
        };
        // VLAN tags (one, or two in a Q-in-Q frame) sit between the link header and the network header.
        for (int tags = 0; LinkDissector.isVlan(type) && tags < 2; tags++) {
            type = LinkDissector.vlan(d, start);
            if (type < 0) {
                return;
            }
            start += 4;
        }
        Dissector next = DissectorTables.forEtherType(type);
        if (next != null) {
            next.dissect(d, start, d.data.length);
        } else {
            d.payload(start, d.data.length);
        }
    }
}
