package socketlab.capture;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import socketlab.net.Addresses;

/**
 * A network interface that can be captured on, as libpcap lists it.
 *
 * @param name        the name to capture on, such as {@code lo} or {@code eth0}
 * @param description libpcap's description, empty when it has none
 * @param addresses   its IP addresses
 * @param up          the interface is administratively up
 * @param running     it is up and has a working link
 * @param loopback    it is the loopback interface, which carries traffic between programs on this machine
 */
public record NetInterface(String name, String description, List<Address> addresses, boolean up, boolean running,
        boolean loopback) {

    /** An IP address of the interface with its prefix length, {@code -1} when libpcap gives no netmask. */
    public record Address(InetAddress address, int prefixLength) {
        @Override
        public String toString() {
            String text = Addresses.toText(address);
            return prefixLength < 0 ? text : text + "/" + prefixLength;
        }
    }

    public NetInterface {
        addresses = List.copyOf(addresses);
    }

    /** "loopback, up" or "down": the marks a list shows beside the name. */
    public String marks() {
        List<String> marks = new ArrayList<>();
        if (loopback) {
            marks.add("loopback");
        }
        marks.add(up ? "up" : "down");
        return String.join(", ", marks);
    }

    /** One line for a list: name, marks, addresses and description. */
    public String describe() {
        StringBuilder sb = new StringBuilder(name).append(" (").append(marks()).append(')');
        for (Address a : addresses) {
            sb.append(' ').append(a);
        }
        if (!description.isEmpty()) {
            sb.append(" - ").append(description);
        }
        return sb.toString();
    }
}
