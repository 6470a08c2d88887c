package socketlab.dns;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A miniature DNS hierarchy the lab starts on this machine when the Internet's root servers cannot be reached, so that
 * the DNS lessons work offline: a root server on 127.53.1.1 refers {@code com.} and {@code arpa.} to a top-level
 * server on 127.53.1.2, which refers {@code example.com.} and {@code 2.0.192.in-addr.arpa.} to the domain's server on
 * 127.53.1.3, each referral with glue. The addresses the domain hands out are documentation addresses (192.0.2.0/24,
 * 2001:db8::/32), so nothing here is mistaken for the real Internet; the window says the hierarchy is local.
 *
 * <p>All three servers share one UDP port: 53 when the lab may bind it, else one the kernel chooses; a trace asks every
 * server on its roots' port ({@link Trace#fromRoots}). Each server answers from its own zones only, authoritatively, and
 * never recurses. Close it to stop the three threads.
 */
public final class LocalHierarchy implements AutoCloseable {
    public static final InetAddress ROOT = loopback(1);
    public static final InetAddress TLD = loopback(2);
    public static final InetAddress DOMAIN = loopback(3);
    /** The name lessons trace and look up: it exists both on the Internet and here. */
    public static final String EXAMPLE_NAME = "www.example.com";

    private static final int BIND_ATTEMPTS = 20;
    private static final String SOA = " 3600 SOA a.root.lab. hostmaster.lab. 1 3600 600 86400 60";

    private final List<Zone> servers;
    private final List<DatagramSocket> sockets = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final int port;

    /** One server's zones and records. */
    private record Zone(InetAddress address, List<Name> apexes, List<Record> records) {
    }

    private LocalHierarchy(int port, List<Zone> servers, List<DatagramSocket> bound) {
        this.port = port;
        this.servers = servers;
        this.sockets.addAll(bound);
    }

