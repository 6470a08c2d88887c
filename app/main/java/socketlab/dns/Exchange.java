package socketlab.dns;

import java.io.IOException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.WireParseException;

/** One question to one DNS server: a query over UDP (again over TCP when the reply is truncated), timed. */
final class Exchange {
    private Exchange() {
    }

    /**
     * A reply and how it came.
     *
     * @param message the whole reply
     * @param server  the server that sent it
     * @param elapsed from sending the query to receiving the reply
     */
    record Reply(Message message, DnsServer server, Duration elapsed) {
    }

    /**
     * Asks {@code server} for the records of {@code type} at {@code name}.
     *
     * @param recursion whether to ask the server to look the name up for us (the RD flag): yes for a resolver, no
     *                  when following referrals ourselves
     */
    static Reply ask(DnsServer server, Name name, int type, boolean recursion, Duration timeout) throws DnsFailure {
        WarmUp.once();
        return send(server, name, type, recursion, timeout);
    }

    /** {@link #ask} without the warm-up, which uses it. */
    static Reply send(DnsServer server, Name name, int type, boolean recursion, Duration timeout)
            throws DnsFailure {
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        if (!recursion) {
            query.getHeader().unsetFlag(Flags.RD);
        }
        SimpleResolver resolver = new SimpleResolver(server.socketAddress());
        resolver.setTimeout(timeout);
        WireClock clock = WireClock.get();
        long start = System.nanoTime();
        try {
            Message reply = resolver.send(query);
            Duration total = Duration.ofNanos(System.nanoTime() - start);
            return new Reply(reply, server, clock.take(query.getHeader().getID(), server.socketAddress())
                    .orElse(total));
        } catch (IOException e) {
            clock.take(query.getHeader().getID(), server.socketAddress());
            throw failure(e, server, timeout);
        }
    }

    /** Why no reply came from {@code server}, in plain words. */
    static DnsFailure failure(IOException e, DnsServer server, Duration timeout) {
        if (e instanceof SocketTimeoutException || e.getCause() instanceof TimeoutException) {
            return new DnsFailure(DnsFailure.Kind.TIMEOUT, "timed out: no answer from " + server + " within "
                    + Timing.text(timeout) + " (the server may be down, or a firewall drops DNS)");
        }
        if (e instanceof PortUnreachableException) {
            return new DnsFailure(DnsFailure.Kind.NETWORK, "nothing answers DNS at " + server
                    + ": that machine says the port is closed");
        }
        if (e instanceof WireParseException) {
            return new DnsFailure(DnsFailure.Kind.BAD_REPLY, server + " sent a reply that is not a valid answer to"
                    + " the question: " + e.getMessage());
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("network is unreachable") || m.contains("no route")) {
            return new DnsFailure(DnsFailure.Kind.NETWORK, "no network: this machine has no route to " + server);
        }
        if (e.getCause() instanceof InterruptedException) {
            return new DnsFailure(DnsFailure.Kind.NETWORK, "stopped before " + server + " answered");
        }
        return new DnsFailure(DnsFailure.Kind.NETWORK, "could not ask " + server + ": " + e.getMessage());
    }
}
