package socketlab.net;

import java.util.List;

/** The kernel's TCP socket table of the whole machine, or why it cannot be read here. */
public sealed interface MachineSockets {

    /** The sockets, in the kernel's order: IPv4 ones first, then IPv6 ones. */
    record Listed(List<TcpSocket> sockets) implements MachineSockets {
        public Listed {
            sockets = List.copyOf(sockets);
        }
    }

    /** The table cannot be read on this system, with the reason in plain words. */
    record Unavailable(String reason) implements MachineSockets {
    }
}
