package socketlab.decode;

/** The meanings of protocol numbers, as Wireshark names them in its detail tree. */
final class Names {
    private Names() {
    }

    static String etherType(int type) {
        return EtherType.of(type).name();
    }

    static String ipProtocol(int proto) {
        return IpNumber.of(proto).name();
    }

    static String icmpType(int type) {
        return switch (type) {
            case 0 -> "Echo (ping) reply";
            case 3 -> "Destination unreachable";
            case 4 -> "Source quench (flow control)";
            case 5 -> "Redirect";
            case 8 -> "Echo (ping) request";
            case 9 -> "Router advertisement";
            case 10 -> "Router solicitation";
            case 11 -> "Time-to-live exceeded";
            case 12 -> "Parameter problem";
            case 13 -> "Timestamp request";
            case 14 -> "Timestamp reply";
            case 17 -> "Address mask request";
            case 18 -> "Address mask reply";
            default -> "Unknown";
        };
    }

    static String icmpUnreachableCode(int code) {
        return switch (code) {
            case 0 -> "Network unreachable";
            case 1 -> "Host unreachable";
            case 2 -> "Protocol unreachable";
            case 3 -> "Port unreachable";
            case 4 -> "Fragmentation needed";
            case 5 -> "Source route failed";
            case 6 -> "Destination network unknown";
            case 7 -> "Destination host unknown";
            case 9 -> "Network administratively prohibited";
            case 10 -> "Host administratively prohibited";
            case 13 -> "Communication administratively filtered";
            default -> "Unknown";
        };
    }

    static String icmpv6Type(int type) {
        return switch (type) {
            case 1 -> "Destination Unreachable";
            case 2 -> "Packet Too Big";
            case 3 -> "Time Exceeded";
            case 4 -> "Parameter Problem";
            case 128 -> "Echo (ping) request";
            case 129 -> "Echo (ping) reply";
            case 130 -> "Multicast Listener Query";
            case 131 -> "Multicast Listener Report";
            case 132 -> "Multicast Listener Done";
            case 133 -> "Router Solicitation";
            case 134 -> "Router Advertisement";
            case 135 -> "Neighbor Solicitation";
            case 136 -> "Neighbor Advertisement";
            case 137 -> "Redirect";
            case 143 -> "Multicast Listener Report Message v2";
            default -> "Unknown";
        };
    }

    static String icmpv6UnreachableCode(int code) {
        return switch (code) {
            case 0 -> "no route to destination";
            case 1 -> "communication with destination administratively prohibited";
            case 2 -> "beyond scope of source address";
            case 3 -> "address unreachable";
            case 4 -> "port unreachable";
            case 5 -> "source address failed ingress/egress policy";
            case 6 -> "reject route to destination";
            default -> "Unknown";
        };
    }

    static String arpOpcode(int op) {
        return switch (op) {
            case 1 -> "request";
            case 2 -> "reply";
            case 3 -> "reverse request";
            case 4 -> "reverse reply";
            default -> "Unknown";
        };
    }

    static String hardwareType(int type) {
        return switch (type) {
            case 1 -> "Ethernet";
            case 6 -> "IEEE 802";
            case 772 -> "Loopback";
            case 776 -> "IPv6-in-IPv4";
            case 65534 -> "None";
            default -> "Unknown";
        };
    }

    static String sllPacketType(int type) {
        return switch (type) {
            case 0 -> "Unicast to us";
            case 1 -> "Broadcast";
            case 2 -> "Multicast";
            case 3 -> "Unicast to another host";
            case 4 -> "Sent by us";
            default -> "Unknown";
        };
    }

    static String addressFamily(int family) {
        return switch (family) {
            case 2 -> "IP";
            case 10, 24, 28, 30 -> "IPv6";
            default -> "Unknown";
        };
    }

    static String tcpOption(int kind) {
        return switch (kind) {
            case 0 -> "End of Option List (EOL)";
            case 1 -> "No-Operation (NOP)";
            case 2 -> "Maximum segment size";
            case 3 -> "Window scale";
            case 4 -> "SACK permitted";
            case 5 -> "SACK";
            case 8 -> "Timestamps";
            case 28 -> "User Timeout";
            case 29 -> "TCP Authentication Option";
            case 30 -> "Multipath TCP";
            case 34 -> "TCP Fast Open Cookie";
            default -> "Unknown";
        };
    }

    static String ipOption(int type) {
        return switch (type & 0x1f) {
            case 0 -> "End of Options List (EOL)";
            case 1 -> "No Operation (NOP)";
            case 2 -> "Security";
            case 3 -> "Loose Source Route";
            case 4 -> "Time Stamp";
            case 7 -> "Record Route";
            case 9 -> "Strict Source Route";
            case 20 -> "Router Alert";
            default -> "Unknown";
        };
    }

    static String dscp(int dscp) {
        return switch (dscp) {
            case 0 -> "Default";
            case 8 -> "CS1";
            case 10 -> "AF11";
            case 16 -> "CS2";
            case 18 -> "AF21";
            case 24 -> "CS3";
            case 26 -> "AF31";
            case 32 -> "CS4";
            case 34 -> "AF41";
            case 40 -> "CS5";
            case 46 -> "Expedited Forwarding";
            case 48 -> "CS6";
            case 56 -> "CS7";
            default -> "Unknown";
        };
    }

    static String ecn(int ecn) {
        return switch (ecn) {
            case 0 -> "Not ECN-Capable Transport";
            case 1 -> "ECN-Capable Transport codepoint '01'";
            case 2 -> "ECN-Capable Transport codepoint '10'";
            default -> "Congestion Experienced";
        };
    }
}
