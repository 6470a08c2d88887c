package socketlab.dns;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;
import socketlab.net.Addresses;

/**
 * One resource record as the lab shows it: owner name, time to live, class, type and data, the five columns of a
 * zone file line and of dig's answer section.
 *
 * @param name  the owner, absolute, e.g. {@code www.example.com.}
 * @param ttl   seconds a resolver may keep it, or {@link #NO_TTL} for an entry that did not come from DNS
 * @param clazz the class, {@code IN} for the Internet
 * @param type  the type's mnemonic, e.g. {@code AAAA}
 * @param data  the data in zone file form, e.g. {@code 10 mail.example.com.} for an MX record
 */
public record DnsRecord(String name, long ttl, String clazz, String type, String data) {
    /** The time to live of an entry that no DNS server sent, such as a line of the hosts file. */
    public static final long NO_TTL = -1;

    public static DnsRecord of(Record r) {
        // dnsjava writes IPv6 addresses unshortened; the lab writes them as RFC 5952 does (fd53::10).
        String data = r instanceof AAAARecord aaaa ? Addresses.toText(aaaa.getAddress()) : r.rdataToString();
        return new DnsRecord(r.getName().toString(), r.getTTL(), DClass.string(r.getDClass()),
                Type.string(r.getType()), data);
    }

    /** True when the record is of {@code t}. */
    public boolean is(RecordType t) {
        return type.equals(t.name());
    }

    /** The TTL as text: seconds, or a dash when there is none. */
    public String ttlText() {
        return ttl == NO_TTL ? "-" : Long.toString(ttl);
    }

    /** One line as dig prints it: the five fields separated by tabs. */
    public String line() {
        return name + "\t" + ttlText() + "\t" + clazz + "\t" + type + "\t" + data;
    }
}
