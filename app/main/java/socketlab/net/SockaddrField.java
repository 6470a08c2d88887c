package socketlab.net;

/**
 * One field of a {@code sockaddr_in} or {@code sockaddr_in6} in memory.
 *
 * @param name    the C member, e.g. {@code sin_port}
 * @param cType   its C type, e.g. {@code in_port_t}
 * @param offset  where it starts, in bytes from the start of the structure
 * @param bytes   its bytes as they lie in memory on a little-endian host
 * @param order   host order, network order, or padding
 * @param meaning what the bytes say, e.g. "htons(80): port 80"
 */
public record SockaddrField(String name, String cType, int offset, byte[] bytes, FieldOrder order, String meaning) {
    public SockaddrField {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
