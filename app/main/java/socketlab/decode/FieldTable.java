package socketlab.decode;

import java.lang.invoke.MethodHandles;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every field name the decoder can produce, found by name: each {@link FieldDef} adds itself when its dissector's
 * table loads, so a new dissector's fields are known without a list to keep up to date here beyond its class. The
 * display filter checks names against this table, so a misspelt name is caught before any frame is read.
 */
public final class FieldTable {
    private static final Map<String, FieldDef> BY_NAME = new ConcurrentHashMap<>();

    /**
     * Wireshark's fields that stand for either of two others ({@code ip.addr} is the source or the destination):
     * they are not in any header, so they are data here rather than dissector fields.
     */
    private static final Map<String, List<String>> EITHER_SIDE = Map.of(
            "ip.addr", List.of("ip.src", "ip.dst"),
            "ipv6.addr", List.of("ipv6.src", "ipv6.dst"),
            "eth.addr", List.of("eth.src", "eth.dst"),
            "tcp.port", List.of("tcp.srcport", "tcp.dstport"),
            "udp.port", List.of("udp.srcport", "udp.dstport"));

    /** The classes whose constants are the field table; loading them fills it. */
    private static final List<Class<?>> TABLES = List.of(Fields.class, LinkDissector.class, ArpDissector.class,
            Ipv4Dissector.class, Ipv6Dissector.class, IcmpDissector.class, Icmpv6Dissector.class, TcpDissector.class,
            TcpOptions.class, UdpDissector.class, DnsDissector.class, HttpDissector.class, TlsDissector.class,
            LabTextDissector.class);

    private static volatile boolean loaded;

    private FieldTable() {
    }

    /** The classes loaded to fill the table, for the test that no dissector is left out. */
    static List<Class<?>> tables() {
        return TABLES;
    }

    static void add(FieldDef def) {
        BY_NAME.putIfAbsent(def.name(), def);
    }

    private static void load() {
        if (loaded) {
            return;
        }
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (Class<?> c : TABLES) {
            try {
                lookup.ensureInitialized(c);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("field table " + c.getName() + " cannot be loaded", e);
            }
        }
        loaded = true;
    }

    /** The table entry of that name, if the decoder has such a field. */
    public static Optional<FieldDef> field(String name) {
        load();
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every field name the decoder knows, sorted. */
    public static Set<String> names() {
        load();
        return Collections.unmodifiableSet(new TreeSet<>(BY_NAME.keySet()));
    }

    /**
     * The protocol names a filter may test for: the first part of every field name ({@code tcp}, {@code data},
     * {@code _ws}) and the whole name of every field that names a layer ({@code _ws.malformed}).
     */
    public static Set<String> protocols() {
        load();
        Set<String> p = new TreeSet<>();
        for (String n : BY_NAME.keySet()) {
            int dot = n.indexOf('.');
            if (!n.startsWith("_")) { // Wireshark's own pseudo-fields (_ws.malformed) are protocols whole
                p.add(dot < 0 ? n : n.substring(0, dot));
            }
        }
        p.add(Layer.MALFORMED);
        p.add(Layer.FRAME);
        p.add("raw"); // the link layer of a raw IP capture has no fields of its own
        return Collections.unmodifiableSet(p);
    }

    /** The two fields an either-side field stands for ({@code tcp.port}: source and destination port), or none. */
    public static List<String> eitherSide(String name) {
        return EITHER_SIDE.getOrDefault(name, List.of());
    }

    /** The either-side field names, such as {@code ip.addr}. */
    public static Set<String> eitherSideNames() {
        return EITHER_SIDE.keySet();
    }
}
