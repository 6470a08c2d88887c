package socketlab.ui.capture;

import java.util.List;
import java.util.Map;
import socketlab.decode.Field;

/**
 * The words inside a header diagram box: label candidates from the longest to the shortest (the box shows the
 * longest that fits) and the value as the lectures write it ({@code TTL 64}, {@code DF 1}, {@code MSS 65495 bytes}).
 */
final class BoxText {
    /** Short forms of the detail tree's labels, longest first; fields not listed use their own label. */
    private static final Map<String, List<String>> SHORT = Map.ofEntries(
            Map.entry("eth.dst", List.of("Destination MAC", "Dst MAC", "Dst")),
            Map.entry("eth.src", List.of("Source MAC", "Src MAC", "Src")),
            Map.entry("eth.type", List.of("EtherType", "Type")),
            Map.entry("ip.version", List.of("Version", "Ver", "V")),
            Map.entry("ip.hdr_len", List.of("IHL", "HL")),
            Map.entry("ip.dsfield", List.of("DS Field", "DS")),
            Map.entry("ip.dsfield.dscp", List.of("DSCP", "DS")),
            Map.entry("ip.dsfield.ecn", List.of("ECN", "E")),
            Map.entry("ip.len", List.of("Total Length", "Length", "Len")),
            Map.entry("ip.id", List.of("Identification", "ID")),
            Map.entry("ip.flags", List.of("Flags")),
            Map.entry("ip.flags.rb", List.of("R")),
            Map.entry("ip.flags.df", List.of("DF", "D")),
            Map.entry("ip.flags.mf", List.of("MF", "M")),
            Map.entry("ip.frag_offset", List.of("Fragment Offset", "Frag Offset", "Offset")),
            Map.entry("ip.ttl", List.of("TTL")),
            Map.entry("ip.proto", List.of("Protocol", "Proto")),
            Map.entry("ip.checksum", List.of("Header Checksum", "Checksum", "Cksum")),
            Map.entry("ip.src", List.of("Source Address", "Source", "Src")),
            Map.entry("ip.dst", List.of("Destination Address", "Destination", "Dst")),
            Map.entry("ip.options", List.of("Options", "Opt")),
            Map.entry("ip.opt.type", List.of("Type")),
            Map.entry("ip.opt.len", List.of("Length", "Len")),
            Map.entry("ipv6.version", List.of("Version", "Ver", "V")),
            Map.entry("ipv6.tclass", List.of("Traffic Class", "TC")),
            Map.entry("ipv6.tclass.dscp", List.of("DSCP", "DS")),
            Map.entry("ipv6.tclass.ecn", List.of("ECN", "E")),
            Map.entry("ipv6.flow", List.of("Flow Label", "Flow")),
            Map.entry("ipv6.plen", List.of("Payload Length", "Length", "Len")),
            Map.entry("ipv6.nxt", List.of("Next Header", "Next")),
            Map.entry("ipv6.hlim", List.of("Hop Limit", "Hops")),
            Map.entry("ipv6.src", List.of("Source Address", "Source", "Src")),
            Map.entry("ipv6.dst", List.of("Destination Address", "Destination", "Dst")),
            Map.entry("ipv6.ext.nxt", List.of("Next Header", "Next")),
            Map.entry("ipv6.ext.len", List.of("Hdr Ext Len", "Len")),
            Map.entry("ipv6.fraghdr.offset", List.of("Fragment Offset", "Offset")),
            Map.entry("ipv6.fraghdr.more", List.of("M")),
            Map.entry("ipv6.fraghdr.ident", List.of("Identification", "ID")),
            Map.entry("tcp.srcport", List.of("Source Port", "Src Port", "Src")),
            Map.entry("tcp.dstport", List.of("Destination Port", "Dst Port", "Dst")),
            Map.entry("tcp.seq", List.of("Sequence Number", "Seq")),
            Map.entry("tcp.seq_raw", List.of("Sequence Number", "Seq")),
            Map.entry("tcp.ack", List.of("Acknowledgment Number", "Ack Number", "Ack")),
            Map.entry("tcp.ack_raw", List.of("Acknowledgment Number", "Ack Number", "Ack")),
            Map.entry("tcp.hdr_len", List.of("Data Offset", "Offset", "Off")),
            Map.entry("tcp.flags", List.of("Flags")),
            Map.entry("tcp.flags.res", List.of("Reserved", "Rsv", "R")),
            Map.entry("tcp.flags.ae", List.of("AE")),
            Map.entry("tcp.flags.cwr", List.of("C")),
            Map.entry("tcp.flags.ece", List.of("E")),
            Map.entry("tcp.flags.urg", List.of("U")),
            Map.entry("tcp.flags.ack", List.of("A")),
            Map.entry("tcp.flags.push", List.of("P")),
            Map.entry("tcp.flags.reset", List.of("R")),
            Map.entry("tcp.flags.syn", List.of("S")),
            Map.entry("tcp.flags.fin", List.of("F")),
            Map.entry("tcp.window_size_value", List.of("Window", "Win")),
            Map.entry("tcp.checksum", List.of("Checksum", "Cksum")),
            Map.entry("tcp.urgent_pointer", List.of("Urgent Pointer", "Urgent", "Urg")),
            Map.entry("tcp.options", List.of("Options", "Opt")),
            Map.entry("tcp.options.nop", List.of("NOP", "N")),
            Map.entry("tcp.options.eol", List.of("EOL", "E")),
            Map.entry("tcp.options.mss", List.of("MSS")),
            Map.entry("tcp.options.wscale", List.of("Window Scale", "WS")),
            Map.entry("tcp.options.sack_perm", List.of("SACK Permitted", "SACK OK", "SP")),
            Map.entry("tcp.options.sack", List.of("SACK")),
            Map.entry("tcp.options.timestamp", List.of("Timestamps", "TS")),
            Map.entry("tcp.options.unknown", List.of("Option", "Opt")),
            Map.entry("udp.srcport", List.of("Source Port", "Src Port", "Src")),
            Map.entry("udp.dstport", List.of("Destination Port", "Dst Port", "Dst")),
            Map.entry("udp.length", List.of("Length", "Len")),
            Map.entry("udp.checksum", List.of("Checksum", "Cksum")),
            Map.entry("icmp.type", List.of("Type")),
            Map.entry("icmp.code", List.of("Code")),
            Map.entry("icmp.checksum", List.of("Checksum", "Cksum")),
            Map.entry("icmp.ident", List.of("Identifier", "ID")),
            Map.entry("icmp.seq", List.of("Sequence Number", "Seq")),
            Map.entry("icmp.mtu", List.of("Next-Hop MTU", "MTU")),
            Map.entry("icmp.redir_gw", List.of("Gateway Address", "Gateway")),
            Map.entry("icmpv6.type", List.of("Type")),
            Map.entry("icmpv6.code", List.of("Code")),
            Map.entry("icmpv6.checksum", List.of("Checksum", "Cksum")),
            Map.entry("icmpv6.echo.identifier", List.of("Identifier", "ID")),
            Map.entry("icmpv6.echo.sequence_number", List.of("Sequence Number", "Seq")),
            Map.entry("icmpv6.nd.na.flag", List.of("Flags", "RSO")),
            Map.entry("icmpv6.opt", List.of("Options", "Opt")),
            Map.entry("arp.hw.type", List.of("Hardware Type", "HW Type", "HW")),
            Map.entry("arp.proto.type", List.of("Protocol Type", "Proto Type", "Proto")),
            Map.entry("arp.hw.size", List.of("HW Size", "HLEN")),
            Map.entry("arp.proto.size", List.of("Proto Size", "PLEN")),
            Map.entry("arp.opcode", List.of("Opcode", "Op")),
            Map.entry("arp.src.hw_mac", List.of("Sender MAC", "SHA")),
            Map.entry("arp.src.proto_ipv4", List.of("Sender IP", "SPA")),
            Map.entry("arp.dst.hw_mac", List.of("Target MAC", "THA")),
            Map.entry("arp.dst.proto_ipv4", List.of("Target IP", "TPA")),
            Map.entry("data.data", List.of("Data")));

