package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.server.LabServer;
import socketlab.server.ServerConfig;
import socketlab.server.ServerKind;

/**
 * A running lab server's port, registered with the decoder, shows its traffic as the text lines it is; the same port
 * after the server is gone is plain data again. The summary stays tcpdump's, which knows nothing of the lab.
 */
class LabTextCaptureTest {
    @TempDir
    Path dir;

    @Test
    void anEchoServersTrafficReadsAsLinesWhileItsPortIsRegistered() throws Exception {
        Path file = dir.resolve("echo.pcap");
        try (LabServer server = LabServer.start(ServerConfig.defaults(ServerKind.ECHO), e -> { })) {
            int port = server.localEndpoint().port();
            AppPorts.register(port, Protocol.LAB);
            try (Tcpdump capture = Tcpdump.capture("lo", file, "tcp port " + port)) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    s.getOutputStream().write("hello lab\nsecond line\n".getBytes(StandardCharsets.US_ASCII));
                    s.getInputStream().readNBytes(22);
                }
                Captured.await(file, frames -> Captured.with(frames, "lab").size() >= 2);
            }
            List<Frame> lab = Captured.with(Captured.frames(file), "lab");
            Layer text = lab.getFirst().layer("lab").orElseThrow();
            assertEquals(List.of("hello lab", "second line"), text.all(LabTextDissector.LINE).stream()
                    .map(Field::value).toList());
            assertEquals("hello lab (+1 more lines)", InfoText.of(lab.getFirst()));
            assertEquals("Lab", InfoText.protocol(lab.getFirst()));
            assertEquals("eth:ip:tcp", lab.getFirst().protocols(), "Wireshark has no name for it: data");
            assertEquals(Tcpdump.read(file, "-nn"), Captured.summaries(file));
        } finally {
            AppPorts.current().keySet().forEach(AppPorts::unregister);
        }
        assertTrue(Captured.with(Captured.frames(file), "lab").isEmpty(), "without the registration: plain data");
        assertTrue(Captured.frames(file).stream().anyMatch(f -> f.has(Layer.PAYLOAD)));
    }
}
