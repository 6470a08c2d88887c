package socketlab.ui.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import socketlab.dns.RecordType;

/**
 * One entry of the DNS pane's type chooser: every address (A and AAAA, as getaddrinfo asks), or one record type.
 *
 * @param type the record type, or empty for every address
 */
public record TypeChoice(Optional<RecordType> type) {
    /** Every address, as getaddrinfo finds them. */
    public static final TypeChoice ADDRESSES = new TypeChoice(Optional.empty());

    /** The chooser's entries: every address first, then each type. */
    public static final List<TypeChoice> ALL;

    static {
        List<TypeChoice> all = new ArrayList<>(List.of(ADDRESSES));
        for (RecordType t : RecordType.values()) {
            all.add(new TypeChoice(Optional.of(t)));
        }
        ALL = List.copyOf(all);
    }

    public static TypeChoice of(RecordType t) {
        return new TypeChoice(Optional.of(t));
    }

    public boolean isAddresses() {
        return type.isEmpty();
    }

    /** The chooser's text, e.g. "addresses (A + AAAA)" or "MX". */
    public String label() {
        return type.map(RecordType::name).orElse("addresses (A + AAAA)");
    }

    /** What the choice asks for, in a few words. */
    public String summary() {
        return type.map(RecordType::summary).orElse("every IPv4 and IPv6 address, aliases followed, like"
                + " getaddrinfo");
    }
}
