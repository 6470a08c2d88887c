package socketlab.dns;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.PacketLogger;

/**
 * When each query left this machine and when its reply came back, taken from dnsjava's packet hook, so that the
 * time a lookup shows is the network's round trip and not the first query's class loading and thread start-up
 * (which can be a hundred times longer on loopback).
 */
final class WireClock implements PacketLogger {
    private static final Pattern PACKET = Pattern.compile("(UDP|TCP) (write|read): transaction id=(\\d+)");
    private static final WireClock INSTANCE = new WireClock();

    static {
        org.xbill.DNS.Lookup.setPacketLogger(INSTANCE);
    }

    /** Per query: when it was first written, and when the last reply to it was read (0 until then). */
    private final Map<String, long[]> times = new ConcurrentHashMap<>();

    private WireClock() {
    }

    static WireClock get() {
        return INSTANCE;
    }

    @Override
    public void log(String prefix, SocketAddress local, SocketAddress remote, byte[] data) {
        long now = System.nanoTime();
        Matcher m = PACKET.matcher(prefix);
        if (!m.lookingAt() || !(remote instanceof InetSocketAddress r)) {
            return;
        }
        String key = key(Integer.parseInt(m.group(3)), r);
        if (m.group(2).equals("write")) {
            times.putIfAbsent(key, new long[] {now, 0}); // a retry over TCP keeps the first send
        } else {
            times.computeIfPresent(key, (k, t) -> new long[] {t[0], now});
        }
    }

    /** The round trip of query {@code id} to {@code server}, if both packets were seen; forgets the query. */
    Optional<Duration> take(int id, InetSocketAddress server) {
        long[] t = times.remove(key(id, server));
        return t == null || t[1] == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(t[1] - t[0]));
    }

    private static String key(int id, InetSocketAddress remote) {
        return id + "@" + remote.getAddress().getHostAddress() + ":" + remote.getPort();
    }
}
