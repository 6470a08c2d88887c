package socketlab.net;

/** IANA's three ranges of port numbers. */
public enum PortRange {
    /** 0–1023: assigned to standard services; binding one needs administrator rights on Unix. */
    WELL_KNOWN("well-known", 0, 1_023),
    /** 1024–49151: registered with IANA for particular services, free for anyone to use. */
    REGISTERED("registered", 1_024, 49_151),
    /** 49152–65535: never assigned; for private use and for ports the system picks. */
    DYNAMIC("dynamic", 49_152, Ports.MAX);

    private final String label;
    private final int low;
    private final int high;

    PortRange(String label, int low, int high) {
        this.label = label;
        this.low = low;
        this.high = high;
    }

    public static PortRange of(int port) {
        if (port < 0 || port > Ports.MAX) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return port <= WELL_KNOWN.high ? WELL_KNOWN : port <= REGISTERED.high ? REGISTERED : DYNAMIC;
    }

    /** "well-known", "registered" or "dynamic". */
    public String label() {
        return label;
    }

    /** e.g. "1024–49151". */
    public String span() {
        return low + "–" + high;
    }
}
