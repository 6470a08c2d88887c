package socketlab.capture;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.List;
import java.util.Optional;

/**
 * Which interface a capture must watch to see this machine's packets to an address: loopback for a loopback
 * address, otherwise the interface the routing table sends them out of.
 */
public final class RouteInterface {
    private RouteInterface() {
    }

    /**
     * The interface of {@code interfaces} that carries packets to {@code destination}; empty when the routing table
     * has no route or names an interface libpcap does not list.
     */
    public static Optional<NetInterface> toward(InetAddress destination, List<NetInterface> interfaces) {
        if (destination.isLoopbackAddress()) {
            return interfaces.stream().filter(NetInterface::loopback).findFirst();
        }
        // Connecting a UDP socket sends nothing: the kernel only picks the route and so the local address, whose
        // interface is the one the packets leave by.
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(destination, 53));
            InetAddress local = probe.getLocalAddress();
            NetworkInterface nif = local == null || local.isAnyLocalAddress() ? null
                    : NetworkInterface.getByInetAddress(local);
            if (nif == null) {
                return Optional.empty();
            }
            String name = nif.getName();
            return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no route (an unreachable network): the caller falls back to its default
        }
    }
}
