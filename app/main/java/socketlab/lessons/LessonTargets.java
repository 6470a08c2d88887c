package socketlab.lessons;

import java.util.Set;

/**
 * The controls a lesson's {@code point-at} may name, as {@code pane.control}. The window gives each of these a
 * highlight; a lesson naming another is refused, so a typo cannot point at nothing.
 */
public final class LessonTargets {
    public static final Set<String> NAMES = Set.of(
            "servers.kind", "servers.mode", "servers.permits", "servers.port", "servers.start", "servers.stop",
            "servers.connections", "servers.strip", "servers.waiting",
            "clients.host", "clients.port", "clients.connect", "clients.send", "clients.close", "clients.burst",
            "clients.log",
            "connections.table",
            "dns.name", "dns.type", "dns.lookup", "dns.trace", "dns.answers", "dns.steps",
            "addresses.text", "addresses.port", "addresses.bytes", "addresses.sockaddr",
            "capture.start", "capture.stop", "capture.filter", "capture.packets", "capture.tree", "capture.bytes",
            "capture.ladder", "capture.promiscuous",
            "lessons.list",
            // Added by the Lessons pane (ui), which maps every name to a control.
            "servers.threads", "servers.backlog", "servers.uppercase", "servers.list", "servers.listen-port",
            "servers.gauge", "servers.log", "servers.calls",
            "clients.server", "clients.mode", "clients.line", "clients.transcript", "clients.local",
            "clients.burst-clients", "clients.burst-concurrency", "clients.burst-start", "clients.burst-result",
            "connections.lab", "connections.machine",
            "dns.server", "dns.reverse", "dns.roots", "dns.records",
            "capture.interface", "capture.display-filter", "capture.diagram",
            "lessons.answer", "lessons.show-me");

    private LessonTargets() {
    }
}
