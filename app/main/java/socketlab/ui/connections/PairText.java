package socketlab.ui.connections;

import java.net.Inet6Address;
import java.util.Locale;
import socketlab.net.Endpoint;
import socketlab.net.PortNote;

/**
 * The texts of a row, made on the poll thread so that the JavaFX thread only compares and sets them: with the
 * kernel's table of thousands of sockets refreshed every second, formatting addresses there would cost frames.
 */
final class PairText {
    private PairText() {
    }

    /** The tuple as one string, "local remote": equal strings, equal tuples. */
    static String pairKey(Endpoint local, Endpoint remote) {
        return local + " " + remote;
    }

    /** As ss prints a peer: a port of 0 means "no other end", written "*". */
    static String endText(Endpoint end) {
        if (end.port() != 0) {
            return end.toString();
        }
        String host = end.host();
        return (end.address() instanceof Inet6Address ? "[" + host + "]" : host) + ":*";
    }

    /** A count with thousands separated: "12,345". */
    static String count(long n) {
        return n < 1000 ? Long.toString(n) : String.format(Locale.ROOT, "%,d", n);
    }

    /** The two ports in a word or two each, e.g. "listening ↔ ephemeral". */
    static String brief(PortNote local, PortNote remote) {
        return local.brief() + " ↔ " + remote.brief();
    }

    /** The two ports explained, one line each. */
    static String detail(PortNote local, PortNote remote) {
        return "local  " + local.text() + "\nremote " + remote.text();
    }
}
