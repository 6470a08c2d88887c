package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that the lab's JSON and Info column agree with tshark's reading of the same file, field by field: every
 * documented key of the given layers is present exactly when tshark has the field, with the same value (tshark's hex
 * numbers and 1/0 booleans read as JSON's numbers and booleans; a list key against all of tshark's occurrences).
 */
final class TsharkAgreement {
    private static final String RETRANSMISSION = "tcp.analysis.retransmission";
    private static final String HANDSHAKE_TYPE = "tls.handshake.type";
    private static final String CHOSEN_SUITE = "tls.handshake.ciphersuite";

    private TsharkAgreement() {
    }

    /** @return how many values were compared, so a caller can tell the comparison was not empty */
    static int assertJsonAgrees(Path file, List<String> layers) throws Exception {
        return assertJsonAgrees(file, layers, false);
    }

    /**
     * @param firstOnly compare each scalar key with tshark's first occurrence: TLS's keys describe the first record
     *                  of a segment (and the ServerHello's chosen suite), where tshark lists every record's
     */
    static int assertJsonAgrees(Path file, List<String> layers, boolean firstOnly) throws Exception {
        List<String> keys = new ArrayList<>();
        for (String layer : layers) {
            keys.addAll(JsonLines.KEYS.get(layer));
        }
        List<String> asked = new ArrayList<>(keys);
        asked.add(RETRANSMISSION);
        asked.add(HANDSHAKE_TYPE);
        List<Map<String, List<String>>> theirs = Tshark.fields(file, asked);
        List<Frame> ours = Captured.frames(file);
        assertEquals(theirs.size(), ours.size(), "frames read by tshark and by the lab");
        int compared = 0;
        for (int i = 0; i < ours.size(); i++) {
            Map<String, Object> json = MiniJson.parse(JsonLines.format(ours.get(i)));
            Map<String, List<String>> t = theirs.get(i);
            if (t.containsKey(RETRANSMISSION)) {
                // Wireshark does not hand a retransmitted segment's data to the application dissector again; the
                // lab decodes each segment as it is (README: where the lab differs from Wireshark)
                continue;
            }
            for (String key : keys) {
                Object mine = json.get(key);
                List<String> values = t.get(key);
                if (firstOnly && values != null && !(mine instanceof List)) {
                    values = List.of(values.getFirst());
                }
                if (firstOnly && mine == null && key.equals(CHOSEN_SUITE)
                        && !List.of("2").equals(t.getOrDefault(HANDSHAKE_TYPE, List.of()).stream().limit(1).toList())) {
                    continue; // a ClientHello's offered suites: the JSON keeps only the one a ServerHello chose
                }
                String where = "frame " + (i + 1) + " " + key + " (" + ours.get(i).protocols() + ")";
                assertEquals(values != null, mine != null, where + ": tshark has " + values + ", the lab " + mine);
                if (mine == null) {
                    continue;
                }
                if (mine instanceof List<?> list) {
                    assertEquals(values.size(), list.size(), where + ": " + values + " vs " + list);
                    for (int k = 0; k < list.size(); k++) {
                        assertEquals(read(values.get(k), list.get(k)), list.get(k), where + "[" + k + "]");
                    }
                } else {
                    assertEquals(1, values.size(), where + ": tshark lists " + values);
                    assertEquals(read(values.getFirst(), mine), mine, where);
                }
                compared++;
            }
        }
        return compared;
    }

    /** tshark's text of a value, as the JSON type the lab wrote. */
    private static Object read(String text, Object like) {
        if (like instanceof Long) {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        }
        if (like instanceof Boolean) {
            return text.equals("1") || text.equalsIgnoreCase("true");
        }
        return text;
    }

    /** The Protocol and Info columns of each frame that has one of the layers, against tshark's. */
    static int assertColumnsAgree(Path file, List<String> layers) throws Exception {
        List<String[]> theirs = Tshark.columns(file);
        List<Map<String, List<String>>> retransmitted = Tshark.fields(file, List.of("frame.number", RETRANSMISSION));
        List<Frame> ours = Captured.frames(file);
        int compared = 0;
        for (int i = 0; i < ours.size(); i++) {
            Frame f = ours.get(i);
            if (layers.stream().noneMatch(f::has) || retransmitted.get(i).containsKey(RETRANSMISSION)) {
                continue;
            }
            assertEquals(theirs.get(i)[0], InfoText.protocol(f), "protocol column of frame " + (i + 1));
            assertEquals(theirs.get(i)[1], InfoText.of(f), "info column of frame " + (i + 1));
            compared++;
        }
        return compared;
    }
}
