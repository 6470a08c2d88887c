package socketlab.capture;

import java.sql.Timestamp;
import java.util.Objects;
import java.util.Optional;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.namednumber.DataLinkType;
import socketlab.decode.Frame;
import socketlab.decode.FrameDecoder;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * The adapter between pcap4j and the lab's field model: turns what a pcap4j handle delivers (raw bytes or a pcap4j
 * {@link Packet}, with the handle's timestamp and original length) into {@link RawFrame}s and decoded
 * {@link Frame}s. The lab decodes the bytes itself, because its field table needs every field's bit offset and a
 * truncated frame must become a malformed layer rather than an exception.
 */
public final class PacketDecoder {
    private final LinkType linkType;
    private final FrameDecoder decoder;
    private long number;

    /** A decoder for one capture on a handle of that link type; frames are numbered from 1 in arrival order. */
    public PacketDecoder(LinkType linkType, FrameDecoder decoder) {
        this.linkType = Objects.requireNonNull(linkType);
        this.decoder = Objects.requireNonNull(decoder);
    }

    /** The lab's link type for pcap4j's, if the lab decodes it. */
    public static Optional<LinkType> linkType(DataLinkType dlt) {
        return LinkType.fromCode(dlt.value());
    }

    /** The frame the handle just delivered as raw bytes (after {@code getNextRawPacket} or in a listener). */
    public RawFrame next(PcapHandle handle, byte[] data) {
        return rawFrame(++number, handle.getTimestamp(), handle.getOriginalLength(), linkType, data);
    }

    /** The frame pcap4j just decoded as a {@link Packet}, from its raw bytes. */
    public RawFrame next(PcapHandle handle, Packet packet) {
        return next(handle, packet.getRawData());
    }

    /** Decodes a frame of this capture; frames must come in capture order (TCP state follows them). */
    public Frame decode(RawFrame frame) {
        return decoder.decode(frame);
    }

    static RawFrame rawFrame(long number, Timestamp ts, Integer originalLength, LinkType type, byte[] data) {
        long micros = ts == null ? 0 : CaptureSession.micros(ts);
        int length = originalLength == null ? data.length : Math.max(originalLength, data.length);
        return new RawFrame(number, micros, length, type, data);
    }
}
