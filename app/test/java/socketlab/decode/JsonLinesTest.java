package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JSON lines follow the documented schema exactly: its keys only, their types, one stable order. */
class JsonLinesTest {
    /** Every key of the schema, in the order the lab writes them. */
    private static final List<String> ORDER = List.of("frame.number", "frame.time_epoch", "frame.len", "frame.cap_len",
            "frame.protocols", "eth.dst", "eth.src", "eth.type", "sll.pkttype", "sll.etype", "null.family",
            "arp.opcode", "arp.src.hw_mac", "arp.src.proto_ipv4", "arp.dst.hw_mac", "arp.dst.proto_ipv4",
            "ip.version", "ip.hdr_len", "ip.dsfield.dscp", "ip.dsfield.ecn", "ip.len", "ip.id", "ip.flags.rb",
            "ip.flags.df", "ip.flags.mf", "ip.frag_offset", "ip.ttl", "ip.proto", "ip.checksum", "ip.checksum.status",
            "ip.src", "ip.dst", "ipv6.version", "ipv6.tclass", "ipv6.flow", "ipv6.plen", "ipv6.nxt", "ipv6.hlim",
            "ipv6.src", "ipv6.dst", "tcp.srcport", "tcp.dstport", "tcp.seq_raw", "tcp.ack_raw", "tcp.seq", "tcp.ack",
            "tcp.hdr_len", "tcp.flags", "tcp.flags.fin", "tcp.flags.syn", "tcp.flags.reset", "tcp.flags.push",
            "tcp.flags.ack", "tcp.flags.urg", "tcp.flags.ece", "tcp.flags.cwr", "tcp.window_size_value",
            "tcp.checksum", "tcp.checksum.status", "tcp.urgent_pointer", "tcp.len", "tcp.stream",
            "tcp.options.mss_val", "tcp.options.sack_perm", "tcp.options.timestamp.tsval",
            "tcp.options.timestamp.tsecr", "tcp.options.wscale.shift", "udp.srcport", "udp.dstport", "udp.length",
            "udp.checksum", "udp.checksum.status", "icmp.type", "icmp.code", "icmp.checksum", "icmpv6.type",
            "icmpv6.code", "icmpv6.checksum", "_ws.malformed", "_ws.malformed.offset");
    private static final Set<String> STRINGS = Set.of("frame.time_epoch", "frame.protocols", "eth.dst", "eth.src",
            "arp.src.hw_mac", "arp.src.proto_ipv4", "arp.dst.hw_mac", "arp.dst.proto_ipv4", "ip.checksum.status",
            "ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "tcp.checksum.status", "udp.checksum.status",
            "_ws.malformed");
    private static final Set<String> BOOLEANS = Set.of("ip.flags.rb", "ip.flags.df", "ip.flags.mf", "tcp.flags.fin",
            "tcp.flags.syn", "tcp.flags.reset", "tcp.flags.push", "tcp.flags.ack", "tcp.flags.urg", "tcp.flags.ece",
            "tcp.flags.cwr", "tcp.options.sack_perm");
    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final Pattern EPOCH = Pattern.compile("\\d+\\.\\d{6}");
    private static final Pattern STATUS = Pattern.compile("good|bad|unverified");

    /** The key order of the schema's own example: a loopback SYN. */
    private static final String EXAMPLE = """
            {"frame.number":1,"frame.time_epoch":"1732227594.177677","frame.len":74,"frame.cap_len":74,\
            "frame.protocols":"eth:ip:tcp","eth.dst":"00:00:00:00:00:00","eth.src":"00:00:00:00:00:00",\
            "eth.type":2048,"ip.version":4,"ip.hdr_len":20,"ip.dsfield.dscp":0,"ip.dsfield.ecn":0,"ip.len":60,\
            "ip.id":40123,"ip.flags.rb":false,"ip.flags.df":true,"ip.flags.mf":false,"ip.frag_offset":0,"ip.ttl":64,\
            "ip.proto":6,"ip.checksum":41234,"ip.checksum.status":"good","ip.src":"127.0.0.1","ip.dst":"127.0.0.1",\
            "tcp.srcport":56096,"tcp.dstport":45678,"tcp.seq_raw":2449299864,"tcp.ack_raw":0,"tcp.seq":0,"tcp.ack":0,\
            "tcp.hdr_len":40,"tcp.flags":2,"tcp.flags.fin":false,"tcp.flags.syn":true,"tcp.flags.reset":false,\
            "tcp.flags.push":false,"tcp.flags.ack":false,"tcp.flags.urg":false,"tcp.flags.ece":false,\
            "tcp.flags.cwr":false,"tcp.window_size_value":65495,"tcp.checksum":65072,"tcp.checksum.status":"good",\
            "tcp.urgent_pointer":0,"tcp.len":0,"tcp.stream":0,"tcp.options.mss_val":65495,\
            "tcp.options.sack_perm":true,"tcp.options.timestamp.tsval":1381547762,"tcp.options.timestamp.tsecr":0,\
            "tcp.options.wscale.shift":10}""";

