package socketlab.ui.capture;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import socketlab.capture.PacketLog;
import socketlab.decode.Frame;
import socketlab.decode.InfoText;
import socketlab.decode.Protocol;

/**
 * The texts of the packet list's rows, decoded from the log when a row is drawn and kept for the few hundred rows
 * around the visible ones, so scrolling does not decode a frame once per column. JavaFX thread only.
 */
public final class PacketRows {
    /** Several screens of rows: scrolling back and forth decodes nothing twice. */
    private static final int CACHED = 2_048;

    private final PacketLog log;
    private final Map<Integer, PacketRow> cache = new LinkedHashMap<>(CACHED * 4 / 3, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, PacketRow> eldest) {
            return size() > CACHED;
        }
    };

    PacketRows(PacketLog log) {
        this.log = log;
    }

    /** The row of the packet at {@code index}. */
    public PacketRow of(int index) {
        PacketRow row = cache.get(index);
        if (row == null) {
            log.decodeRange(index, index + 1, (i, frame, micros) -> cache.put(i, PacketRow.of(frame, micros)));
            row = cache.get(index);
        }
        return row;
    }

    /**
     * Decodes the rows from {@code from} to {@code to} (exclusive) not yet kept, in one go: while packets arrive
     * faster than a screen a frame, the rows a list following the capture draws next cost the JavaFX thread one wait
     * for the log's writer, not one per row.
     */
    void prepare(int from, int to) {
        int first = from;
        while (first < to && cache.containsKey(first)) {
            first++;
        }
        if (first < to) {
            log.decodeRange(first, to, (i, frame, micros) -> cache.put(i, PacketRow.of(frame, micros)));
        }
    }

    void clear() {
        cache.clear();
    }

    /**
     * The columns of one row.
     *
     * @param layer the layer that names the row's colour: app (DNS, HTTP, TLS, the lab's text), tcp, udp, icmp, arp, ip, eth or malformed
     */
    public record PacketRow(long number, String time, String source, String destination, String protocol,
            int length, String info, String layer) {

        static PacketRow of(Frame f, long relativeMicros) {
            String layer = f.malformed().isPresent() ? "malformed"
                    : f.has(Protocol.DNS) || f.has(Protocol.HTTP) || f.has(Protocol.TLS) || f.has(Protocol.LAB) ? "app"
                    : f.has(Protocol.TCP) ? "tcp" : f.has(Protocol.UDP) ? "udp"
                    : f.has(Protocol.ICMP) || f.has(Protocol.ICMPV6) ? "icmp"
                    : f.has(Protocol.ARP) ? "arp" : f.has(Protocol.IP) || f.has(Protocol.IPV6) ? "ip" : "eth";
            return new PacketRow(f.number(), seconds(relativeMicros), InfoText.source(f), InfoText.destination(f),
                    InfoText.protocol(f), f.originalLength(), InfoText.of(f), layer);
        }

        /** Seconds since the first packet with six decimals, as Wireshark's Time column. */
        static String seconds(long micros) {
            return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, Math.abs(micros % 1_000_000));
        }
    }
}
