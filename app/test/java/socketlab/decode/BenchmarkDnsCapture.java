package socketlab.decode;

import java.nio.file.Path;

/**
 * Writes the DNS benchmark's capture file: half the frames DNS over UDP (queries and responses of the kind the DNS
 * pane makes: EDNS, a CNAME, addresses, a referral), the other half data segments of a TCP connection, all with
 * correct checksums. Usage: {@code java -cp target/test-classes:target/classes socketlab.decode.BenchmarkDnsCapture
 * FILE [FRAMES]}.
 */
public final class BenchmarkDnsCapture {
    private BenchmarkDnsCapture() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BenchmarkDnsCapture FILE [FRAMES]");
            System.exit(2);
        }
        long total = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        byte[] client = Packets.ip("127.0.0.1");
        byte[] server = Packets.ip("127.53.0.3");
        byte[] data = "hello from the lab client\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] query = DnsMessagesTest.query();
        byte[] response = DnsMessagesTest.response();
        long micros = 1_765_000_000_000_000L;
        long seq = 1_000_000L;
        try (PcapWriter w = new PcapWriter(Path.of(args[0]), 1)) {
            for (long i = 0; i < total; i++) {
                int port = 32768 + (int) (i / 2 % 28000);
                byte[] frame;
                if (i % 2 == 0) {
                    boolean ask = i % 4 == 0;
                    byte[] m = (ask ? query : response).clone();
                    m[0] = (byte) (i >> 10);
                    m[1] = (byte) (i >> 2);
                    frame = Packets.loopbackEthernet(Packets.ipv4(ask ? client : server, ask ? server : client, 17,
                            (int) i, new byte[0], Packets.udp(ask ? client : server, ask ? server : client,
                                    ask ? port : 53, ask ? 53 : port, m)));
                } else {
                    frame = Packets.loopbackEthernet(Packets.ipv4(client, client, 6, (int) i, new byte[0],
                            Packets.tcp(client, client, 40000, 45678, seq, 7, Packets.PSH | Packets.ACK, 512,
                                    new byte[0], data)));
                    seq += data.length;
                }
                w.frame(micros++, frame);
            }
        }
    }
}
