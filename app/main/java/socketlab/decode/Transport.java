package socketlab.decode;

/** Hands the data of an IP packet to the dissector registered for the protocol its header names. */
final class Transport {
    private Transport() {
    }

    /**
     * @param start first byte of the upper-layer header
     * @param end   first byte after the IP packet, as its header declares it
     */
    static void dissect(Dissection d, int proto, int start, int end) {
        Dissector next = DissectorTables.forIpNumber(proto);
        if (next != null) {
            next.dissect(d, start, end);
        } else {
            d.payload(start, end);
        }
    }
}
