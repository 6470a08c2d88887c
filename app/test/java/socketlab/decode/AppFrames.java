package socketlab.decode;

/** Application-layer frames made by hand, for the window's tests. */
public final class AppFrames {
    private AppFrames() {
    }

    /** A DNS response over UDP in an Ethernet frame: every record type the lab decodes, names compressed. */
    public static byte[] dnsResponse() {
        return DnsMessagesTest.udp(53, 40000, DnsMessagesTest.response());
    }

    public static Frame decode(byte[] frame) {
        return new FrameDecoder(LocalAddresses.loopbackOnly()).decode(new RawFrame(1, 1_765_000_000_000_000L,
                frame.length, LinkType.ETHERNET, frame));
    }
}
