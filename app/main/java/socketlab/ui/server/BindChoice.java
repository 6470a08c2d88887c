package socketlab.ui.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import socketlab.net.Addresses;

/**
 * An address a server can listen on, with what it means for who can connect.
 *
 * @param address     the address as typed, e.g. "127.0.0.1"
 * @param description who can reach a server bound there, e.g. "this machine only (IPv4 loopback)"
 */
public record BindChoice(String address, String description) {

    /** The choices the form offers; any other address of this machine can be typed in. */
    public static final List<BindChoice> CHOICES = List.of(
            new BindChoice("127.0.0.1", "this machine only (loopback)"),
            new BindChoice("::1", "this machine only (IPv6 loopback)"),
            new BindChoice("::", "all interfaces, IPv4 + IPv6 (dual-stack)"),
            new BindChoice("0.0.0.0", "all IPv4 interfaces"));

    /** Who can reach a server listening on {@code a}. */
    public static String describe(InetAddress a) {
        String text = Addresses.toText(a);
        for (BindChoice c : CHOICES) {
            if (c.address.equals(text)) {
                return c.description;
            }
        }
        if (a.isLoopbackAddress()) {
            return "this machine only (" + (a instanceof Inet6Address ? "IPv6" : "IPv4") + " loopback)";
        }
        return "only through the network interface that has this address";
    }

    /** The warning under a wildcard address. */
    public static final String EVERY_INTERFACE = "⚠ Every interface: classmates on the same network can connect to"
            + " this server.";

    /** The warning under a specific address that is not loopback. */
    public static final String NOT_LOOPBACK = "⚠ Not loopback: classmates on the network this address is on can"
            + " connect to this server.";

    /** The warning shown while the address would let other machines connect. */
    public static String exposureWarning(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "";
        }
        return Addresses.isWildcard(a) ? EVERY_INTERFACE : NOT_LOOPBACK;
    }

    @Override
    public String toString() {
        return address + "  —  " + description;
    }
}
