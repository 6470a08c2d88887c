package socketlab.ui.lessons;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The controls a lesson may point at, by the names lesson files use ({@code pane.control}): which pane holds each,
 * its node's id there, and the tab that must be open for it to show. Kept in step with {@code LessonTargets.NAMES},
 * the list lesson files are validated against (a test compares the two).
 */
public final class PointTargets {
    private PointTargets() {
    }

    /**
     * Where a named control is.
     *
     * @param pane     the id of the pane holding it
     * @param selector its CSS id in that pane, e.g. "#startButton"
     * @param tabs     the tab pane to switch first, or null
     * @param tab      the id of the tab to open in it, or null
     */
    public record Target(String pane, String selector, String tabs, String tab) {
    }

    private static final Map<String, Target> TARGETS = new LinkedHashMap<>();

    static {
        put("servers.kind", "servers", "#kindButtons");
        put("servers.mode", "servers", "#modeChoice");
        put("servers.permits", "servers", "#permitsField");
        put("servers.threads", "servers", "#threadButtons");
        put("servers.port", "servers", "#portField");
        put("servers.backlog", "servers", "#backlogField");
        put("servers.uppercase", "servers", "#uppercaseCheck");
        put("servers.start", "servers", "#startButton");
        put("servers.list", "servers", "#serverList");
        put("servers.listen-port", "servers", "#listenPort");
        put("servers.gauge", "servers", "#permitGauge");
        put("servers.connections", "servers", "#connectionsTable");
        put("servers.log", "servers", "#logList");
        put("servers.calls", "servers", "#callStrip");
        put("clients.server", "clients", "#serverMenu");
        put("clients.host", "clients", "#hostField");
        put("clients.port", "clients", "#portField");
        put("clients.mode", "clients", "#modeChoices");
        put("clients.connect", "clients", "#connectButton");
        TARGETS.put("clients.line", new Target("clients", "#lineField", "#tabs", "clientTab"));
        TARGETS.put("clients.send", new Target("clients", "#sendButton", "#tabs", "clientTab"));
        TARGETS.put("clients.transcript", new Target("clients", "#transcriptTable", "#tabs", "clientTab"));
        TARGETS.put("clients.local", new Target("clients", "#localPort", "#tabs", "clientTab"));
        TARGETS.put("clients.burst-clients", new Target("clients", "#clientsField", "#tabs", "burstTab"));
        TARGETS.put("clients.burst-concurrency", new Target("clients", "#concurrencyField", "#tabs", "burstTab"));
        TARGETS.put("clients.burst-start", new Target("clients", "#startBurstButton", "#tabs", "burstTab"));
        TARGETS.put("clients.burst-result", new Target("clients", "#summary", "#tabs", "burstTab"));
        put("connections.lab", "connections", "#labTable");
        put("connections.machine", "connections", "#wholeMachineToggle");
        put("dns.name", "dns", "#nameField");
        put("dns.type", "dns", "#typeChoice");
        put("dns.server", "dns", "#serverField");
        put("dns.lookup", "dns", "#lookupButton");
        put("dns.reverse", "dns", "#reverseButton");
        put("dns.roots", "dns", "#rootsField");
        put("dns.trace", "dns", "#traceButton");
        put("dns.records", "dns", "#recordTable");
        put("dns.steps", "dns", "#stepList");
        put("addresses.text", "addresses", "#addressField");
        put("addresses.port", "addresses", "#portField");
        put("addresses.bytes", "addresses", "#byteBoxes");
        put("addresses.sockaddr", "addresses", "#layoutCard");
        put("capture.interface", "capture", "#interfaceChoice");
        put("capture.filter", "capture", "#filterField");
        put("capture.start", "capture", "#captureStartButton");
        put("capture.stop", "capture", "#captureStopButton");
        put("capture.display-filter", "capture", "#displayFilterField");
        put("capture.packets", "capture", "#packetTable");
        put("capture.tree", "capture", "#detailTree");
        TARGETS.put("capture.bytes", new Target("capture", "#bytesView", "#viewTabs", "bytesTab"));
        TARGETS.put("capture.diagram", new Target("capture", "#headerDiagram", "#viewTabs", "diagramTab"));
        TARGETS.put("capture.ladder", new Target("capture", "#ladderView", "#viewTabs", "ladderTab"));
        // The names the first lesson files use for the same controls or their neighbours.
        put("servers.stop", "servers", "#stopButton");
        put("servers.strip", "servers", "#callStrip");
        put("servers.waiting", "servers", "#gaugeText");
        TARGETS.put("clients.close", new Target("clients", "#closeButton", "#tabs", "clientTab"));
        TARGETS.put("clients.burst", new Target("clients", "#startBurstButton", "#tabs", "burstTab"));
        TARGETS.put("clients.log", new Target("clients", "#transcriptTable", "#tabs", "clientTab"));
        put("connections.table", "connections", "#labTable");
        put("dns.answers", "dns", "#recordTable");
        put("capture.promiscuous", "capture", "#interfaceChoice");
        put("lessons.list", "lessons", "#lessonList");
        put("lessons.answer", "lessons", "#lessonAnswer");
        put("lessons.show-me", "lessons", "#lessonShowMe");
    }

    private static void put(String name, String pane, String selector) {
        TARGETS.put(name, new Target(pane, selector, null, null));
    }

    /** Every name, in the order above. */
    public static java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(TARGETS.keySet());
    }

    /** Where the named control is, or null for a name the lab does not know. */
    public static Target of(String name) {
        return TARGETS.get(name);
    }
}
