package socketlab.decode;

/**
 * The well-known ports the lab decodes an application protocol on (either side of a TCP connection or a UDP
 * datagram), as IANA assigns them. A lab server's own port is added while it runs ({@link AppPorts}).
 */
public record PortNumber(int value, String name) {
    public static final PortNumber DOMAIN = new PortNumber(53, "domain");
    public static final PortNumber HTTP = new PortNumber(80, "http");
    public static final PortNumber HTTPS = new PortNumber(443, "https");
    public static final PortNumber HTTP_ALT = new PortNumber(8080, "http-alt");
}
