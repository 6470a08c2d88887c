package socketlab.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * Reads the frames of a capture file one at a time, so that a file of any size is read in bounded memory: classic pcap
 * (either byte order, micro- or nanosecond time stamps) and pcapng. Both are parsed by the lab itself, not libpcap,
 * with the same bounds: no record costs more than {@link #MAX_FRAME} bytes whatever its header says, and a damaged
 * file ends with one sentence naming the frame and byte offset, after the frames before it.
 */
public interface PcapReader extends AutoCloseable {

    /** The link-layer header type of the frames. */
    LinkType linkType();

    /**
     * The most bytes of a frame the lab keeps, whatever a file's header claims: libpcap's largest snap length. A
     * record that claims more is damage, never an allocation.
     */
    int MAX_FRAME = CaptureOptions.MAX_SNAPLEN;

    /** The snap length recorded in the file (the most bytes of a frame it keeps), within 1 to {@link #MAX_FRAME}. */
    int snapLength();

    /** The next frame, numbered from 1, or {@code null} at the end of the file. */
    RawFrame next() throws PcapFileException;

    @Override
    void close();

    /** Opens a capture file, telling in plain words what is wrong when it cannot be read. */
    static PcapReader open(Path file) throws PcapFileException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new PcapFileException(PcapFileException.Kind.MISSING, file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new PcapFileException(PcapFileException.Kind.UNREADABLE, file + ": permission denied");
        } catch (IOException e) {
            throw new PcapFileException(PcapFileException.Kind.UNREADABLE, file + ": cannot be read ("
                    + e.getMessage() + ")");
        }
        return open(file, in);
    }

    /**
     * Reads a capture from a stream (a file, standard input, bytes in memory), which the reader then owns and
     * closes; {@code name} is what messages call it.
     */
    static PcapReader open(Path name, InputStream stream) throws PcapFileException {
        PushbackInputStream in = new PushbackInputStream(stream, 4);
        boolean handedOver = false;
        try {
            byte[] magic = new byte[4];
            int n;
            try {
                n = in.readNBytes(magic, 0, 4);
            } catch (IOException e) {
                if (Files.isDirectory(name)) {
                    throw new PcapFileException(PcapFileException.Kind.MISSING, name + ": is a directory, not a file");
                }
                throw new PcapFileException(PcapFileException.Kind.UNREADABLE, name + ": cannot be read ("
                        + e.getMessage() + ")");
            }
            if (n < 4) {
                throw new PcapFileException(PcapFileException.Kind.NOT_A_CAPTURE,
                        name + ": not a capture file (" + (n <= 0 ? "it is empty" : "only " + n + " bytes") + ")");
            }
            try {
                in.unread(magic, 0, n);
            } catch (IOException e) {
                throw new IllegalStateException("the pushback buffer holds the four bytes just read", e);
            }
            int m = (magic[0] & 0xff) << 24 | (magic[1] & 0xff) << 16 | (magic[2] & 0xff) << 8 | (magic[3] & 0xff);
            handedOver = true;
            return m == PcapngReader.SECTION_HEADER ? PcapngReader.open(name, in) : PcapStreamReader.open(name, in);
        } finally {
            if (!handedOver) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing more to report than the problem already thrown
                }
            }
        }
    }
}
