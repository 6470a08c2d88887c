package socketlab.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * Reads a classic pcap file (the format tcpdump -w writes) as a stream: a 24-byte file header, then per frame a
 * 16-byte record header and the captured bytes. Only the frame being read and one buffer of the file are in memory;
 * record headers are parsed in the buffer, so a frame costs one array, its bytes.
 */
final class PcapStreamReader implements PcapReader {
    private static final int BUFFER = 1 << 18;

    private final Path file;
    private final InputStream in;
    private final boolean bigEndian;
    private final boolean nanos;
    private final LinkType linkType;
    private final int snapLength;
    private final byte[] buffer = new byte[BUFFER];
    /** The unread bytes of the buffer are {@code buffer[pos..limit)}. */
    private int pos;
    /** The file offset of {@code buffer[0]}, so that a problem can say where in the file it is. */
    private long bufferStart = 24;
    private int limit;
    private long number;

    private PcapStreamReader(Path file, InputStream in, boolean bigEndian, boolean nanos, LinkType linkType,
            int snapLength) {
        this.file = file;
        this.in = in;
        this.bigEndian = bigEndian;
        this.nanos = nanos;
        this.linkType = linkType;
        this.snapLength = snapLength;
    }

    /** Reads {@code in} from its start; {@code file} names it in messages. The reader owns the stream. */
    static PcapStreamReader open(Path file, InputStream stream) throws PcapFileException {
        InputStream in = stream;
        try {
            byte[] h = new byte[24];
            int n = in.readNBytes(h, 0, 24);
            int magic = be32(h, 0);
            boolean bigEndian;
            boolean nanos;
            switch (magic) {
                case 0xa1b2c3d4 -> { bigEndian = true; nanos = false; }
                case 0xd4c3b2a1 -> { bigEndian = false; nanos = false; }
                case 0xa1b23c4d -> { bigEndian = true; nanos = true; }
                case 0x4d3cb2a1 -> { bigEndian = false; nanos = true; }
                default -> throw new PcapFileException(PcapFileException.Kind.NOT_A_CAPTURE,
                        file + ": not a capture file (it does not start like a pcap or pcapng file)");
            }
            if (n < 24) {
                throw new PcapFileException(PcapFileException.Kind.NOT_A_CAPTURE,
                        file + ": the capture file's header is cut short (" + n + " of 24 bytes)");
            }
            // A snap length of 0, negative or beyond the lab's maximum means "whole frames", as libpcap reads it.
            int snap = int32(h, 16, bigEndian);
            if (snap <= 0 || snap > MAX_FRAME) {
                snap = MAX_FRAME;
            }
            // The upper bits of the link type field may carry an FCS length (pcap-linktype(7)); the type is the low 16 bits.
            int code = int32(h, 20, bigEndian) & 0xffff;
            LinkType type = LinkType.fromCode(code).orElseThrow(() -> new PcapFileException(
                    PcapFileException.Kind.UNSUPPORTED, file + ": link type " + code + " is not supported (the lab"
                            + " decodes Ethernet, Linux cooked SLL and SLL2, BSD loopback and raw IP)"));
            PcapStreamReader r = new PcapStreamReader(file, in, bigEndian, nanos, type, snap);
            in = null;
            return r;
        } catch (IOException e) {
            throw new PcapFileException(PcapFileException.Kind.UNREADABLE, file + ": cannot be read ("
                    + e.getMessage() + ")");
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing more to report than the error already thrown
                }
            }
        }
    }

    @Override
    public LinkType linkType() {
        return linkType;
    }

    @Override
    public int snapLength() {
        return snapLength;
    }

    @Override
    public RawFrame next() throws PcapFileException {
        long at = number + 1;
        long offset = bufferStart + pos;
        try {
            int n = fill(16);
            offset = bufferStart + pos;
            if (n == 0) {
                return null;
            }
            if (n < 16) {
                throw damaged(at, offset, "the file ends inside its 16-byte record header (" + n + " bytes)");
            }
            long seconds = int32(buffer, pos, bigEndian) & 0xffff_ffffL;
            long fraction = int32(buffer, pos + 4, bigEndian) & 0xffff_ffffL;
            long capLen = int32(buffer, pos + 8, bigEndian) & 0xffff_ffffL;
            long origLen = int32(buffer, pos + 12, bigEndian) & 0xffff_ffffL;
            // The lab's own bound, whatever the header's snap length claims: a record never costs more than this.
            if (capLen > MAX_FRAME) {
                throw damaged(at, offset, "its record claims " + capLen + " captured bytes, more than the "
                        + MAX_FRAME + " a frame can hold");
            }
            pos += 16;
            byte[] data = new byte[(int) capLen];
            int got = Math.min(data.length, limit - pos);
            System.arraycopy(buffer, pos, data, 0, got);
            pos += got;
            if (got < data.length) {
                // A frame larger than what is buffered: the rest straight from the file, past the buffer.
                int direct = in.readNBytes(data, got, data.length - got);
                bufferStart += limit + direct;
                pos = 0;
                limit = 0;
                got += direct;
            }
            if (got < data.length) {
                throw damaged(at, offset, "the file ends after " + got + " of its " + capLen + " bytes");
            }
            number = at;
            long micros = seconds * 1_000_000L + (nanos ? fraction / 1000 : fraction);
            return new RawFrame(at, micros, (int) Math.max(capLen, Math.min(origLen, Integer.MAX_VALUE)), linkType,
                    data);
        } catch (IOException e) {
            throw new PcapFileException(PcapFileException.Kind.UNREADABLE, file + ": frame " + at + ", at byte "
                    + offset + ", cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Makes at least {@code want} bytes readable from {@code pos}, unless the file ends; returns how many are. */
    private int fill(int want) throws IOException {
        if (limit - pos >= want) {
            return limit - pos;
        }
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        limit -= pos;
        bufferStart += pos;
        pos = 0;
        while (limit < want) {
            int r = in.read(buffer, limit, buffer.length - limit);
            if (r < 0) {
                break;
            }
            limit += r;
        }
        return limit;
    }

    private PcapFileException damaged(long frame, long offset, String what) {
        return PcapFileException.damaged(file, frame, offset, what);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // a read-only file: nothing is lost when closing fails
        }
    }

    private static int be32(byte[] b, int off) {
        return ((b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }

    private static int int32(byte[] b, int off, boolean bigEndian) {
        int v = be32(b, off);
        return bigEndian ? v : Integer.reverseBytes(v);
    }
}