    private BoxText() {
    }

    /** Label candidates, longest first; the last is the shortest the box may fall back to. */
    static List<String> labels(Field f) {
        List<String> known = SHORT.get(f.name());
        return known != null ? known : List.of(f.def().label());
    }

    /** The value as the diagram writes it: shorter than the detail tree (no unit for plain counts). */
    static String value(Field f) {
        return values(f).getFirst();
    }

    /** The value in the forms a box may write it, longest first: {@code TCP (6)}, then {@code 6}. */
    static List<String> values(Field f) {
        String name = f.name();
        if (name.equals("ip.hdr_len") || name.equals("tcp.hdr_len")) {
            // The field holds 32-bit words; the lectures write both.
            return List.of(f.number() / 4 + " (" + f.number() + " bytes)", Long.toString(f.number() / 4));
        }
        return switch (f.def().format()) {
            case NAMED -> List.of(f.valueText(), Long.toString(f.number()));
            case NAMED_HEX -> List.of(f.valueText(), f.valueText().replaceAll(".*\\((0x[0-9a-f]+)\\)$", "$1"));
            default -> List.of(single(f));
        };
    }

    private static String single(Field f) {
        String name = f.name();
        if (name.equals("tcp.options.nop") || name.equals("tcp.options.eol")
                || name.equals("tcp.options.sack_perm")) {
            return ""; // the option is all there is to say
        }
        return switch (f.def().format()) {
            case DECIMAL -> f.def().unit().equals("bytes") && !name.endsWith("frag_offset")
                    && !name.endsWith("fraghdr.offset") ? f.number() + " bytes" : Long.toString(f.number());
            case FLAG -> Long.toString(f.number());
            case TEXT -> afterColon(f.valueText());
            default -> f.valueText();
        };
    }

    /** Option spans carry "Maximum segment size: 65495 bytes": the label is already on the box. */
    private static String afterColon(String text) {
        int colon = text.indexOf(": ");
        return colon >= 0 ? text.substring(colon + 2) : text;
    }

    /** The whole box as one line, for tooltips and accessibility: {@code Time to Live: 64}. */
    static String line(Field f) {
        return labels(f).getFirst() + " " + value(f);
    }
}
