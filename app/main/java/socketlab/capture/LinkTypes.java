package socketlab.capture;

/**
 * Link-layer header types. A live capture reports libpcap's DLT_ number, a pcap file holds the LINKTYPE_ number;
 * they are the same except for raw IP, whose DLT_ number differs between systems, so frames carry the file's number.
 */
final class LinkTypes {
    static final int NULL = 0;
    static final int ETHERNET = 1;
    static final int RAW = 101;
    static final int LOOP = 108;
    static final int LINUX_SLL = 113;
    static final int LINUX_SLL2 = 276;

    private static final int DLT_RAW = 12;
    private static final int DLT_RAW_BSDOS = 14;

    private LinkTypes() {
    }

    /** The pcap file's number for libpcap's {@code dlt}, as libpcap's own dumper maps it. */
    static int fromDlt(int dlt) {
        return dlt == DLT_RAW || dlt == DLT_RAW_BSDOS ? RAW : dlt;
    }

    /** libpcap's number for the file's {@code linkType}, the inverse of {@link #fromDlt}. */
    static int toDlt(int linkType) {
        return linkType == RAW ? DLT_RAW : linkType;
    }

    /** A short name for people: "Ethernet", "Linux cooked v2". */
    static String name(int linkType) {
        return switch (linkType) {
            case NULL -> "BSD loopback";
            case ETHERNET -> "Ethernet";
            case RAW -> "raw IP";
            case LOOP -> "OpenBSD loopback";
            case LINUX_SLL -> "Linux cooked";
            case LINUX_SLL2 -> "Linux cooked v2";
            default -> "link type " + linkType;
        };
    }
}
