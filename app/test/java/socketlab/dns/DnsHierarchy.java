package socketlab.dns;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A miniature DNS hierarchy served by three real NSD processes on loopback addresses: the root zone on 127.53.0.1
 * delegates lab. to 127.53.0.2, which delegates example.lab. to 127.53.0.3 (which also serves test. and the reverse
 * zone of 127.53.0.0/24, both delegated by the root without glue). The server of lab. also claims broken.lab.
 * without any data for it, so it answers SERVFAIL there. All three listen on one port: 53 when it is free,
 * so that referrals are followed as on the Internet, else another port shared by all three. The zone files are test
 * resources; configuration, logs and state live in a temporary folder that closing removes.
 */
public final class DnsHierarchy implements AutoCloseable {
    public static final InetAddress ROOT = address(1);
    public static final InetAddress TLD = address(2);
    public static final InetAddress DOMAIN = address(3);
    /** An address in the hierarchy's range that no server listens on. */
    public static final InetAddress SILENT = address(9);

    private static final Duration READY_WITHIN = Duration.ofSeconds(30);
    private static final List<String> ZONE_FILES = List.of("root.zone", "lab.zone", "example.lab.zone", "test.zone",
            "0.53.127.in-addr.arpa.zone");

    private final Path dir;
    private final int port;
    private final List<Process> servers = new ArrayList<>();

    private DnsHierarchy(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts the three servers and waits until each answers for its zone. */
    public static DnsHierarchy start() throws IOException, InterruptedException {
        Path nsd = nsd();
        Path dir = Files.createTempDirectory("socketlab-dns-");
        for (String zone : ZONE_FILES) {
            try (InputStream in = DnsHierarchy.class.getResourceAsStream("hierarchy/" + zone)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource socketlab/dns/hierarchy/" + zone);
                }
                Files.copy(in, dir.resolve(zone));
            }
        }
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = attempt == 0 && free(DnsServer.PORT) ? DnsServer.PORT : sharedFreePort();
            DnsHierarchy h = new DnsHierarchy(dir, port);
            try {
                h.launch(nsd, 1, ROOT, List.of("."));
                // broken.lab. has no zone file on purpose: NSD answers SERVFAIL for it.
                h.launch(nsd, 2, TLD, List.of("lab.", "broken.lab."));
                h.launch(nsd, 3, DOMAIN, List.of("example.lab.", "test.", "0.53.127.in-addr.arpa."));
                h.awaitReady(ROOT, ".");
                h.awaitReady(TLD, "lab.");
                h.awaitReady(DOMAIN, "example.lab.");
                return h;
            } catch (IOException e) {
                // Another program took the port between the check and NSD's bind: try another.
                h.stopServers();
                last = e;
            }
        }
        deleteTree(dir);
        throw last;
    }

    /** The port all three servers listen on. */
    public int port() {
        return port;
    }

    /** The root server, 127.53.0.1. */
    public DnsServer root() {
        return new DnsServer(ROOT, port);
    }

    /** The server of lab., 127.53.0.2. */
    public DnsServer tld() {
        return new DnsServer(TLD, port);
    }

    /** The server of example.lab., test. and the reverse zone, 127.53.0.3. */
    public DnsServer domain() {
        return new DnsServer(DOMAIN, port);
    }

    private void launch(Path nsd, int n, InetAddress address, List<String> zones) throws IOException {
        Path conf = dir.resolve("nsd-" + n + ".conf");
        StringBuilder c = new StringBuilder();
        c.append("server:\n")
                .append("  ip-address: ").append(address.getHostAddress()).append('\n')
                .append("  port: ").append(port).append('\n')
                .append("  username: \"\"\n")
                .append("  chroot: \"\"\n")
                .append("  zonesdir: \"").append(dir).append("\"\n")
                .append("  pidfile: \"").append(dir.resolve("nsd-" + n + ".pid")).append("\"\n")
                .append("  zonelistfile: \"").append(dir.resolve("zones-" + n + ".list")).append("\"\n")
                .append("  xfrdfile: \"").append(dir.resolve("xfrd-" + n + ".state")).append("\"\n")
                .append("  xfrdir: \"").append(dir.resolve("xfr-" + n)).append("\"\n")
                .append("  database: \"\"\n")
                .append("  server-count: 1\n")
                .append("  verbosity: 1\n")
                .append("  hide-version: yes\n")
                .append("remote-control:\n")
                .append("  control-enable: no\n");
        for (String zone : zones) {
            String file = zone.equals(".") ? "root.zone" : zone.substring(0, zone.length() - 1) + ".zone";
            c.append("zone:\n  name: \"").append(zone).append("\"\n  zonefile: \"").append(file).append("\"\n");
        }
        Files.writeString(conf, c.toString(), StandardCharsets.UTF_8);
        Path log = dir.resolve("nsd-" + n + ".log");
        Process p = new ProcessBuilder(nsd.toString(), "-d", "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        servers.add(p);
    }

    private void awaitReady(InetAddress address, String zone) throws IOException, InterruptedException {
        Process p = servers.get(address.equals(ROOT) ? 0 : address.equals(TLD) ? 1 : 2);
        Path log = dir.resolve("nsd-" + (servers.indexOf(p) + 1) + ".log");
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        SimpleResolver r = new SimpleResolver(new InetSocketAddress(address, port));
        r.setTimeout(Duration.ofMillis(500));
        Message query = Message.newQuery(Record.newRecord(Name.fromString(zone), Type.SOA, DClass.IN));
        while (true) {
            if (!p.isAlive()) {
                throw new IOException("NSD for " + zone + " on " + address.getHostAddress() + ":" + port
                        + " exited: " + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
            try {
                if (r.send(query).getRcode() == Rcode.NOERROR) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("NSD for " + zone + " did not answer within " + READY_WITHIN
                        + ": " + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws IOException {
        stopServers();
        deleteTree(dir);
    }

    private void stopServers() {
        for (Process p : servers) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy(); // SIGTERM: NSD stops its own children and exits
        }
        for (Process p : servers) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        servers.clear();
    }

    private static Path nsd() {
        for (String candidate : List.of("/usr/sbin/nsd", "/usr/local/sbin/nsd", "/opt/homebrew/sbin/nsd")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("the DNS tests need NSD, a real authoritative DNS server:"
                + " install it with 'apt-get install nsd'");
    }

    /** True when UDP and TCP {@code port} can be bound on all three addresses. */
    private static boolean free(int port) {
        for (InetAddress a : List.of(ROOT, TLD, DOMAIN)) {
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(a, port));
                    ServerSocket tcp = new ServerSocket()) {
                tcp.bind(new InetSocketAddress(a, port));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static int sharedFreePort() throws IOException {
        for (int i = 0; i < 50; i++) {
            int candidate;
            try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(ROOT, 0))) {
                candidate = s.getLocalPort();
            }
            if (free(candidate)) {
                return candidate;
            }
        }
        throw new IOException("found no port free on 127.53.0.1 to 127.53.0.3");
    }

    private static InetAddress address(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 53, 0, (byte) last});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
