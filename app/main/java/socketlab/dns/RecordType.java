package socketlab.dns;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.Type;

/** The record types the lab asks for, each with what it holds in a few words. */
public enum RecordType {
    A(Type.A, "IPv4 address"),
    AAAA(Type.AAAA, "IPv6 address"),
    CNAME(Type.CNAME, "alias: the name is another name's"),
    NS(Type.NS, "name servers of a zone"),
    MX(Type.MX, "mail servers, with preference"),
    TXT(Type.TXT, "free text"),
    SOA(Type.SOA, "start of authority: the zone's primary server and timers"),
    PTR(Type.PTR, "pointer: the name of an address");

    private final int code;
    private final String summary;

    RecordType(int code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    /** The type's number in a DNS message, e.g. 28 for AAAA. */
    public int code() {
        return code;
    }

    public String summary() {
        return summary;
    }

    /** The type named by {@code id} in any letter case, e.g. "mx". */
    public static Optional<RecordType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(id.strip()))
                .findFirst();
    }

    /** The type with DNS number {@code code}, if the lab knows it. */
    public static Optional<RecordType> fromCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }

    /** Lower-case name, as typed on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
