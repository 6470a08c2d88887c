package socketlab.client;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import socketlab.net.Addresses;
import socketlab.net.Endpoint;

/** Something a {@link LabClient} did, told to its listener on the thread that made the call. */
public sealed interface ClientEvent {

    Instant time();

    /** The step of the client's teaching strip this event belongs to. */
    ClientStep step();

    /** One line for a log, in plain words. */
    String describe();

    /** The host became addresses: by DNS for a name, at once for a literal. */
    record Resolved(Instant time, Host host, List<InetAddress> addresses) implements ClientEvent {
        public Resolved {
            addresses = List.copyOf(addresses);
        }

        @Override
        public ClientStep step() {
            return ClientStep.RESOLVE;
        }

        @Override
        public String describe() {
            if (host.isLiteral()) {
                return host + " is an address already: no DNS lookup";
            }
            return "resolved " + host.text() + " to " + addresses.stream().map(Addresses::toText)
                    .collect(Collectors.joining(", "));
        }
    }

    /** A TCP socket was created for one of the addresses. */
    record SocketOpened(Instant time, InetAddress address) implements ClientEvent {
        @Override
        public ClientStep step() {
            return ClientStep.SOCKET;
        }

        @Override
        public String describe() {
            return "socket(" + (address instanceof Inet6Address ? "AF_INET6" : "AF_INET") + ", SOCK_STREAM)";
        }
    }

    /** The handshake finished: the kernel chose the local (ephemeral) port. */
    record Connected(Instant time, Endpoint local, Endpoint remote) implements ClientEvent {
        @Override
        public ClientStep step() {
            return ClientStep.CONNECT;
        }

        @Override
        public String describe() {
            return "connected: local " + local + " (ephemeral port, chosen by the kernel) → remote " + remote;
        }
    }

    /** Bytes written to the socket, all of them. */
    record Sent(Instant time, byte[] bytes) implements ClientEvent {
        @Override
        public ClientStep step() {
            return ClientStep.WRITE;
        }

        @Override
        public String describe() {
            return "sent " + bytes.length + (bytes.length == 1 ? " byte" : " bytes");
        }
    }

    /** What one read returned: whatever had arrived, not necessarily a whole line or reply. */
    record Received(Instant time, byte[] bytes) implements ClientEvent {
        @Override
        public ClientStep step() {
            return ClientStep.READ;
        }

        @Override
        public String describe() {
            return "received " + bytes.length + (bytes.length == 1 ? " byte" : " bytes");
        }
    }

    /** A read returned 0: the server closed its end. */
    record EndOfStream(Instant time) implements ClientEvent {
        @Override
        public ClientStep step() {
            return ClientStep.READ;
        }

        @Override
        public String describe() {
            return "read returned 0: the server closed its end (EOF)";
        }
    }

    /** This client closed its socket. */
    record Closed(Instant time, long bytesSent, long bytesReceived) implements ClientEvent {
        @Override
        public ClientStep step() {
            return ClientStep.CLOSE;
        }

        @Override
        public String describe() {
            return "closed the socket after sending " + bytesSent + " and receiving " + bytesReceived + " bytes";
        }
    }

    /** A step failed; the reason is in plain words. */
    record Failed(Instant time, ClientStep step, String reason) implements ClientEvent {
        @Override
        public String describe() {
            return step.label() + " failed: " + reason;
        }
    }
}
