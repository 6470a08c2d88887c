package socketlab.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.WireParseException;

/**
 * The words for failures that cannot be produced on loopback alone: the operating system's own exceptions for a
 * machine without a network, as the JDK throws them, turned into one sentence each.
 */
class ExchangeFailureTest {
    private final DnsServer server = new DnsServer(InetAddress.getLoopbackAddress(), 53);

    private DnsFailure failure(IOException e) {
        return Exchange.failure(e, server, Duration.ofSeconds(5));
    }

    @Test
    void noNetworkAndNoRoute() {
        DnsFailure unreachable = failure(new SocketException("Network is unreachable"));
        assertEquals(DnsFailure.Kind.NETWORK, unreachable.kind());
        assertEquals("no network: this machine has no route to 127.0.0.1#53", unreachable.getMessage());
        assertEquals("no network: this machine has no route to 127.0.0.1#53",
                failure(new NoRouteToHostException("No route to host")).getMessage());
    }

    @Test
    void aReplyThatIsNotDns() {
        DnsFailure bad = failure(new WireParseException("invalid message id: expected 1; got id 2"));
        assertEquals(DnsFailure.Kind.BAD_REPLY, bad.kind());
        assertEquals("127.0.0.1#53 sent a reply that is not a valid answer to the question: invalid message id:"
                + " expected 1; got id 2", bad.getMessage());
    }
}
