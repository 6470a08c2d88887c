package socketlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socketlab.dns.DnsHierarchy;
import socketlab.dns.DnsHierarchyExtension;

/**
 * The built image's {@code socketlab resolve} against the real NSD hierarchy: the runtime image holds every module
 * the DNS library needs, and nothing but the answer and plain words reaches the terminal.
 */
@ExtendWith(DnsHierarchyExtension.class)
class ResolveLauncherIT {

    @Test
    void lookupThroughTheImage(DnsHierarchy dns) throws Exception {
        try (Launched l = Launched.socketlab("resolve", "www.example.lab", "--server", dns.domain().endpoint())) {
            assertEquals(0, l.exitCode(), "stderr " + l.err());
            assertTrue(l.out().contains("web.example.lab.\t300\tIN\tAAAA\tfd53::10"), l.out().toString());
            assertEquals(";; SERVER: " + dns.domain(), l.out().getLast());
            assertEquals(List.of(), l.err());
        }
    }

    @Test
    void traceThroughTheImage(DnsHierarchy dns) throws Exception {
        try (Launched l = Launched.socketlab("resolve", "--trace", "--root", dns.root().endpoint(),
                "127.53.0.10")) {
            assertEquals(0, l.exitCode(), "stderr " + l.err());
            assertTrue(l.out().contains("10.0.53.127.in-addr.arpa.\t300\tIN\tPTR\tweb.example.lab."),
                    l.out().toString());
            assertTrue(l.out().contains(";; path: . -> 0.53.127.in-addr.arpa. -> 10.0.53.127.in-addr.arpa."),
                    l.out().toString());
            assertEquals(List.of(), l.err());
        }
    }

    @Test
    void noSuchNameIsOneLineOnStandardErrorAndExitCodeOne(DnsHierarchy dns) throws Exception {
        try (Launched l = Launched.socketlab("resolve", "nothere.example.lab", "--server",
                dns.domain().endpoint())) {
            assertEquals(1, l.exitCode());
            assertEquals(List.of("socketlab resolve: no such name: nothere.example.lab. does not exist (NXDOMAIN)"),
                    l.err());
        }
    }
}
