package socketlab.capture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * Reads a pcapng file (the format Wireshark and dumpcap write) as a stream of blocks: section headers (either byte
 * order), interface descriptions (link type, snap length, time stamp resolution and offset), and enhanced, simple
 * and obsolete packet blocks; every other block type is skipped, as the format asks. Parsed by the lab itself rather
 * than libpcap, so that an untrusted file is bounded the same way as a classic pcap: a block is read whole only when
 * its length is within {@link #MAX_BLOCK}, and a damaged file says which frame and byte offset went wrong.
 */
final class PcapngReader implements PcapReader {
    static final int SECTION_HEADER = 0x0a0d0d0a;
    private static final int BYTE_ORDER_MAGIC = 0x1a2b3c4d;
    private static final int INTERFACE = 1;
    private static final int OBSOLETE_PACKET = 2;
    private static final int SIMPLE_PACKET = 3;
    private static final int ENHANCED_PACKET = 6;
    /** The largest block read whole: a frame at the lab's cap with its header and generous options. */
    static final int MAX_BLOCK = MAX_FRAME + 64 * 1024;

    /** One interface of the current section: frames name it by index. */
    private record Interface(LinkType linkType, int code, int snapLength, boolean powerOfTwo, int exponent,
            long offsetSeconds) {
    }

    private final Path file;
    private final InputStream in;
    private final byte[] header = new byte[8];
    private final List<Interface> interfaces = new ArrayList<>();
    private boolean bigEndian;
    private long offset;
    private long number;
    private LinkType linkType;
    private int snapLength = MAX_FRAME;
    /** A packet block read while looking for the first interface, handed out by the first {@link #next()}. */
    private RawFrame pending;

    private PcapngReader(Path file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    /** Reads {@code stream} from its start; {@code file} names it in messages. The reader owns the stream. */
    static PcapngReader open(Path file, InputStream stream) throws PcapFileException {
        PcapngReader r = new PcapngReader(file, new BufferedInputStream(stream, 1 << 16));
        try {
            // The link type of the file is the first interface's: read up to it (and its first frame, if any).
            r.pending = r.read();
            if (r.linkType == null) {
                throw new PcapFileException(PcapFileException.Kind.NOT_A_CAPTURE, file
                        + ": the pcapng file describes no interface, so its frames cannot be decoded");
            }
            return r;
        } catch (PcapFileException | RuntimeException e) {
            r.close();
            throw e;
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
        if (pending != null) {
            RawFrame f = pending;
            pending = null;
            return f;
        }
        return linkType == null ? null : read();
    }

    /** Reads blocks until the next frame; {@code null} at the end of the file. */
    private RawFrame read() throws PcapFileException {
        while (true) {
            long at = offset;
            long frame = number + 1;
            int n = readFully(header, 0, 8);
            if (n == 0) {
                return null;
            }
            if (n < 8) {
                throw damaged(frame, at, "the file ends inside a block header (" + n + " of 8 bytes)");
            }
            int type = int32(header, 0, true);
            if (type == SECTION_HEADER) {
                startSection(frame, at);
                continue;
            }
            if (at == 0) {
                throw new PcapFileException(PcapFileException.Kind.NOT_A_CAPTURE, file
                        + ": not a capture file (it does not start like a pcap or pcapng file)");
            }
            type = int32(header, 0, bigEndian);
            long length = int32(header, 4, bigEndian) & 0xffff_ffffL;
            if (length < 12 || length % 4 != 0) {
                throw damaged(frame, at, "a block claims a length of " + length + " bytes, which no block can have"
                        + " (at least 12, a multiple of 4)");
            }
            boolean packet = type == ENHANCED_PACKET || type == SIMPLE_PACKET || type == OBSOLETE_PACKET;
            if (type != INTERFACE && !packet) {
                skip(frame, at, length - 8); // statistics, name resolution, custom and unknown blocks
                continue;
            }
            if (length > MAX_BLOCK) {
                throw damaged(frame, at, "its block claims " + length + " bytes, more than a frame of at most "
                        + MAX_FRAME + " bytes needs");
            }
            byte[] block = new byte[(int) length];
            System.arraycopy(header, 0, block, 0, 8);
            int got = readFully(block, 8, block.length - 8);
            if (got < block.length - 8) {
                throw damaged(frame, at, "the file ends after " + (got + 8) + " of its block's " + length + " bytes");
            }
            if ((int32(block, block.length - 4, bigEndian) & 0xffff_ffffL) != length) {
                throw damaged(frame, at, "the block's trailing length does not repeat its leading length "
                        + length);
            }
            if (type == INTERFACE) {
                addInterface(block, frame, at);
                continue;
            }
            return packet(type, block, frame, at);
        }
    }

    private void startSection(long frame, long at) throws PcapFileException {
        byte[] magic = new byte[4];
        if (readFully(magic, 0, 4) < 4) {
            throw damaged(frame, at, "the file ends inside a section header");
        }
        int m = int32(magic, 0, true);
        if (m == BYTE_ORDER_MAGIC) {
            bigEndian = true;
        } else if (m == Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
            bigEndian = false;
        } else if (at == 0) {
            throw new PcapFileException(PcapFileException.Kind.NOT_A_CAPTURE, file
                    + ": not a capture file (it starts like pcapng but its byte-order mark is wrong)");
        } else {
            throw damaged(frame, at, "a section header's byte-order mark is wrong");
        }
        long length = int32(header, 4, bigEndian) & 0xffff_ffffL;
        if (length < 28 || length % 4 != 0) {
            throw damaged(frame, at, "the section header claims a length of " + length + " bytes");
        }
        skip(frame, at, length - 12); // version, section length and options: nothing the lab needs
        interfaces.clear(); // interfaces are numbered per section
    }

    private void addInterface(byte[] block, long frame, long at) throws PcapFileException {
        if (block.length < 20) {
            throw damaged(frame, at, "an interface description of " + block.length + " bytes is too short");
        }
        int code = int32(block, 8, bigEndian) & 0xffff;
        int snap = int32(block, 12, bigEndian);
        boolean powerOfTwo = false;
        int exponent = 6; // microseconds unless the interface says otherwise
        long offsetSeconds = 0;
        int p = 16;
        while (p + 4 <= block.length - 4) {
            int option = int16(block, p);
            int len = int16(block, p + 2);
            if (option == 0) {
                break;
            }
            if (p + 4 + len > block.length - 4) {
                throw damaged(frame, at, "an interface option runs past the end of its block");
            }
            if (option == 9 && len >= 1) { // if_tsresol
                int v = block[p + 4] & 0xff;
                powerOfTwo = (v & 0x80) != 0;
                exponent = v & 0x7f;
                if (!powerOfTwo && exponent > 18 || powerOfTwo && exponent > 63) {
                    throw damaged(frame, at, "an interface's time stamp resolution (" + v + ") is out of range");
                }
            } else if (option == 14 && len >= 8) { // if_tsoffset
                offsetSeconds = int64(block, p + 4);
            }
            p += 4 + ((len + 3) & ~3);
        }
        LinkType type = LinkType.fromCode(code).orElse(null);
        Interface i = new Interface(type, code, snap <= 0 || snap > MAX_FRAME ? MAX_FRAME : snap, powerOfTwo, exponent,
                offsetSeconds);
        interfaces.add(i);
        if (linkType == null) {
            if (type == null) {
                throw new PcapFileException(PcapFileException.Kind.UNSUPPORTED, file + ": link type " + code
                        + " is not supported (the lab decodes Ethernet, Linux cooked SLL and SLL2, BSD loopback and"
                        + " raw IP)");
            }
            linkType = type;
            snapLength = i.snapLength();
        }
    }

    private RawFrame packet(int type, byte[] block, long frame, long at) throws PcapFileException {
        int index;
        long ticks;
        long capLen;
        long origLen;
        int dataAt;
        if (type == SIMPLE_PACKET) {
            if (block.length < 16) {
                throw damaged(frame, at, "a simple packet block of " + block.length + " bytes is too short");
            }
            index = 0;
            ticks = -1;
            origLen = int32(block, 8, bigEndian) & 0xffff_ffffL;
            dataAt = 12;
            capLen = Math.min(origLen, block.length - 16);
        } else {
            if (block.length < 32) {
                throw damaged(frame, at, "a packet block of " + block.length + " bytes is too short");
            }
            index = type == ENHANCED_PACKET ? int32(block, 8, bigEndian) : int16(block, 8);
            ticks = (long) int32(block, 12, bigEndian) << 32 | (int32(block, 16, bigEndian) & 0xffff_ffffL);
            capLen = int32(block, 20, bigEndian) & 0xffff_ffffL;
            origLen = int32(block, 24, bigEndian) & 0xffff_ffffL;
            dataAt = 28;
        }
        if (index < 0 || index >= interfaces.size()) {
            throw damaged(frame, at, "it names interface " + Integer.toUnsignedString(index) + ", but the section"
                    + " describes " + interfaces.size());
        }
        Interface i = interfaces.get(index);
        if (capLen > MAX_FRAME) {
            throw damaged(frame, at, "its block claims " + capLen + " captured bytes, more than the " + MAX_FRAME
                    + " a frame can hold");
        }
        if (dataAt + capLen > block.length - 4) {
            throw damaged(frame, at, "its block claims " + capLen + " captured bytes but holds only "
                    + (block.length - 4 - dataAt));
        }
        if (i.linkType() != linkType) {
            throw new PcapFileException(PcapFileException.Kind.UNSUPPORTED, file + ": frame " + frame + ", at byte "
                    + at + ": it comes from an interface of link type " + i.code() + ", while the file's first"
                    + " interface has " + linkType.code() + " (the lab reads one link type per file)");
        }
        byte[] data = new byte[(int) capLen];
        System.arraycopy(block, dataAt, data, 0, data.length);
        number = frame;
        long micros = type == SIMPLE_PACKET ? 0 : micros(ticks, i); // a simple packet has no time stamp
        return new RawFrame(frame, micros, (int) Math.max(capLen, Math.min(origLen, Integer.MAX_VALUE)), linkType,
                data);
    }

    /** Microseconds since the epoch of a time stamp counted in the interface's units (unsigned 64 bits). */
    private static long micros(long ticks, Interface i) {
        if (!i.powerOfTwo() && ticks >= 0 && (i.exponent() == 6 || i.exponent() == 9)) {
            // the common cases, microseconds and nanoseconds, without arithmetic on big numbers
            return (i.exponent() == 6 ? ticks : ticks / 1000) + i.offsetSeconds() * 1_000_000L;
        }
        BigInteger t = new BigInteger(Long.toUnsignedString(ticks));
        BigInteger micros = i.powerOfTwo()
                ? t.multiply(BigInteger.valueOf(1_000_000)).shiftRight(i.exponent())
                : i.exponent() >= 6 ? t.divide(BigInteger.TEN.pow(i.exponent() - 6))
                        : t.multiply(BigInteger.TEN.pow(6 - i.exponent()));
        return micros.longValue() + i.offsetSeconds() * 1_000_000L;
    }

    private void skip(long frame, long at, long n) throws PcapFileException {
        try {
            long left = n;
            while (left > 0) {
                long s = in.skip(left);
                if (s <= 0) {
                    if (in.read() < 0) {
                        break;
                    }
                    s = 1;
                }
                left -= s;
                offset += s;
            }
            if (left > 0) {
                throw damaged(frame, at, "the file ends inside a block that claims " + (n + 8) + " bytes");
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private int readFully(byte[] b, int off, int len) throws PcapFileException {
        try {
            int n = in.readNBytes(b, off, len);
            offset += n;
            return n;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private PcapFileException unreadable(IOException e) {
        return new PcapFileException(PcapFileException.Kind.UNREADABLE, file + ": cannot be read, at byte " + offset
                + " (" + e.getMessage() + ")");
    }

    private PcapFileException damaged(long frame, long at, String what) {
        return PcapFileException.damaged(file, frame, at, what);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // a read-only file: nothing is lost when closing fails
        }
    }

    private int int16(byte[] b, int off) {
        int v = (b[off] & 0xff) << 8 | (b[off + 1] & 0xff);
        return bigEndian ? v : Integer.reverseBytes(v) >>> 16;
    }

    private long int64(byte[] b, int off) {
        long hi = int32(b, off, bigEndian) & 0xffff_ffffL;
        long lo = int32(b, off + 4, bigEndian) & 0xffff_ffffL;
        return bigEndian ? hi << 32 | lo : lo << 32 | hi;
    }

    private static int int32(byte[] b, int off, boolean bigEndian) {
        int v = (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8 | (b[off + 3] & 0xff);
        return bigEndian ? v : Integer.reverseBytes(v);
    }
}
