package socketlab.stats;

/**
 * One TCP or UDP conversation of a capture: a socket pair and what went each way. End A is the sender of the first
 * packet seen, as in Wireshark's Conversations window.
 *
 * @param protocol     {@code tcp} or {@code udp}
 * @param stream       the TCP stream number ({@code tcp.stream}), or the UDP conversation's index among UDP ones
 * @param addressA     end A's address as text
 * @param portA        end A's port
 * @param addressB     end B's address as text
 * @param portB        end B's port
 * @param packetsAtoB  packets sent by A
 * @param bytesAtoB    frame bytes sent by A (whole frames on the wire, as Wireshark counts)
 * @param packetsBtoA  packets sent by B
 * @param bytesBtoA    frame bytes sent by B
 * @param startMicros  when the first packet was captured, microseconds since the epoch
 * @param endMicros    when the last packet was captured
 * @param opened       TCP only: a SYN was seen, so the capture saw the connection being opened
 * @param closed       TCP only: a FIN or RST was seen, so the capture saw it being closed
 * @param ipv6         whether the ends are IPv6 addresses
 */
public record Conversation(String protocol, int stream, String addressA, int portA, String addressB, int portB,
        long packetsAtoB, long bytesAtoB, long packetsBtoA, long bytesBtoA, long startMicros, long endMicros,
        boolean opened, boolean closed, boolean ipv6) {

    public long packets() {
        return packetsAtoB + packetsBtoA;
    }

    public long bytes() {
        return bytesAtoB + bytesBtoA;
    }

    public long durationMicros() {
        return endMicros - startMicros;
    }

    public boolean isTcp() {
        return protocol.equals(socketlab.decode.Protocol.TCP.layerName());
    }

    /**
     * The display filter that shows exactly this conversation: {@code tcp.stream == 3} for TCP; for UDP the two
     * addresses and ports, as Wireshark's "Conversation Filter" writes them.
     */
    public String filter() {
        if (isTcp()) {
            return "tcp.stream == " + stream;
        }
        String addr = ipv6 ? "ipv6.addr" : "ip.addr";
        return addr + " == " + addressA + " && udp.port == " + portA + " && " + addr + " == " + addressB
                + " && udp.port == " + portB;
    }
}
