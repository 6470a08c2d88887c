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

    /** A decoder that knows this machine's addresses, to explain bad checksums on packets it sent. */
    public FrameDecoder() {
        this(LocalAddresses.ofThisMachine());
    }

    public FrameDecoder(LocalAddresses local) {
        this.local = local;
    }

    /** The capture's TCP connections so far. */
    public TcpStreams streams() {
        return streams;
    }

    public Frame decode(RawFrame raw) {
        Dissection d = new Dissection(raw, local, streams);
        try {
            dissect(d);
        } catch (RuntimeException e) {
            // Every read is bounds-checked, so this is a bug in a dissector; the frame still shows what was found.
            LOG.log(Level.DEBUG, "decoding frame " + raw.number() + " failed", e);
            d.malformed("The lab could not decode this frame (" + e.getClass().getSimpleName() + ")", 0);
        }
        return d.finish();
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
        switch (type) {
            case 0x0800 -> Ipv4Dissector.dissect(d, start);
            case 0x86dd -> Ipv6Dissector.dissect(d, start);
            case 0x0806 -> ArpDissector.dissect(d, start);
            default -> d.payload(start, d.data.length);
        }
    }
}
