package socketlab.decode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object per frame, keyed by Wireshark display-filter names, so that the output compares field by field
 * with {@code tshark -T fields}. Only the documented keys are written, each layer's in a fixed order; a key is there
 * only when its layer is (and, for TCP options, when the option is). Integers are JSON numbers, flags booleans,
 * addresses and times strings.
 */
public final class JsonLines {
    /** The keys of each layer, in the order they are written. */
    static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry(Layer.FRAME, List.of("frame.number", "frame.time_epoch", "frame.len", "frame.cap_len",
                    "frame.protocols")),
            Map.entry("eth", List.of("eth.dst", "eth.src", "eth.type")),
            Map.entry("sll", List.of("sll.pkttype", "sll.etype")),
            Map.entry("null", List.of("null.family")),
            Map.entry("raw", List.of()),
            Map.entry("arp", List.of("arp.opcode", "arp.src.hw_mac", "arp.src.proto_ipv4", "arp.dst.hw_mac",
                    "arp.dst.proto_ipv4")),
            Map.entry("ip", List.of("ip.version", "ip.hdr_len", "ip.dsfield.dscp", "ip.dsfield.ecn", "ip.len",
                    "ip.id", "ip.flags.rb", "ip.flags.df", "ip.flags.mf", "ip.frag_offset", "ip.ttl", "ip.proto",
                    "ip.checksum", "ip.checksum.status", "ip.src", "ip.dst")),
            Map.entry("ipv6", List.of("ipv6.version", "ipv6.tclass", "ipv6.flow", "ipv6.plen", "ipv6.nxt",
                    "ipv6.hlim", "ipv6.src", "ipv6.dst")),
            Map.entry("tcp", List.of("tcp.srcport", "tcp.dstport", "tcp.seq_raw", "tcp.ack_raw", "tcp.seq",
                    "tcp.ack", "tcp.hdr_len", "tcp.flags", "tcp.flags.fin", "tcp.flags.syn", "tcp.flags.reset",
                    "tcp.flags.push", "tcp.flags.ack", "tcp.flags.urg", "tcp.flags.ece", "tcp.flags.cwr",
                    "tcp.window_size_value", "tcp.checksum", "tcp.checksum.status", "tcp.urgent_pointer", "tcp.len",
                    "tcp.stream", "tcp.options.mss_val", "tcp.options.sack_perm", "tcp.options.timestamp.tsval",
                    "tcp.options.timestamp.tsecr", "tcp.options.wscale.shift")),
            Map.entry("udp", List.of("udp.srcport", "udp.dstport", "udp.length", "udp.checksum",
                    "udp.checksum.status")),
            Map.entry("icmp", List.of("icmp.type", "icmp.code", "icmp.checksum")),
            Map.entry("icmpv6", List.of("icmpv6.type", "icmpv6.code", "icmpv6.checksum")),
            Map.entry("dns", List.of("dns.id", "dns.flags.response", "dns.flags.opcode", "dns.flags.authoritative",
                    "dns.flags.truncated", "dns.flags.recdesired", "dns.flags.recavail", "dns.flags.rcode",
                    "dns.count.queries", "dns.count.answers", "dns.count.auth_rr", "dns.count.add_rr",
                    "dns.qry.name", "dns.qry.type", "dns.qry.class", "dns.resp.name", "dns.resp.type",
                    "dns.resp.ttl", "dns.a", "dns.aaaa", "dns.cname", "dns.ns", "dns.ptr.domain_name",
                    "dns.mx.preference", "dns.mx.mail_exchange", "dns.txt", "dns.soa.mname", "dns.soa.rname",
                    "dns.soa.serial_number")),
            Map.entry("http", List.of("http.request.method", "http.request.uri", "http.request.version",
                    "http.response.version", "http.response.code", "http.response.phrase", "http.host",
                    "http.user_agent", "http.server", "http.content_type", "http.content_length")),
            Map.entry("tls", List.of("tls.record.content_type", "tls.record.version", "tls.record.length",
                    "tls.handshake.type", "tls.handshake.extensions_server_name", "tls.handshake.ciphersuite")),
            Map.entry(Layer.MALFORMED, List.of("_ws.malformed", "_ws.malformed.offset")));

    /**
     * The keys whose value is a JSON array of every occurrence in the layer, in wire order (a DNS message's
     * records), as {@code tshark -T fields -E occurrence=a} lists them.
     */
    static final java.util.Set<String> LISTS = java.util.Set.of("dns.resp.name", "dns.resp.type", "dns.resp.ttl",
            "dns.a", "dns.aaaa", "dns.cname", "dns.ns", "dns.ptr.domain_name", "dns.mx.preference",
            "dns.mx.mail_exchange", "dns.txt", "dns.soa.mname", "dns.soa.rname", "dns.soa.serial_number");

    /**
     * The cipher suite a ServerHello chose: a ClientHello's offered suites are fields of the same name, which the
     * JSON leaves out (the schema keeps the one chosen).
     */
    private static final String CHOSEN_SUITE = "tls.handshake.ciphersuite";

    /** Each layer's keys, and where they were found in the layers written so far. */
    private static final Map<String, LayerKeys> LAYERS = layers();

    private JsonLines() {
    }

    private static Map<String, LayerKeys> layers() {
        Map<String, LayerKeys> all = new HashMap<>();
        KEYS.forEach((layer, keys) -> all.put(layer, new LayerKeys(keys)));
        return all;
    }

    /**
     * The keys of one kind of layer. Layers of one kind come in a few shapes (a SYN with its options, a data segment),
     * so where each key is among the fields is remembered per shape rather than looked up per field of each frame.
     */
    private static final class LayerKeys {
        private static final int SHAPES = 8;
        final List<String> keys;
        /** {@code "key":} for each key, written as one piece. */
        final String[] quoted;
        /** Whether some keys are lists, which the shapes do not describe. */
        final boolean lists;
        private final Map<String, Integer> positions = new HashMap<>();
        /** Remembered shapes; immutable, so threads may share them and at worst work one out again. */
        private final Shape[] shapes = new Shape[SHAPES];
        private int next;

        LayerKeys(List<String> keys) {
            this.keys = keys;
            this.quoted = new String[keys.size()];
            this.lists = keys.stream().anyMatch(LISTS::contains) || keys.contains(CHOSEN_SUITE);
            for (int i = 0; i < keys.size(); i++) {
                positions.put(keys.get(i), i);
                quoted[i] = '"' + keys.get(i) + "\":";
            }
        }

        /** For each key, the index of the first field of that name among {@code fields}, or -1. */
        int[] picks(Field[] fields) {
            for (Shape shape : shapes) {
                if (shape != null && shape.fits(fields)) {
                    return shape.picks();
                }
            }
            int[] picks = new int[keys.size()];
            java.util.Arrays.fill(picks, -1);
            FieldDef[] defs = new FieldDef[fields.length];
            for (int i = 0; i < fields.length; i++) {
                defs[i] = fields[i].def();
                Integer at = positions.get(fields[i].name());
                if (at != null && picks[at] < 0) {
                    picks[at] = i;
                }
            }
            shapes[Math.floorMod(next++, SHAPES)] = new Shape(defs, picks);
            return picks;
        }
    }

    /** One order of field definitions in a layer and where its keys are in it. */
    private record Shape(FieldDef[] defs, int[] picks) {
        boolean fits(Field[] fields) {
            if (fields.length != defs.length) {
                return false;
            }
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].def() != defs[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The JSON object for one frame, without a line break. */
    public static String format(Frame f) {
        StringBuilder s = new StringBuilder(1024);
        append(s, f);
        return s.toString();
    }

    /** Appends the JSON object for one frame, without a line break. */
    public static void append(StringBuilder s, Frame f) {
        s.append('{');
        boolean first = true;
        for (Layer layer : f.layerArray()) {
            LayerKeys keys = LAYERS.get(layer.name());
            if (keys == null) {
                continue;
            }
            Field[] fields = layer.all();
            if (keys.lists) {
                first = appendWithLists(s, keys, fields, first);
                continue;
            }
            int[] picks = keys.picks(fields);
            for (int i = 0; i < picks.length; i++) {
                if (picks[i] < 0) {
                    continue;
                }
                if (!first) {
                    s.append(',');
                }
                first = false;
                s.append(keys.quoted[i]);
                value(s, fields[picks[i]]);
            }
        }
        s.append('}');
    }

    /** A layer with list keys: each list key gathers every field of its name, each other key takes the first. */
    private static boolean appendWithLists(StringBuilder s, LayerKeys keys, Field[] fields, boolean first) {
        for (int k = 0; k < keys.keys.size(); k++) {
            String key = keys.keys.get(k);
            boolean list = LISTS.contains(key);
            if (key.equals(CHOSEN_SUITE) && !firstIs(fields, "tls.handshake.type", 2)) {
                continue;
            }
            int found = 0;
            for (Field f : fields) {
                if (!f.name().equals(key)) {
                    continue;
                }
                if (found == 0) {
                    if (!first) {
                        s.append(',');
                    }
                    first = false;
                    s.append(keys.quoted[k]);
                    if (list) {
                        s.append('[');
                    }
                } else {
                    s.append(',');
                }
                value(s, f);
                found++;
                if (!list) {
                    break;
                }
            }
            if (list && found > 0) {
                s.append(']');
            }
        }
        return first;
    }

    private static boolean firstIs(Field[] fields, String name, long value) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return f.number() == value;
            }
        }
        return false;
    }

    private static void value(StringBuilder s, Field f) {
        switch (f.def().format()) {
            case FLAG -> s.append(f.number() != 0);
            case DECIMAL, HEX, NAMED, NAMED_HEX, BYTES -> s.append(f.number());
            case IPV4, IPV6, MAC, TEXT, EPOCH -> string(s, f.string());
        }
    }

    private static void string(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
