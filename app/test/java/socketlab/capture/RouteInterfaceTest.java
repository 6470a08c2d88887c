package socketlab.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The interface a capture watches for a destination, checked against the kernel's own answer ({@code ip route}). */
class RouteInterfaceTest {

    @Test
    void aLoopbackServerIsCapturedOnTheLoopbackInterface() throws Exception {
        List<NetInterface> all = Interfaces.list();
        Optional<NetInterface> lo = RouteInterface.toward(InetAddress.getByName("127.53.0.3"), all);
        assertTrue(lo.isPresent() && lo.get().loopback(), lo.toString());
        assertEquals(lo, RouteInterface.toward(InetAddress.getByName("::1"), all));
    }

    @Test
    void anyOtherAddressIsCapturedWhereTheRoutingTableSendsIt() throws Exception {
        // A documentation address (RFC 5737): nothing is sent to it, the kernel is only asked for the route.
        InetAddress far = InetAddress.getByName("198.51.100.7");
        Process ip = new ProcessBuilder("ip", "route", "get", far.getHostAddress()).redirectErrorStream(true).start();
        String route = new String(ip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ip.waitFor(30, TimeUnit.SECONDS));
        Matcher dev = Pattern.compile(" dev (\\S+)").matcher(route);
        Optional<String> expected = ip.exitValue() == 0 && dev.find() ? Optional.of(dev.group(1)) : Optional.empty();
        assertEquals(expected, RouteInterface.toward(far, Interfaces.list()).map(NetInterface::name), route);
    }
}
