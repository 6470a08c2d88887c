package socketlab.decode;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes classic pcap files for the tests and the benchmark: the format of tcpdump -w, in either byte order. */
public final class PcapWriter implements AutoCloseable {
    private final OutputStream out;
    private final ByteOrder order;
    private final boolean nanos;
    private final ByteBuffer header = ByteBuffer.allocate(16);

    public PcapWriter(Path file, int linkType) throws IOException {
        this(file, linkType, ByteOrder.LITTLE_ENDIAN, false);
    }

    public PcapWriter(Path file, int linkType, ByteOrder order, boolean nanos) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.order = order;
        this.nanos = nanos;
        header.order(order);
        ByteBuffer h = ByteBuffer.allocate(24).order(order);
        h.putInt(nanos ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(262_144).putInt(linkType);
        out.write(h.array());
    }

    /** A frame captured whole at {@code micros} since the epoch. */
    public void frame(long micros, byte[] data) throws IOException {
        frame(micros, data.length, data);
    }

    /** A frame of {@code originalLength} bytes on the wire of which {@code data} was captured. */
    public void frame(long micros, int originalLength, byte[] data) throws IOException {
        header.clear();
        header.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000 * (nanos ? 1000 : 1)))
                .putInt(data.length).putInt(originalLength);
        out.write(header.array());
        out.write(data);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
