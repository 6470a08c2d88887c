package socketlab.lessons;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socketlab.filter.DisplayFilter;
import socketlab.filter.FilterResult;

/**
 * The facts a lesson may name in braces, such as {@code {client.port}}: in a step's text, and in an answer's
 * {@code equals} and {@code accept}. {@code {packet.FIELD}} names a field of the selected packet, such as
 * {@code {packet.tcp.srcport}}. Braces around anything else (C code such as {@code { 0 }}) are plain text.
 */
public final class FactNames {
    /** A fact reference: a lower-case name with dots and dashes in braces. */
    static final Pattern REFERENCE = Pattern.compile("\\{([a-z][a-z0-9_.-]*)}");
    /** The prefix of facts read from the selected packet's fields. */
    public static final String PACKET = "packet.";

    /** Every fact the engine knows, with what it holds (for the README and the schema check). */
    public static final Map<String, String> ALL = all();

    private FactNames() {
    }

    private static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("server.port", "the port of the lab server started last that still runs");
        m.put("server.address", "its address");
        m.put("server.kind", "its kind: hello, echo, time or http");
        m.put("server.mode", "its mode: iterative, threaded or semaphore");
        m.put("server.permits", "its permits (semaphore mode)");
        m.put("server.backlog", "its listen backlog");
        m.put("client.port", "the ephemeral port of the client a lab server accepted last");
        m.put("client.address", "that client's address");
        m.put("waiting.port", "the ephemeral port of a client waiting in an iterative server's listen backlog");
        m.put("served.peak", "the most handlers a server ran at the same time since the lesson began");
        m.put("time.line", "the line a client received from a time server, without its line end");
        m.put("echo.line", "the last line a client received from an echo server, without its line end");
        m.put("burst.clients", "the clients of the last burst");
        m.put("burst.completed", "the clients of the last burst that completed");
        m.put("dns.name", "the name of the last lookup that answered");
        m.put("dns.answer", "its first answer");
        m.put("dns.answers", "all its answers, comma-separated");
        m.put("trace.name", "the name the last trace followed");
        m.put("trace.referrals", "how many referrals it followed");
        m.put("trace.hierarchy", "where the trace began: the Internet's root servers, or the lab's local hierarchy");
        m.put("sockaddr.bytes", "the 16 bytes of sockaddr_in the Addresses pane shows, in hex");
        m.put("sockaddr.port-bytes", "the port's two bytes in network byte order, in hex");
        m.put("capture.count", "how many packets the capture holds");
        m.put("packet.FIELD", "a field of the selected packet, such as packet.tcp.srcport or packet.tcp.seq");
        return Collections.unmodifiableMap(m);
    }

    /** True when the engine can give this fact's value. */
    public static boolean isKnown(String name) {
        if (name.startsWith(PACKET)) {
            String field = name.substring(PACKET.length());
            return !field.isEmpty() && DisplayFilter.compile(field) instanceof FilterResult.Valid;
        }
        return ALL.containsKey(name) && !name.equals("packet.FIELD");
    }

    /** The first fact named in this text that the engine does not know, or null when all are known. */
    static String firstUnknown(String text) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            if (!isKnown(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }
}
