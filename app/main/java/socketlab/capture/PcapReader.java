package socketlab.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import socketlab.decode.LinkType;
import socketlab.decode.RawFrame;

/**
 * Reads the frames of a capture file one at a time, so that a file of any size is read in bounded memory. Classic
 * pcap files (either byte order, micro- or nanosecond timestamps) are read directly, which is the fast path; pcapng
 * files go through libpcap's own reader.
 */
public interface PcapReader extends AutoCloseable {

    /** The link-layer header type of the frames. */
    LinkType linkType();

    /** The snap length recorded in the file: the most bytes of a frame it keeps. */
    int snapLength();

    /** The next frame, numbered from 1, or {@code null} at the end of the file. */
    RawFrame next() throws PcapFileException;

    @Override
    void close();

    /** Opens a capture file, telling in plain words what is wrong when it cannot be read. */
    static PcapReader open(Path file) throws PcapFileException {
        byte[] magic = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(magic, 0, 4);
        } catch (NoSuchFileException e) {
            throw new PcapFileException(PcapFileException.Kind.UNREADABLE, file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new PcapFileException(PcapFileException.Kind.UNREADABLE, file + ": permission denied");
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "is a directory, not a file" : "cannot be read ("
                    + e.getMessage() + ")";
            throw new PcapFileException(PcapFileException.Kind.UNREADABLE, file + ": " + why);
        }
        if (n < 4) {
            throw new PcapFileException(PcapFileException.Kind.NOT_A_CAPTURE,
                    file + ": not a capture file (" + (n <= 0 ? "it is empty" : "only " + n + " bytes") + ")");
        }
        int m = ((magic[0] & 0xff) << 24) | ((magic[1] & 0xff) << 16) | ((magic[2] & 0xff) << 8) | (magic[3] & 0xff);
        if (m == 0x0a0d0d0a) {
            return OfflineHandleReader.open(file);
        }
        return PcapStreamReader.open(file);
    }
}
