package socketlab.decode;

/** Chooses the dissector for the protocol an IP header names. */
final class Transport {
    private Transport() {
    }

    /**
     * @param start first byte of the upper-layer header
     * @param end   first byte after the IP packet, as its header declares it
     */
    static void dissect(Dissection d, int proto, int start, int end) {
        switch (proto) {
            case 6 -> TcpDissector.dissect(d, start, end);
            case 17 -> UdpDissector.dissect(d, start, end);
            case 1 -> IcmpDissector.dissect(d, start, end);
            case 58 -> Icmpv6Dissector.dissect(d, start, end);
            default -> d.payload(start, end);
        }
    }
}
