package socketlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import socketlab.net.Ports;
import socketlab.stats.Conversation;

/** The conversations of a capture as an aligned text table, one row per socket pair, as {@code decode --conversations}. */
final class ConversationTable {
    private static final String[] HEADINGS = {"Conv", "Address A", "Port A", "Address B", "Port B", "A→B pkts",
        "A→B bytes", "B→A pkts", "B→A bytes", "Start s", "Duration s", "Opened", "Closed", "Filter"};

    private ConversationTable() {
    }

    /** The table: a heading line, then one line per conversation; {@code firstMicros} is the capture's start. */
    static String of(List<Conversation> conversations, long firstMicros) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Conversation c : conversations) {
            rows.add(new String[] {
                (c.isTcp() ? "TCP " : "UDP ") + c.stream(), c.addressA(), port(c.portA()), c.addressB(),
                port(c.portB()), Long.toString(c.packetsAtoB()), Long.toString(c.bytesAtoB()),
                Long.toString(c.packetsBtoA()), Long.toString(c.bytesBtoA()),
                seconds(c.startMicros() - firstMicros), seconds(c.durationMicros()),
                c.isTcp() ? (c.opened() ? "yes" : "no") : "-", c.isTcp() ? (c.closed() ? "yes" : "no") : "-",
                c.filter()});
        }
        int[] width = new int[HEADINGS.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean number = i >= 5 && i <= 10 || i == 2 || i == 4;
                String cell = r[i];
                String pad = " ".repeat(width[i] - cell.length());
                line.append(number ? pad + cell : cell + (i == r.length - 1 ? "" : pad));
                if (i < r.length - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** A port with its well-known service name, such as {@code 80 (http)}. */
    static String port(int port) {
        String name = Ports.wellKnownName(port);
        return name.isEmpty() ? Integer.toString(port) : port + " (" + name + ")";
    }

    private static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.6f", micros / 1e6);
    }
}