    /** Starts the three servers, on port 53 if it can be bound, else on a shared port the kernel chooses. */
    public static LocalHierarchy start() throws IOException {
        List<Zone> zones = zones();
        List<DatagramSocket> bound = bindAll(zones, 53);
        for (int i = 0; bound == null && i < BIND_ATTEMPTS; i++) {
            try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(ROOT, 0))) {
                int p = probe.getLocalPort();
                probe.close();
                bound = bindAll(zones, p);
            }
        }
        if (bound == null) {
            throw new BindException("no port was free on 127.53.1.1–3 for the lab's local DNS hierarchy");
        }
        LocalHierarchy h = new LocalHierarchy(bound.getFirst().getLocalPort(), zones, bound);
        for (int i = 0; i < zones.size(); i++) {
            DatagramSocket socket = bound.get(i);
            Zone zone = zones.get(i);
            Thread t = Thread.ofPlatform().daemon().name("lab-dns-" + zone.address().getHostAddress())
                    .start(() -> h.serve(socket, zone));
            h.threads.add(t);
        }
        return h;
    }

    // All three sockets on one port, or null (each one bound so far closed) when one of them cannot be.
    private static List<DatagramSocket> bindAll(List<Zone> zones, int port) {
        List<DatagramSocket> out = new ArrayList<>();
        try {
            for (Zone z : zones) {
                out.add(new DatagramSocket(new InetSocketAddress(z.address(), port)));
            }
            return out;
        } catch (SocketException e) {
            out.forEach(DatagramSocket::close);
            return null;
        }
    }

    /** The port all three servers listen on. */
    public int port() {
        return port;
    }

    /** The root server, to start a trace from. */
    public List<DnsServer> roots() {
        return List.of(new DnsServer(ROOT, port));
    }

    /** A trace from this hierarchy's root. */
    public Trace trace(Duration timeout) {
        return Trace.fromRoots(roots(), timeout).value();
    }

    /** The server that answers for {@code name} here (the domain's or the top-level server), if any does. */
    public Optional<DnsServer> serverFor(String name) {
        Name n;
        try {
            n = Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (TextParseException e) {
            return Optional.empty();
        }
        for (Zone z : servers.reversed()) {
            if (z.apexes().stream().anyMatch(a -> !a.equals(Name.root) && n.subdomain(a))) {
                return Optional.of(new DnsServer(z.address(), port));
            }
        }
        return Optional.empty();
    }

    /** One sentence for the window: where this hierarchy runs and why. */
    public String describe() {
        return "a local DNS hierarchy the lab started on this machine (root 127.53.1.1, com. 127.53.1.2,"
                + " example.com. 127.53.1.3, port " + port + "), because the Internet's root servers cannot be"
                + " reached";
    }

    /**
     * Whether one of the Internet's root servers answers a question for the root's name servers within
     * {@code timeout}: when none does, the lessons use a local hierarchy.
     */
    public static boolean internetRootsReachable(Duration timeout) {
        for (Trace.NamedServer root : RootHints.servers().subList(0, 2)) {
            try {
                Exchange.ask(root.server(), Name.root, Type.NS, false, timeout);
                return true;
            } catch (DnsFailure e) {
                // try the next one
            }
        }
        return false;
    }

    private void serve(DatagramSocket socket, Zone zone) {
        byte[] buf = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(in);
            } catch (IOException e) {
                return; // closed
            }
            byte[] reply;
            try {
                Message q = new Message(java.util.Arrays.copyOf(in.getData(), in.getLength()));
                reply = answer(q, zone).toWire(512);
            } catch (IOException | RuntimeException e) {
                continue; // not a DNS question: a real server drops it too
            }
            try {
                socket.send(new DatagramPacket(reply, reply.length, in.getSocketAddress()));
            } catch (IOException e) {
                // the asker is gone; serve the next one
            }
        }
    }

    /** The authoritative reply of {@code zone}'s server to {@code q}. */
    static Message answer(Message q, Zone zone) {
        Message r = new Message(q.getHeader().getID());
        r.getHeader().setFlag(Flags.QR);
        if (q.getHeader().getFlag(Flags.RD)) {
            r.getHeader().setFlag(Flags.RD);
        }
        Record question = q.getQuestion();
        if (question == null || q.getHeader().getOpcode() != Opcode.QUERY) {
            r.getHeader().setRcode(Rcode.FORMERR);
            return r;
        }
        r.addRecord(question, Section.QUESTION);
        Name qname = question.getName();
        int qtype = question.getType();
        Name apex = null;
        for (Name a : zone.apexes()) {
            if (qname.subdomain(a) && (apex == null || a.labels() > apex.labels())) {
                apex = a;
            }
        }
        if (apex == null) {
            r.getHeader().setRcode(Rcode.REFUSED);
            return r;
        }
        // A cut between the apex and the name: refer to the child's servers, with their addresses as glue.
        for (int labels = apex.labels() + 1; labels <= qname.labels(); labels++) {
            Name cut = new Name(qname, qname.labels() - labels);
            List<Record> ns = find(zone, cut, Type.NS);
            if (!ns.isEmpty()) {
                for (Record n : ns) {
                    r.addRecord(n, Section.AUTHORITY);
                    for (Record g : zone.records()) {
                        if ((g.getType() == Type.A || g.getType() == Type.AAAA)
                                && g.getName().equals(((NSRecord) n).getTarget())) {
                            r.addRecord(g, Section.ADDITIONAL);
                        }
                    }
                }
                return r;
            }
        }
        r.getHeader().setFlag(Flags.AA);
        List<Record> exact = find(zone, qname, qtype);
        if (!exact.isEmpty()) {
            exact.forEach(x -> r.addRecord(x, Section.ANSWER));
            return r;
        }
        List<Record> alias = find(zone, qname, Type.CNAME);
        if (!alias.isEmpty()) {
            alias.forEach(x -> r.addRecord(x, Section.ANSWER));
            return r;
        }
        boolean exists = zone.records().stream().anyMatch(x -> x.getName().subdomain(qname));
        if (!exists) {
            r.getHeader().setRcode(Rcode.NXDOMAIN);
        }
        find(zone, apex, Type.SOA).forEach(x -> r.addRecord(x, Section.AUTHORITY));
        return r;
    }

    private static List<Record> find(Zone zone, Name name, int type) {
        return zone.records().stream().filter(x -> x.getName().equals(name) && x.getType() == type).toList();
    }

    private static List<Zone> zones() {
        return List.of(
                zone(ROOT, List.of("."),
                        ".", SOA, ". 3600 NS a.root.lab.", "a.root.lab. 3600 A 127.53.1.1",
                        "com. 3600 NS a.gtld.lab.", "arpa. 3600 NS a.gtld.lab.", "a.gtld.lab. 3600 A 127.53.1.2"),
                zone(TLD, List.of("com.", "arpa."),
                        "com.", SOA, "com. 3600 NS a.gtld.lab.", "arpa.", SOA, "arpa. 3600 NS a.gtld.lab.",
                        "a.gtld.lab. 3600 A 127.53.1.2",
                        "example.com. 3600 NS ns.example.com.", "ns.example.com. 3600 A 127.53.1.3",
                        "2.0.192.in-addr.arpa. 3600 NS ns.example.com."),
                zone(DOMAIN, List.of("example.com.", "2.0.192.in-addr.arpa."),
                        "example.com.", SOA, "example.com. 3600 NS ns.example.com.",
                        "ns.example.com. 3600 A 127.53.1.3",
                        "example.com. 3600 A 192.0.2.10", "example.com. 3600 MX 10 mail.example.com.",
                        "www.example.com. 3600 A 192.0.2.80", "www.example.com. 3600 AAAA 2001:db8::80",
                        "mail.example.com. 3600 A 192.0.2.25", "ftp.example.com. 3600 CNAME www.example.com.",
                        "2.0.192.in-addr.arpa.", SOA, "2.0.192.in-addr.arpa. 3600 NS ns.example.com.",
                        "80.2.0.192.in-addr.arpa. 3600 PTR www.example.com.",
                        "25.2.0.192.in-addr.arpa. 3600 PTR mail.example.com.",
                        "10.2.0.192.in-addr.arpa. 3600 PTR example.com."));
    }

    // Records written as zone-file lines; a name followed by SOA (two arguments) makes that zone's SOA.
    private static Zone zone(InetAddress address, List<String> apexes, String... lines) {
        List<Record> records = new ArrayList<>();
        try {
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (i + 1 < lines.length && lines[i + 1] == SOA) {
                    line = line + SOA;
                    i++;
                }
                String[] p = line.split(" ", 4);
                records.add(Record.fromString(Name.fromString(p[0]), Type.value(p[2]), DClass.IN,
                        Long.parseLong(p[1]), p[3], Name.root));
            }
            List<Name> names = new ArrayList<>();
            for (String a : apexes) {
                names.add(Name.fromString(a));
            }
            return new Zone(address, names, records);
        } catch (IOException e) {
            throw new IllegalStateException("the lab's own zone data is wrong: " + e.getMessage(), e);
        }
    }

    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 53, 1, (byte) last});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        sockets.forEach(DatagramSocket::close);
        for (Thread t : threads) {
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
