package socketlab.capture;

/** libpcap's error texts, trimmed of pcap4j's decoration so they read as one plain line. */
final class LibpcapText {
    private LibpcapText() {
    }

    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "libpcap gave no reason";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
