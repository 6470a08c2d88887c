package socketlab.ui.address;

import java.util.List;

/**
 * An example the Addresses pane offers as a button: what to put in the address and port fields.
 *
 * @param label the button's text, e.g. {@code 198.35.26.96:80}
 * @param port  the port's text, empty for none
 */
public record AddressExample(String label, String address, String port) {

    /** The lectures' examples: loopback, the practice question, an invalid quad, IPv6, a mapped address. */
    public static final List<AddressExample> ALL = List.of(
            new AddressExample("127.0.0.1", "127.0.0.1", ""),
            new AddressExample("198.35.26.96:80", "198.35.26.96", "80"),
            new AddressExample("500.304.259.1", "500.304.259.1", ""),
            new AddressExample("2001:db8::ff00:42:8329", "2001:db8::ff00:42:8329", ""),
            new AddressExample("::ffff:128.95.4.1", "::ffff:128.95.4.1", ""),
            new AddressExample("::1", "::1", ""));
}
