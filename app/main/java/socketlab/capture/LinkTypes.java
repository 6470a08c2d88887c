package socketlab.capture;

/**
 * Link-layer header types. A live capture reports libpcap's DLT_ number, a pcap file holds the LINKTYPE_ number;
 * they are the same except for raw IP, whose DLT_ number differs between systems, so frames carry the file's number.
 */
final class LinkTypes {
    static final int RAW = 101;

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
}
