package socketlab.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * Runs one query, once per process, against a responder of our own on a loopback port, before the first real
 * query: the first DNS exchange of a process loads the DNS library and starts its network thread, which on a busy
 * machine takes tens of milliseconds that would otherwise be shown as the first server's response time.
 */
final class WarmUp {
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static volatile boolean done;

    private WarmUp() {
    }

    static void once() {
        if (done) {
            return;
        }
        synchronized (WarmUp.class) {
            if (done) {
                return;
            }
            done = true;
            try (DatagramSocket responder = new DatagramSocket(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
                responder.setSoTimeout((int) WAIT.toMillis());
                Thread answering = Thread.ofVirtual().name("socketlab-dns-warm-up").start(() -> answer(responder));
                DnsServer self = DnsServer.of((InetSocketAddress) responder.getLocalSocketAddress());
                Exchange.send(self, Name.root, Type.NS, false, WAIT);
                answering.join(WAIT);
            } catch (IOException | DnsFailure e) {
                // Only the timing of the first real query suffers.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Replies to one query with an empty answer. */
    private static void answer(DatagramSocket socket) {
        try {
            byte[] buffer = new byte[512];
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            socket.receive(p);
            Message query = new Message(java.util.Arrays.copyOf(p.getData(), p.getLength()));
            query.getHeader().setFlag(Flags.QR);
            byte[] reply = query.toWire();
            socket.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
        } catch (IOException e) {
            // the query times out instead
        }
    }
}