    @Test
    void aLoopbackSynHasTheSchemaExamplesKeysInItsOrderAndItsValues() {
        byte[] lo = Packets.ip("127.0.0.1");
        byte[] tcp = Packets.tcp(lo, lo, 56096, 45678, 2449299864L, 0, Packets.SYN, 65495,
                Packets.synOptions(65495, 1381547762L, 10), new byte[0]);
        byte[] frame = Packets.loopbackEthernet(Packets.ipv4(lo, lo, 6, 40123, new byte[0], tcp));
        Frame f = new FrameDecoder().decode(new RawFrame(1, 1_732_227_594_177_677L, 74, LinkType.ETHERNET, frame));
        Map<String, Object> mine = MiniJson.parse(JsonLines.format(f));
        Map<String, Object> example = MiniJson.parse(EXAMPLE);
        assertEquals(List.copyOf(example.keySet()), List.copyOf(mine.keySet()));
        for (String key : example.keySet()) {
            if (!key.endsWith("checksum")) { // the example's checksums are made up
                assertEquals(example.get(key), mine.get(key), key);
            }
        }
    }

    @Test
    void everyFrameKindWritesOnlySchemaKeysWithTheirTypesInOneOrder() {
        List<Frame> frames = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder();
        long n = 1;
        for (byte[] p : SampleFrames.ipPackets()) {
            frames.add(decoder.decode(new RawFrame(n++, n * 1000, p.length + 14, LinkType.ETHERNET,
                    Packets.loopbackEthernet(p))));
            frames.add(decoder.decode(new RawFrame(n++, n * 1000, p.length, LinkType.RAW, p)));
            byte[] cut = java.util.Arrays.copyOf(p, Math.min(p.length, 30));
            frames.add(decoder.decode(new RawFrame(n++, n * 1000, p.length, LinkType.RAW, cut)));
        }
        frames.add(decoder.decode(new RawFrame(n, 1, 42, LinkType.ETHERNET, Packets.ethernet(new byte[6],
                new byte[6], 0x0806, Packets.arp(1, new byte[6], Packets.ip("10.0.0.1"), new byte[6],
                        Packets.ip("10.0.0.2"))))));
        Set<String> seen = new java.util.HashSet<>();
        for (Frame f : frames) {
            Map<String, Object> json = MiniJson.parse(JsonLines.format(f));
            int last = -1;
            for (Map.Entry<String, Object> e : json.entrySet()) {
                String key = e.getKey();
                int at = ORDER.indexOf(key);
                assertTrue(at >= 0, "not a schema key: " + key);
                assertTrue(at > last, () -> key + " out of order in " + json);
                last = at;
                seen.add(key);
                if (STRINGS.contains(key)) {
                    String v = assertInstanceOf(String.class, e.getValue(), key);
                    if (key.endsWith("mac") || key.startsWith("eth.")) {
                        assertTrue(MAC.matcher(v).matches(), key + "=" + v);
                    }
                    if (key.endsWith(".status")) {
                        assertTrue(STATUS.matcher(v).matches(), key + "=" + v);
                    }
                    if (key.equals("frame.time_epoch")) {
                        assertTrue(EPOCH.matcher(v).matches(), v);
                    }
                } else if (BOOLEANS.contains(key)) {
                    assertInstanceOf(Boolean.class, e.getValue(), key);
                } else {
                    assertInstanceOf(Long.class, e.getValue(), key);
                }
            }
            assertEquals(f.number(), json.get("frame.number"));
            assertEquals(f.protocols(), json.get("frame.protocols"));
        }
        assertTrue(seen.containsAll(List.of("_ws.malformed", "_ws.malformed.offset", "arp.opcode", "icmpv6.type",
                "udp.checksum.status", "tcp.options.wscale.shift", "ipv6.flow")), seen::toString);
    }

    @Test
    void eachKeyHasTheFirstFieldOfItsNameHoweverTheFramesShapesAlternate() {
        // Every truncation of every sample frame and damaged frames, one after another: layers of one kind in many
        // shapes, in the order a capture could have them; and a SYN with two MSS options, where the first counts.
        List<RawFrame> raws = new ArrayList<>(LazyFieldsTest.capture());
        byte[] a = Packets.ip("127.0.0.1");
        byte[] twoMss = {2, 4, 0x05, (byte) 0xb4, 2, 4, 0x01, 0x00};
        byte[] syn = Packets.ipv4(a, a, 6, 1, new byte[0], Packets.tcp(a, a, 40000, 45080, 1, 0, Packets.SYN, 100,
                twoMss, new byte[0]));
        raws.add(new RawFrame(raws.size() + 1, 0, syn.length + 14, LinkType.ETHERNET, Packets.loopbackEthernet(syn)));
        FrameDecoder decoder = new FrameDecoder(LocalAddresses.loopbackOnly());
        Map<String, Object> last = null;
        for (RawFrame raw : raws) {
            Frame f = decoder.decode(raw);
            Map<String, Object> expected = new java.util.LinkedHashMap<>();
            for (Layer l : f.layers()) {
                for (String key : JsonLines.KEYS.getOrDefault(l.name(), List.of())) {
                    l.field(key).ifPresent(x -> expected.put(key, x.value()));
                }
            }
            Map<String, Object> json = MiniJson.parse(JsonLines.format(f));
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(json.keySet()), f::toString);
            assertEquals(expected, json, f::toString);
            last = json;
        }
        assertEquals(1460L, last.get("tcp.options.mss_val"));
    }
}
