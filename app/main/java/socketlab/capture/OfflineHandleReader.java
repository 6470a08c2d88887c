package socketlab.capture;

import java.io.EOFException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.concurrent.TimeoutException;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * Reads a capture file through libpcap's offline handle (pcap4j), which also understands pcapng files whose
 * interfaces share one link type.
 */
final class OfflineHandleReader implements PcapReader {
    private final Path file;
    private final PcapHandle handle;
    private final LinkType linkType;
    private long number;

    private OfflineHandleReader(Path file, PcapHandle handle, LinkType linkType) {
        this.file = file;
        this.handle = handle;
        this.linkType = linkType;
    }

    static OfflineHandleReader open(Path file) throws PcapFileException {
        PcapHandle handle;
        try {
            handle = Pcaps.openOffline(file.toString(), PcapHandle.TimestampPrecision.NANO);
        } catch (PcapNativeException e) {
            throw new PcapFileException(PcapFileException.Kind.NOT_A_CAPTURE, file + ": not a capture file libpcap"
                    + " can read (" + LibpcapText.clean(e.getMessage()) + ")");
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new PcapFileException(PcapFileException.Kind.UNREADABLE, file + ": this is a pcapng file, and"
                    + " reading pcapng needs libpcap, which is not installed");
        }
        int code = handle.getDlt().value();
        LinkType type = LinkType.fromCode(code).orElse(null);
        if (type == null) {
            handle.close();
            throw new PcapFileException(PcapFileException.Kind.UNSUPPORTED, file + ": link type " + code + " ("
                    + handle.getDlt().name() + ") is not supported (the lab decodes Ethernet, Linux cooked SLL and"
                    + " SLL2, BSD loopback and raw IP)");
        }
        return new OfflineHandleReader(file, handle, type);
    }

    @Override
    public LinkType linkType() {
        return linkType;
    }

    @Override
    public int snapLength() {
        try {
            return handle.getSnapshot();
        } catch (NotOpenException e) {
            return 0;
        }
    }

    @Override
    public RawFrame next() throws PcapFileException {
        try {
            byte[] data = handle.getNextRawPacketEx();
            number++;
            return PacketDecoder.rawFrame(number, handle.getTimestamp(), handle.getOriginalLength(), linkType, data);
        } catch (EOFException e) {
            return null;
        } catch (PcapNativeException e) {
            throw new PcapFileException(PcapFileException.Kind.NOT_A_CAPTURE, file + ": frame " + (number + 1)
                    + " cannot be read (" + LibpcapText.clean(e.getMessage()) + ")");
        } catch (TimeoutException | NotOpenException e) {
            // Offline handles neither time out nor close under the reader; treat either as the end of the file.
            return null;
        }
    }

    @Override
    public void close() {
        handle.close();
    }

    static long micros(Timestamp ts) {
        return Math.floorDiv(ts.getTime(), 1000L) * 1_000_000L + ts.getNanos() / 1000;
    }
}
