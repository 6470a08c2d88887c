package socketlab.dns;

import org.xbill.DNS.Name;

/** One question of a query: a name and the record type wanted, as in a DNS message's question section. */
public record Question(Name name, RecordType type) {
    @Override
    public String toString() {
        return name + " " + type;
    }
}
