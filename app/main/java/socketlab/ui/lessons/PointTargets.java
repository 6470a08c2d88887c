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
        // Per pane (and tab), its controls: the name after "pane." and the node's id, in pairs. Several names may
        // point at one control: the first lesson files named some controls by what they do.
        in("servers", null, null,
                "kind", "#kindButtons", "mode", "#modeChoice", "permits", "#permitsField",
                "threads", "#threadButtons", "port", "#portField", "backlog", "#backlogField",
                "uppercase", "#uppercaseCheck", "start", "#startButton", "stop", "#stopButton",
                "list", "#serverList", "listen-port", "#listenPort", "gauge", "#permitGauge",
                "waiting", "#gaugeText", "connections", "#connectionsTable", "log", "#logList",
                "calls", "#callStrip", "strip", "#callStrip");
        in("clients", null, null,
                "server", "#serverMenu", "host", "#hostField", "port", "#portField", "mode", "#modeChoices",
                "connect", "#connectButton");
        in("clients", "#tabs", "clientTab",
                "line", "#lineField", "send", "#sendButton", "close", "#closeButton",
                "transcript", "#transcriptTable", "log", "#transcriptTable", "local", "#localPort");
        in("clients", "#tabs", "burstTab",
                "burst-clients", "#clientsField", "burst-concurrency", "#concurrencyField",
                "burst-start", "#startBurstButton", "burst", "#startBurstButton", "burst-result", "#summary");
        in("connections", null, null,
                "lab", "#labTable", "table", "#labTable", "machine", "#wholeMachineToggle");
        in("dns", null, null,
                "name", "#nameField", "type", "#typeChoice", "server", "#serverField", "lookup", "#lookupButton",
                "reverse", "#reverseButton", "roots", "#rootsField", "trace", "#traceButton",
                "records", "#recordTable", "answers", "#recordTable", "steps", "#stepList");
        in("addresses", null, null,
                "text", "#addressField", "port", "#portField", "bytes", "#byteBoxes", "sockaddr", "#layoutCard");
        in("capture", null, null,
                "interface", "#interfaceChoice", "promiscuous", "#interfaceChoice", "filter", "#filterField",
                "start", "#captureStartButton", "stop", "#captureStopButton",
                "display-filter", "#displayFilterField", "packets", "#packetTable", "tree", "#detailTree");
        in("capture", "#viewTabs", "bytesTab", "bytes", "#bytesView");
        in("capture", "#viewTabs", "diagramTab", "diagram", "#headerDiagram");
        in("capture", "#viewTabs", "ladderTab", "ladder", "#ladderView");
        in("lessons", null, null,
                "list", "#lessonList", "answer", "#lessonAnswer", "show-me", "#lessonShowMe");
    }

    /** The controls of {@code pane} in {@code pairs} (name, id, name, id, ...), on tab {@code tab} of {@code tabs}. */
    private static void in(String pane, String tabs, String tab, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            TARGETS.put(pane + "." + pairs[i], new Target(pane, pairs[i + 1], tabs, tab));
        }
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
