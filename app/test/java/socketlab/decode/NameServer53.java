package socketlab.decode;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real NSD serving the DNS tests' zones (example.lab., test. and the reverse zone of 127.53.0.0/24, from
 * socketlab/dns/hierarchy) on port 53 of an address of its own in 127.54.0.0/24, so that tcpdump and tshark decode
 * its traffic as DNS. Port 53 is what makes them do so; the DNS hierarchy of the DNS tests may have to move to
 * another port when 53 is taken on its addresses, so the decoding tests take an address where 53 is free instead.
 */
final class NameServer53 implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);
    private static final List<String> ZONES = List.of("example.lab.", "test.", "0.53.127.in-addr.arpa.");

    private final Path dir;
    private final Process nsd;
    private final InetAddress address;

    private NameServer53(Path dir, Process nsd, InetAddress address) {
        this.dir = dir;
        this.nsd = nsd;
        this.address = address;
    }

    static NameServer53 start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("socketlab-ns53-");
        for (String zone : ZONES) {
            String file = zone.substring(0, zone.length() - 1) + ".zone";
            try (InputStream in = NameServer53.class.getResourceAsStream("/socketlab/dns/hierarchy/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource socketlab/dns/hierarchy/" + file);
                }
                Files.copy(in, dir.resolve(file));
            }
        }
        for (int last = 1; last < 250; last++) {
            InetAddress a = InetAddress.getByAddress(new byte[] {127, 54, 0, (byte) last});
            if (!free(a)) {
                continue;
            }
            Process p = launch(dir, a);
            if (awaitReady(p, a)) {
                return new NameServer53(dir, p, a);
            }
            stop(p);
        }
        throw new IOException("found no address in 127.54.0.0/24 with port 53 free for NSD");
    }

    InetAddress address() {
        return address;
    }

    String host() {
        return address.getHostAddress();
    }

    private static Process launch(Path dir, InetAddress a) throws IOException {
        String n = a.getHostAddress().replace('.', '-');
        StringBuilder c = new StringBuilder();
        c.append("server:\n  ip-address: ").append(a.getHostAddress()).append("\n  port: 53\n")
                .append("  username: \"\"\n  chroot: \"\"\n  zonesdir: \"").append(dir).append("\"\n")
                .append("  pidfile: \"").append(dir.resolve(n + ".pid")).append("\"\n")
                .append("  zonelistfile: \"").append(dir.resolve(n + ".list")).append("\"\n")
                .append("  xfrdfile: \"").append(dir.resolve(n + ".xfrd")).append("\"\n")
                .append("  xfrdir: \"").append(dir.resolve(n + "-xfr")).append("\"\n")
                .append("  database: \"\"\n  server-count: 1\n  verbosity: 1\n  hide-version: yes\n")
                .append("remote-control:\n  control-enable: no\n");
        for (String zone : ZONES) {
            c.append("zone:\n  name: \"").append(zone).append("\"\n  zonefile: \"")
                    .append(zone, 0, zone.length() - 1).append(".zone\"\n");
        }
        Path conf = dir.resolve(n + ".conf");
        Files.writeString(conf, c.toString(), StandardCharsets.UTF_8);
        return new ProcessBuilder("/usr/sbin/nsd", "-d", "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(n + ".log").toFile()).start();
    }

    /** Waits until {@code dig} gets the SOA of example.lab. from the server. */
    private static boolean awaitReady(Process p, InetAddress a) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (p.isAlive() && System.nanoTime() < deadline) {
            Process dig = new ProcessBuilder("dig", "+short", "+tries=1", "+time=1", "@" + a.getHostAddress(),
                    "example.lab.", "SOA").redirectErrorStream(true).start();
            String out = new String(dig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            dig.waitFor(10, TimeUnit.SECONDS);
            if (out.contains("hostmaster.example.lab.")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean free(InetAddress a) {
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(a, 53));
                ServerSocket tcp = new ServerSocket()) {
            tcp.bind(new InetSocketAddress(a, 53));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop(nsd);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
