package socketlab.decode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who decodes what, as Wireshark's dissector tables: each dissector registers under the Ethernet type, IP protocol
 * number or port it handles, and an outer dissector asks the table for the next one, never naming its children. The
 * list below is the only place that knows all dissectors (Wireshark generates the same list at build time).
 */
final class DissectorTables {
    private static final Map<Integer, Dissector> ETHER_TYPES = new HashMap<>();
    private static final Map<Integer, Dissector> IP_NUMBERS = new HashMap<>();
    private static final Map<Integer, Dissector> TCP_PORTS = new HashMap<>();
    private static final Map<Integer, Dissector> UDP_PORTS = new HashMap<>();
    /** The dissectors of the protocols a lab server's port may be registered for at run time. */
    private static final Map<Protocol, Dissector> BY_PROTOCOL = new HashMap<>();

    static {
        List<Runnable> registrations = List.of(Ipv4Dissector::register, Ipv6Dissector::register,
                ArpDissector::register, TcpDissector::register, UdpDissector::register, IcmpDissector::register,
                Icmpv6Dissector::register, DnsDissector::register, HttpDissector::register,
                TlsDissector::register, LabTextDissector::register);
        registrations.forEach(Runnable::run);
    }

    private DissectorTables() {
    }

    static void etherType(EtherType type, Dissector d) {
        ETHER_TYPES.put(type.value(), d);
    }

    static void ipNumber(IpNumber number, Dissector d) {
        IP_NUMBERS.put(number.value(), d);
    }

    static void tcpPort(PortNumber port, Dissector d) {
        TCP_PORTS.put(port.value(), d);
    }

    static void udpPort(PortNumber port, Dissector d) {
        UDP_PORTS.put(port.value(), d);
    }

    /** The dissector used on a port registered for {@code p} while the capture runs (a lab server's port). */
    static void protocol(Protocol p, Dissector d) {
        BY_PROTOCOL.put(p, d);
    }

    static Dissector forEtherType(int type) {
        return ETHER_TYPES.get(type);
    }

    static Dissector forIpNumber(int number) {
        return IP_NUMBERS.get(number);
    }

    /**
     * The dissector of a segment's or datagram's data: a running lab server's port first (it knows what it speaks),
     * then the well-known ports, the lower port first as Wireshark tries them; {@code null} for plain data.
     */
    static Dissector forPorts(boolean tcp, int src, int dst, Map<Integer, Protocol> labPorts) {
        int low = Math.min(src, dst);
        int high = Math.max(src, dst);
        if (tcp && !labPorts.isEmpty()) {
            Protocol p = labPorts.get(low);
            if (p == null) {
                p = labPorts.get(high);
            }
            if (p != null) {
                return BY_PROTOCOL.get(p);
            }
        }
        Map<Integer, Dissector> table = tcp ? TCP_PORTS : UDP_PORTS;
        Dissector d = table.get(low);
        return d != null ? d : table.get(high);
    }
}
