package socketlab.capture;

import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * Turns what libpcap and its Java binding throw into {@link CaptureProblem}s. A missing libpcap shows up only when
 * the binding first loads it, as a linkage error; libpcap's own refusals are sentences that differ between systems
 * and versions, so they are recognised by their words.
 */
final class Pcap {
    private static final System.Logger LOG = System.getLogger(Pcap.class.getName());

    private Pcap() {
    }

    /** The binding could not load libpcap (the first call) or its classes did not initialise (every later call). */
    static CaptureProblem libraryMissing(LinkageError e) {
        LOG.log(Level.DEBUG, "libpcap could not be loaded", e);
        return CaptureProblem.noLibpcap();
    }

    /** libpcap refused; {@code failing} says what could not be done, such as "cannot capture on lo". */
    static CaptureProblem openFailure(Exception e, String failing) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("permission") || lower.contains("not permitted") || lower.contains("access is denied")
                || lower.contains("access denied")) {
            return CaptureProblem.notPermitted();
        }
        if (lower.contains("not up")) {
            return CaptureProblem.failed(failing + ": the interface is down");
        }
        if (lower.contains("no such device")) {
            return CaptureProblem.failed(failing + ": the interface no longer exists");
        }
        LOG.log(Level.DEBUG, failing, e);
        return CaptureProblem.failed(failing + ": " + (message.isEmpty()
                ? e.getClass().getSimpleName() : message));
    }
}
