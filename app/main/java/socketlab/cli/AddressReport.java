package socketlab.cli;

import java.util.ArrayList;
import java.util.List;
import socketlab.net.AddressAnatomy;
import socketlab.net.AddressClass;
import socketlab.net.Ipv6Forms;
import socketlab.net.NetworkOrder;
import socketlab.net.OrderNote;
import socketlab.net.ShorteningStep;
import socketlab.net.SockaddrField;
import socketlab.net.SockaddrLayout;

/** The text {@code socketlab addr} prints: an address's bytes, forms and class, and its socket address layout. */
final class AddressReport {
    /** Wrapped lines stay within this many characters, so that they read well in a 100-column terminal. */
    private static final int WIDTH = 100;

    private final StringBuilder text = new StringBuilder();

    private AddressReport() {
    }

    /** The whole report; {@code port} may be null, then the socket address structure is left out. */
    static String of(AddressAnatomy a, Integer port) {
        AddressReport r = new AddressReport();
        r.heading(a);
        if (a.version() == 4) {
            r.ipv4Bytes(a);
        } else {
            r.ipv6Steps(a);
            r.ipv6Bytes(a);
        }
        if (port == null) {
            r.line("");
            r.line("add --port N to see the " + (a.version() == 4 ? "sockaddr_in" : "sockaddr_in6")
                    + " a C program would pass to bind or connect");
        } else {
            r.layout(SockaddrLayout.of(a, port));
        }
        // Plain ASCII on every terminal, whatever its character set.
        return r.text.toString().replace("→", "->");
    }

    private void heading(AddressAnatomy a) {
        line(a.withZone() + "  (IPv" + a.version() + ", " + a.bytes().length + " bytes)");
        String typed = a.typed().replaceAll("^\\[|]$", "");
        if (!typed.equalsIgnoreCase("localhost") && !typed.equals(a.withZone())) {
            line("typed     " + a.typed() + ", written canonically as " + a.withZone());
        } else if (!typed.equals(a.withZone())) {
            line("typed     localhost, the name of " + a.canonical());
        }
        AddressClass c = a.addressClass();
        wrapped("class     ", c.kind().label() + (c.block().isEmpty() ? "" : " (" + c.block() + ")") + ": "
                + c.explanation());
        if (a.version() == 4) {
            line("mapped    " + a.mapped() + " is this address as an IPv6 socket sees it");
        } else if (!a.mapped().isEmpty()) {
            line("mapped    stands for the IPv4 address " + a.mapped());
        }
    }

    private void ipv4Bytes(AddressAnatomy a) {
        byte[] b = a.bytes();
        line("");
        line("bytes in network order (most significant first)");
        StringBuilder parts = new StringBuilder("  part    ");
        StringBuilder hex = new StringBuilder("  hex     ");
        StringBuilder bits = new StringBuilder("  binary  ");
        for (byte x : b) {
            parts.append("%-10s".formatted(x & 0xff));
            hex.append("%-10s".formatted(NetworkOrder.hex(x)));
            bits.append("%-10s".formatted(NetworkOrder.binary(x)));
        }
        line(parts.toString().stripTrailing());
        line(hex.toString().stripTrailing());
        line(bits.toString().stripTrailing());
        line("  as one 32-bit number: " + NetworkOrder.hexNumber(a.value(), 4) + " = " + a.value()
                + " (what ntohl(sin_addr.s_addr) gives)");
        line("  s_addr read without ntohl on a little-endian host: "
                + NetworkOrder.hexNumber(a.valueReadLittleEndian(), 4) + " = " + a.valueReadLittleEndian());
    }

    private void ipv6Steps(AddressAnatomy a) {
        line("");
        line("shortening (RFC 5952)");
        List<ShorteningStep> steps = a.steps();
        for (int i = 0; i < steps.size(); i++) {
            ShorteningStep s = steps.get(i);
            line("  " + (i + 1) + ". " + s.rule());
            line("     " + s.text());
            wrapped("     ", s.explanation());
        }
    }

    private void ipv6Bytes(AddressAnatomy a) {
        byte[] b = a.bytes();
        int[] groups = Ipv6Forms.groups(b);
        line("");
        line("bytes in network order (most significant first)");
        StringBuilder g = new StringBuilder("  group  ");
        StringBuilder hex = new StringBuilder("  bytes  ");
        for (int i = 0; i < groups.length; i++) {
            g.append("%-7s".formatted("%04x".formatted(groups[i])));
            hex.append("%-7s".formatted(NetworkOrder.hex(b[2 * i]) + " " + NetworkOrder.hex(b[2 * i + 1])));
        }
        line(g.toString().stripTrailing());
        line(hex.toString().stripTrailing());
    }

    private void layout(SockaddrLayout l) {
        line("");
        line(l.struct() + ", " + l.size() + " bytes, in memory on a little-endian Linux host");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"offset", "field", "bytes", "order", "meaning"});
        for (SockaddrField f : l.fields()) {
            rows.add(new String[] {String.valueOf(f.offset()), f.name(), NetworkOrder.hex(f.bytes()),
                    f.order().label(), f.meaning()});
        }
        int[] width = new int[4];
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < width.length; i++) {
                sb.append(r[i]).append(" ".repeat(width[i] - r[i].length() + 2));
            }
            line(sb.append(r[4]).toString());
        }
        line("  all " + l.size() + ": " + l.hexByField());
        line("");
        for (OrderNote n : l.notes()) {
            line("  " + n.code());
            wrapped("      ", n.explanation());
        }
    }

    /** Writes {@code s} after {@code lead}, wrapped at the report's width with the lead's indent. */
    private void wrapped(String lead, String s) {
        String indent = " ".repeat(lead.length());
        StringBuilder current = new StringBuilder(lead);
        boolean empty = true;
        for (String word : s.split(" ")) {
            if (!empty && current.length() + 1 + word.length() > WIDTH) {
                line(current.toString());
                current = new StringBuilder(indent);
                empty = true;
            }
            current.append(empty ? "" : " ").append(word);
            empty = false;
        }
        line(current.toString());
    }

    private void line(String s) {
        text.append(s).append('\n');
    }
}
