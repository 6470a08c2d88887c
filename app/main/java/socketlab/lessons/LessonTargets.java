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
            "lessons.list");

    private LessonTargets() {
    }
}
