package socketlab.capture;

/**
 * A capture's counters.
 *
 * @param captured           frames this capture delivered
 * @param received           packets the capture mechanism saw that passed the filter (libpcap's count)
 * @param droppedByKernel    packets that passed the filter but were lost because the capture buffer was full,
 *                           as when frames are not taken away fast enough
 * @param droppedByInterface packets the network interface or its driver dropped, where the system reports it
 */
public record CaptureStats(long captured, long received, long droppedByKernel, long droppedByInterface) {

    /** No frames yet. */
    public static final CaptureStats NONE = new CaptureStats(0, 0, 0, 0);

    /**
     * "12 packets captured, 0 dropped by the kernel, 0 dropped by the interface": every count, the zeros too, since
     * a zero is what tells a reader that nothing was lost. The drops are libpcap's counts as it reports them (on
     * Linux loopback the kernel's count includes the outgoing copy of each packet, which libpcap never delivers).
     */
    public String describe() {
        return captured + (captured == 1 ? " packet" : " packets") + " captured, " + droppedByKernel
                + " dropped by the kernel, " + droppedByInterface + " dropped by the interface";
    }
}
