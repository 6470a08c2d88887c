package socketlab.capture;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * Writes frames to a classic pcap file (microsecond time stamps), the format tcpdump, Wireshark and every capture
 * tool read. Written by the lab itself rather than through libpcap, so saving needs neither libpcap nor permission
 * to capture, and keeps each frame's length on the wire even when the snap length cut it.
 */
public final class PcapWriter implements Closeable {
    private static final int MAGIC_MICROSECONDS = 0xa1b2c3d4;
    private static final short VERSION_MAJOR = 2;
    private static final short VERSION_MINOR = 4;

    private final OutputStream out;
    private final int snaplen;
    private final ByteBuffer recordHeader = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    private long written;

    private PcapWriter(OutputStream out, int snaplen) {
        this.out = out;
        this.snaplen = snaplen;
    }

    /**
     * Creates (or replaces) {@code file} and writes the file header.
     *
     * @param linkType the frames' link-layer header type
     * @param snaplen  the capture's snap length; no frame written may hold more bytes
     */
    public static PcapWriter create(Path file, LinkType linkType, int snaplen) throws IOException {
        if (snaplen < 1) {
            throw new IllegalArgumentException("snap length must be positive: " + snaplen);
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        try {
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(MAGIC_MICROSECONDS)
                    .putShort(VERSION_MAJOR)
                    .putShort(VERSION_MINOR)
                    .putInt(0) // time zone offset: time stamps are UTC
                    .putInt(0) // time stamp accuracy: unused by every reader
                    .putInt(snaplen)
                    .putInt(linkType.code());
            out.write(header.array());
        } catch (IOException e) {
            out.close();
            throw e;
        }
        return new PcapWriter(out, snaplen);
    }

    /** Writes {@code frames} to {@code file} in one go, as a capture is saved. */
    public static void save(Path file, LinkType linkType, int snaplen, Iterable<RawFrame> frames) throws IOException {
        try (PcapWriter w = create(file, linkType, snaplen)) {
            for (RawFrame f : frames) {
                w.write(f);
            }
        }
    }

    /** Appends one frame. */
    public void write(RawFrame frame) throws IOException {
        byte[] data = frame.data();
        if (data.length > snaplen) {
            throw new IllegalArgumentException("frame " + frame.number() + " holds " + data.length
                    + " bytes, more than the file's snap length " + snaplen);
        }
        long micros = frame.epochMicros();
        recordHeader.clear()
                .putInt((int) Math.floorDiv(micros, 1_000_000))
                .putInt((int) Math.floorMod(micros, 1_000_000))
                .putInt(data.length)
                // A file must never claim fewer bytes on the wire than it holds.
                .putInt(Math.max(frame.originalLength(), data.length));
        out.write(recordHeader.array());
        out.write(data);
        written++;
    }

    /** Why {@code file} could not be written, in plain words: "cannot write x.pcap: permission denied". */
    public static String cannotWrite(Path file, IOException e) {
        String reason = switch (e) {
            case NoSuchFileException n -> "its folder does not exist";
            case AccessDeniedException a -> "permission denied";
            // The OS's own words ("Is a directory") would reach the user raw.
            case FileSystemException f when Files.isDirectory(file) -> "it is a folder; name a file in it, such as "
                    + file.resolve("capture.pcap");
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
        return "cannot write " + file + ": " + reason;
    }

    /** Pushes what is buffered to the file, so that it is complete up to here even if the program is killed. */
    public void flush() throws IOException {
        out.flush();
    }

    /** The frames written so far. */
    public long framesWritten() {
        return written;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
