package socketlab.capture;

import java.util.List;
import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.namednumber.DataLinkType;
import socketlab.decode.LinkType;
import socketlab.net.Parsed;

/**
 * Capture filters: the BPF expressions of tcpdump and Wireshark's capture field ({@code tcp port 5000}), compiled
 * by libpcap itself, so what the lab accepts is exactly what the capture will run. An empty filter captures
 * everything.
 */
public final class CaptureFilter {
    /** libpcap's parser keeps global state in older versions; compiling one filter at a time is always safe. */
    private static final Object COMPILING = new Object();
    private static final List<String> PCAP_PREFIXES = List.of("can't parse filter expression: ",
            "syntax error in filter expression: ");

    private CaptureFilter() {
    }

    /**
     * Checks {@code filter} for frames of {@code linkType} (Ethernet, as on loopback) without capturing,
     * and without needing permission to capture, so a form can check it as the user types.
     *
     * @return the filter without surrounding blanks, or why libpcap rejects it, in plain words
     */
    public static Parsed<String> validate(String filter, LinkType linkType) {
        String text = filter == null ? "" : filter.strip();
        if (text.isEmpty()) {
            return Parsed.ok(text);
        }
        try {
            synchronized (COMPILING) {
                PcapHandle dead = Pcaps.openDead(DataLinkType.getInstance(LinkTypes.toDlt(linkType.code())),
                        CaptureOptions.MAX_SNAPLEN);
                try {
                    dead.compileFilter(text, BpfCompileMode.OPTIMIZE, PcapHandle.PCAP_NETMASK_UNKNOWN).free();
                } finally {
                    dead.close();
                }
            }
            return Parsed.ok(text);
        } catch (PcapNativeException e) {
            return Parsed.invalid(message(text, e.getMessage()));
        } catch (NotOpenException e) {
            throw new IllegalStateException("a dead handle closed itself", e);
        } catch (LinkageError e) {
            return Parsed.invalid(Pcap.libraryMissing(e).getMessage());
        }
    }

    /** Compiles {@code filter} for the open {@code handle} and installs it, before any frame is read. */
    static void install(PcapHandle handle, String filter) throws CaptureProblem, NotOpenException {
        if (filter.isEmpty()) {
            return;
        }
        try {
            BpfProgram program;
            synchronized (COMPILING) {
                program = handle.compileFilter(filter, BpfCompileMode.OPTIMIZE, PcapHandle.PCAP_NETMASK_UNKNOWN);
            }
            try {
                handle.setFilter(program);
            } finally {
                program.free();
            }
        } catch (PcapNativeException e) {
            throw CaptureProblem.badFilter(message(filter, e.getMessage()));
        }
    }

    /** libpcap's complaint about {@code filter} as one sentence that names the filter. */
    static String message(String filter, String pcapError) {
        String reason = pcapError == null ? "" : pcapError.strip();
        for (String prefix : PCAP_PREFIXES) {
            if (reason.startsWith(prefix)) {
                reason = reason.substring(prefix.length());
            }
        }
        if (reason.equals("expression rejects all packets")) {
            reason = "it can never match a packet";
        } else if (reason.isEmpty()) {
            reason = "libpcap cannot compile it";
        }
        return "the capture filter '" + filter + "' is not valid: " + reason;
    }
}
