package socketlab.decode;

import static socketlab.decode.Packets.ACK;
import static socketlab.decode.Packets.FIN;
import static socketlab.decode.Packets.PSH;
import static socketlab.decode.Packets.SYN;

import java.nio.file.Path;

/**
 * Writes the benchmark's capture file: loopback Ethernet frames of many TCP connections (handshake, requests and
 * replies with timestamps, close) with some UDP datagrams and pings between them, all with correct checksums.
 * Usage: {@code java -cp target/test-classes:target/classes socketlab.decode.BenchmarkCapture FILE [FRAMES]}.
 */
public final class BenchmarkCapture {
    private BenchmarkCapture() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BenchmarkCapture FILE [FRAMES]");
            System.exit(2);
        }
        long total = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        byte[] lo = Packets.ip("127.0.0.1");
        byte[] reply = "HELLO FROM THE LAB SERVER\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] request = "hello from the lab client\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long frames = 0;
        long micros = 1_732_227_594_000_000L;
        int id = 0;
        try (PcapWriter w = new PcapWriter(Path.of(args[0]), 1)) {
            for (int conn = 0; frames < total; conn++) {
                int client = 32768 + conn % 28000;
                int server = 45678;
                long c = 1_000_000L * conn;
                long s = 3_000_000_000L + 7L * conn;
                w.frame(micros++, tcp(lo, client, server, c, 0, SYN, Packets.synOptions(65495, conn, 7), new byte[0],
                        id++));
                w.frame(micros++, tcp(lo, server, client, s, c + 1, SYN | ACK, Packets.synOptions(65495, conn, 7),
                        new byte[0], id++));
                w.frame(micros++, tcp(lo, client, server, c + 1, s + 1, ACK, ts(conn), new byte[0], id++));
                frames += 3;
                for (int i = 0; i < 20 && frames < total; i++) {
                    long cs = c + 1 + (long) i * request.length;
                    long ss = s + 1 + (long) i * reply.length;
                    w.frame(micros++, tcp(lo, client, server, cs, ss, PSH | ACK, ts(conn), request, id++));
                    w.frame(micros++, tcp(lo, server, client, ss, cs + request.length, PSH | ACK, ts(conn), reply,
                            id++));
                    w.frame(micros++, tcp(lo, client, server, cs + request.length, ss + reply.length, ACK, ts(conn),
                            new byte[0], id++));
                    frames += 3;
                }
                long cEnd = c + 1 + 20L * request.length;
                long sEnd = s + 1 + 20L * reply.length;
                w.frame(micros++, tcp(lo, client, server, cEnd, sEnd, FIN | ACK, ts(conn), new byte[0], id++));
                w.frame(micros++, tcp(lo, server, client, sEnd, cEnd + 1, FIN | ACK, ts(conn), new byte[0], id++));
                w.frame(micros++, tcp(lo, client, server, cEnd + 1, sEnd + 1, ACK, ts(conn), new byte[0], id++));
                w.frame(micros++, Packets.loopbackEthernet(Packets.ipv4(lo, lo, 17, id++, new byte[0],
                        Packets.udp(lo, lo, 50000, 45679, request))));
                w.frame(micros++, Packets.loopbackEthernet(Packets.ipv4(lo, lo, 1, id++, new byte[0],
                        Packets.icmp(8, 0, 0x4242_0000 | (conn & 0xffff), new byte[56]))));
                frames += 5;
            }
        }
        System.out.println("wrote " + frames + " frames to " + args[0]);
    }

    private static byte[] tcp(byte[] lo, int sport, int dport, long seq, long ack, int flags, byte[] options,
            byte[] payload, int id) {
        return Packets.loopbackEthernet(Packets.ipv4(lo, lo, 6, id & 0xffff, new byte[0], Packets.tcp(lo, lo, sport,
                dport, seq & 0xffff_ffffL, ack & 0xffff_ffffL, flags, 512, options, payload)));
    }

    private static byte[] ts(int conn) {
        return java.nio.ByteBuffer.allocate(12).put((byte) 1).put((byte) 1).put((byte) 8).put((byte) 10)
                .putInt(conn).putInt(conn + 1).array();
    }
}
