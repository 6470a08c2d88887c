package socketlab.ui.dns;

import java.net.InetAddress;

/** Starts a capture of DNS traffic before a lookup runs: what "Capture this lookup" asks of the Capture pane. */
@FunctionalInterface
public interface DnsCapture {

    /**
     * Captures DNS on {@code port} toward {@code server} (the server asked first), and runs {@code then} on the
     * JavaFX thread once the capture runs, or once it could not start.
     */
    void capture(InetAddress server, int port, Runnable then);
}
