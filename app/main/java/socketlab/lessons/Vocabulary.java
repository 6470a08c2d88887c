package socketlab.lessons;

import static socketlab.lessons.Param.Kind.BOOLEAN;
import static socketlab.lessons.Param.Kind.CAPTURE_FILTER;
import static socketlab.lessons.Param.Kind.CHECKS;
import static socketlab.lessons.Param.Kind.DISPLAY_FILTER;
import static socketlab.lessons.Param.Kind.FIELD;
import static socketlab.lessons.Param.Kind.TARGET;
import static socketlab.lessons.Param.Kind.TEXT;
import static socketlab.lessons.Param.Kind.TEXTS;
import static socketlab.lessons.Param.choice;
import static socketlab.lessons.Param.number;
import static socketlab.lessons.Param.of;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed vocabularies of lesson files: every Show-me action and every check, with the parameters each takes
 * (format version 1). The lab runs only these; a lesson naming anything else is refused with its line.
 */
public final class Vocabulary {
    /** The one format version this lab reads. */
    public static final int FORMAT = 1;

    public static final List<String> PANES = List.of("servers", "clients", "connections", "dns", "addresses",
            "capture", "lessons");
    static final String[] KINDS = {"hello", "echo", "time", "http"};
    static final String[] MODES = {"iterative", "threaded", "semaphore"};
    static final String[] DNS_TYPES = {"A", "AAAA", "PTR", "MX", "NS", "CNAME", "TXT", "SOA", "ANY"};

    /** Show-me actions: name → parameters, in the README's order. */
    public static final Map<String, List<Param>> ACTIONS = actions();
    /** Checks: name → parameters, in the README's order. */
    public static final Map<String, List<Param>> CHECKS_BY_NAME = checks();

    private Vocabulary() {
    }

    private static Map<String, List<Param>> actions() {
        Map<String, List<Param>> m = new LinkedHashMap<>();
        m.put("open-pane", List.of(choice("pane", true, PANES.toArray(String[]::new))));
        m.put("start-server", List.of(choice("kind", true, KINDS), choice("mode", true, MODES),
                number("permits", false, 1, 10_000), choice("threads", false, "platform", "virtual"),
                number("port", false, 0, 65_535), number("backlog", false, 1, 65_535),
                of("uppercase", BOOLEAN, false)));
        m.put("stop-servers", List.of());
        m.put("connect-client", List.of(of("send", TEXTS, false), of("hold", BOOLEAN, false),
                of("uppercase", BOOLEAN, false)));
        m.put("close-client", List.of());
        m.put("burst", List.of(number("clients", true, 1, 10_000), number("concurrency", true, 1, 10_000),
                choice("mode", false, "eof", "echo", "http")));
        m.put("dns-lookup", List.of(of("name", TEXT, true), choice("type", true, DNS_TYPES),
                of("server", TEXT, false)));
        m.put("dns-trace", List.of(of("name", TEXT, true)));
        m.put("address", List.of(of("text", TEXT, true), number("port", false, 0, 65_535)));
        m.put("capture-start", List.of(of("filter", CAPTURE_FILTER, false)));
        m.put("capture-stop", List.of());
        m.put("display-filter", List.of(of("filter", DISPLAY_FILTER, true)));
        m.put("select-packet", List.of(of("filter", DISPLAY_FILTER, true)));
        m.put("select-field", List.of(of("field", FIELD, true)));
        m.put("show-ladder", List.of());
        m.put("point-at", List.of(of("target", TARGET, true)));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, List<Param>> checks() {
        Map<String, List<Param>> m = new LinkedHashMap<>();
        m.put("server-running", List.of(choice("kind", false, KINDS), choice("mode", false, MODES),
                number("permits", false, 1, 10_000), of("uppercase", BOOLEAN, false)));
        m.put("client-connected", List.of(choice("to-kind", false, KINDS)));
        m.put("lines-echoed", List.of(number("count", false, 1, 1_000_000), of("uppercase", BOOLEAN, false)));
        m.put("client-saw-eof", List.of());
        m.put("time-received", List.of());
        m.put("waiting-in-backlog", List.of());
        m.put("served-at-once", List.of(number("at-least", true, 1, 100_000)));
        m.put("waiting-for-permit", List.of());
        m.put("burst-finished", List.of(number("clients", false, 1, 10_000)));
        m.put("dns-answer", List.of(choice("type", false, DNS_TYPES), of("name", TEXT, false)));
        m.put("reverse-lookup", List.of());
        m.put("trace-finished", List.of(of("name", TEXT, false)));
        m.put("sockaddr-typed", List.of(of("address", TEXT, true), number("port", true, 0, 65_535)));
        m.put("capture-has", List.of(of("filter", DISPLAY_FILTER, true)));
        m.put("packet-selected", List.of(of("filter", DISPLAY_FILTER, true)));
        m.put("field-selected", List.of(of("field", FIELD, true)));
        m.put("answer", List.of(of("equals", TEXT, true), of("hint", TEXT, false), of("accept", TEXTS, false),
                of("case-sensitive", BOOLEAN, false)));
        m.put("all", List.of(of("of", CHECKS, true)));
        return java.util.Collections.unmodifiableMap(m);
    }
}
