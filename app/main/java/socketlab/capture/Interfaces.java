package socketlab.capture;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pcap4j.core.PcapAddress;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.Pcaps;

/** The interfaces this machine can capture on, loopback included. */
public final class Interfaces {
    private Interfaces() {
    }

    /** Every interface libpcap offers, in its order. */
    public static List<NetInterface> list() throws CaptureProblem {
        List<PcapNetworkInterface> devices;
        try {
            devices = Pcaps.findAllDevs();
        } catch (LinkageError e) {
            throw Pcap.libraryMissing(e);
        } catch (PcapNativeException e) {
            throw Pcap.openFailure(e, "cannot list the interfaces");
        }
        List<NetInterface> result = new ArrayList<>();
        for (PcapNetworkInterface d : devices) {
            List<NetInterface.Address> addresses = new ArrayList<>();
            for (PcapAddress a : d.getAddresses()) {
                if (a.getAddress() != null) {
                    addresses.add(new NetInterface.Address(a.getAddress(), prefixLength(a.getNetmask())));
                }
            }
            String description = d.getDescription() == null ? "" : d.getDescription();
            result.add(new NetInterface(d.getName(), description, addresses, d.isUp(), d.isRunning(),
                    d.isLoopBack()));
        }
        return result;
    }

    /** The interface named {@code name}; a {@link CaptureProblem.Kind#NO_SUCH_INTERFACE} lists those there are. */
    public static NetInterface find(String name) throws CaptureProblem {
        List<NetInterface> all = list();
        return all.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(
                () -> CaptureProblem.noSuchInterface(name, all.stream().map(NetInterface::name).toList()));
    }

    /**
     * Where a capture starts when the user names no interface: the loopback interface, because the lab's own
     * servers and clients talk over it; otherwise the first interface that is up.
     */
    public static Optional<NetInterface> preferred(List<NetInterface> interfaces) {
        return interfaces.stream().filter(NetInterface::loopback).findFirst()
                .or(() -> interfaces.stream().filter(NetInterface::up).findFirst());
    }

    /** The number of leading one bits of a netmask, or -1 without one. */
    static int prefixLength(InetAddress netmask) {
        if (netmask == null) {
            return -1;
        }
        int bits = 0;
        for (byte b : netmask.getAddress()) {
            bits += Integer.bitCount(b & 0xff);
        }
        return bits;
    }
}
