package socketlab.ui.address;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import socketlab.net.AddressAnatomy;
import socketlab.net.DottedPart;
import socketlab.net.Parsed;
import socketlab.net.Ports;
import socketlab.net.SockaddrLayout;
import socketlab.ui.ValidatedField;

/**
 * The Addresses pane's model: an address and an optional port, re-read on every keystroke, and what they mean — the
 * address taken apart, its socket address structure when a port is given, or why the address is not one.
 */
public final class AddressesViewModel {
    // Properties
    private final ValidatedField<AddressAnatomy> address = new ValidatedField<>("198.35.26.96",
            AddressAnatomy::parse);
    private final ValidatedField<Optional<Integer>> port = new ValidatedField<>("80", AddressesViewModel::parsePort);
    private final ReadOnlyObjectWrapper<AddressAnatomy> anatomy = new ReadOnlyObjectWrapper<>(this, "anatomy");
    private final ReadOnlyObjectWrapper<SockaddrLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyObjectWrapper<List<DottedPart>> dottedParts = new ReadOnlyObjectWrapper<>(this,
            "dottedParts", List.of());
    private final ReadOnlyStringWrapper layoutHint = new ReadOnlyStringWrapper(this, "layoutHint", "");
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper(this, "rule", "");

    static final String IPV4_RULE = "An IPv4 address is 4 bytes, written as a dotted quad: four decimal numbers,"
            + " each one byte, so each from 0 to 255, without leading zeros.";
    static final String IPV6_RULE = "An IPv6 address is 16 bytes, written as 8 groups of 16 bits in hex (up to 4"
            + " digits each) separated by colons; :: may replace one run of zero groups, and the last 32 bits may be"
            + " written as a dotted quad.";
    /** Under Address: what it takes, in the words of the C functions that read it. */
    public static final String ADDRESS_HINT = "what inet_pton() reads: IPv4 as four decimal bytes, IPv6 as eight hex"
            + " groups";
    /** Under Port. */
    public static final String PORT_HINT = "0–65535, kept in sin_port in network byte order (htons); empty: none";
    static final String EMPTY_RULE = "Type an address, or pick one of the examples above.";

    public AddressesViewModel() {
        address.parsedProperty().subscribe(p -> update());
        port.parsedProperty().subscribe(p -> update());
    }

    /** An empty port is allowed: the address alone is taken apart, without a socket address structure. */
    static Parsed<Optional<Integer>> parsePort(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.ok(Optional.empty());
        }
        return Ports.parse(text).map(Optional::of);
    }

    private void update() {
        Parsed<AddressAnatomy> a = address.parsedProperty().get();
        Parsed<Optional<Integer>> p = port.parsedProperty().get();
        if (a == null || p == null) {
            return; // still being built
        }
        anatomy.set(a.isOk() ? a.value() : null);
        dottedParts.set(a.isOk() ? List.of() : DottedPart.of(address.textProperty().get()));
        String text = address.textProperty().get() == null ? "" : address.textProperty().get().strip();
        rule.set(a.isOk() ? "" : text.contains(":") ? IPV6_RULE : text.isEmpty() ? EMPTY_RULE : IPV4_RULE);
        boolean withPort = p.isOk() && p.value().isPresent();
        layout.set(a.isOk() && withPort ? SockaddrLayout.of(a.value(), p.value().get()) : null);
        String struct = a.isOk() && a.value().version() == 6 ? "sockaddr_in6" : "sockaddr_in";
        layoutHint.set(!a.isOk() ? "" : p.isOk() && p.value().isEmpty()
                ? "Type a port to see the " + struct + " a C program passes to bind or connect."
                : !p.isOk() ? "Fix the port to see the " + struct + "." : "");
    }

    public ValidatedField<AddressAnatomy> address() {
        return address;
    }

    public ValidatedField<Optional<Integer>> port() {
        return port;
    }

    /** The address taken apart, or null while the text is not an address. */
    public ReadOnlyObjectProperty<AddressAnatomy> anatomyProperty() {
        return anatomy.getReadOnlyProperty();
    }

    /** The socket address structure, or null without a valid address and port. */
    public ReadOnlyObjectProperty<SockaddrLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** While an invalid text is digits and dots: each part judged on its own; otherwise empty. */
    public ReadOnlyObjectProperty<List<DottedPart>> dottedPartsProperty() {
        return dottedParts.getReadOnlyProperty();
    }

    /** The rule the invalid text breaks, e.g. what a dotted quad is; empty while the address is valid. */
    public ReadOnlyStringProperty ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    /** What to do to see the structure (type or fix the port), or empty. */
    public ReadOnlyStringProperty layoutHintProperty() {
        return layoutHint.getReadOnlyProperty();
    }

    // Commands

    /** Puts an example in the fields. */
    public void show(AddressExample example) {
        address.textProperty().set(example.address());
        port.textProperty().set(example.port());
    }

    /** Switches between an IPv4 address and its IPv4-mapped IPv6 form (or back), keeping the port. */
    public void showMapped() {
        AddressAnatomy a = anatomy.get();
        if (a != null && !a.mapped().isEmpty()) {
            address.textProperty().set(a.mapped());
        }
    }
}
