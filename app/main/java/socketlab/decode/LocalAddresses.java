package socketlab.decode;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The IP addresses of this machine, to tell packets it sent (whose checksums the network card may fill in after the
 * capture) from packets it received. Loopback addresses (127.0.0.0/8, ::1) always count.
 */
public final class LocalAddresses {
    private final List<byte[]> addresses;

    private LocalAddresses(List<byte[]> addresses) {
        this.addresses = addresses;
    }

    /** The addresses of this machine's interfaces now; only loopback if the system does not list them. */
    public static LocalAddresses ofThisMachine() {
        List<byte[]> found = new ArrayList<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    found.add(a.getAddress());
                }
            }
        } catch (SocketException | RuntimeException e) {
            // Without the list, loopback still counts: the lab's own traffic is on loopback.
        }
        return new LocalAddresses(List.copyOf(found));
    }

    /** Only loopback addresses, whatever machine decodes: gives the same answer everywhere. */
    public static LocalAddresses loopbackOnly() {
        return new LocalAddresses(List.of());
    }

    /** Whether the address of {@code len} bytes (4 or 16) at {@code off} belongs to this machine. */
    public boolean contains(byte[] data, int off, int len) {
        if (len == 4 && (data[off] & 0xff) == 127) {
            return true;
        }
        if (len == 16 && isIpv6Loopback(data, off)) {
            return true;
        }
        for (byte[] a : addresses) {
            if (a.length == len && Arrays.equals(a, 0, len, data, off, off + len)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIpv6Loopback(byte[] d, int off) {
        for (int i = 0; i < 15; i++) {
            if (d[off + i] != 0) {
                return false;
            }
        }
        return d[off + 15] == 1;
    }
}
