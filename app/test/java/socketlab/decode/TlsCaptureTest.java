package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS as the lab decodes it, on real handshakes over loopback: curl asks openssl s_server on port 443 for
 * https://lab.test/, once with TLS 1.3 and once limited to TLS 1.2. tcpdump prints nothing of TLS, so the summary
 * must be its line unchanged; the JSON must agree with tshark's, and a student sees the server name but not the page.
 */
class TlsCaptureTest {
    @TempDir
    static Path dir;
    private static Path file;
    private static Process server;
    private static InetAddress address;

    @BeforeAll
    static void captureTwoHandshakes() throws Exception {
        address = freeAddress();
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.resolve("key.pem").toString(),
                "-out", dir.resolve("cert.pem").toString(), "-days", "2", "-subj", "/CN=lab.test", "-addext",
                "subjectAltName=DNS:lab.test");
        server = new ProcessBuilder("openssl", "s_server", "-accept", address.getHostAddress() + ":443", "-cert",
                dir.resolve("cert.pem").toString(), "-key", dir.resolve("key.pem").toString(), "-www", "-quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        Listening.await("openssl s_server", server, dir.resolve("server.log"), address, 443);
        file = dir.resolve("tls.pcap");
        try (Tcpdump capture = Tcpdump.capture("lo", file, "host " + address.getHostAddress())) {
            String resolve = "lab.test:443:" + address.getHostAddress();
            run("curl", "-sk", "-o", "/dev/null", "--resolve", resolve, "https://lab.test/");
            run("curl", "-sk", "-o", "/dev/null", "--tlsv1.2", "--tls-max", "1.2", "--resolve", resolve,
                    "https://lab.test/");
            Captured.await(file, frames -> frames.stream().filter(f -> f.has("tcp")
                    && f.layer("tcp").orElseThrow().isSet("tcp.flags.fin")).count() >= 4);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static InetAddress freeAddress() throws IOException {
        for (int last = 1; last < 250; last++) {
            InetAddress a = InetAddress.getByAddress(new byte[] {127, 44, 3, (byte) last});
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(a, 443));
                return a;
            } catch (IOException taken) {
                // try the next
            }
        }
        throw new IOException("no address of 127.44.3.0/24 has port 443 free");
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
    }

    private static List<Frame> tls() throws Exception {
        return Captured.with(Captured.frames(file), "tls");
    }

    @Test
    void theSummaryIsTcpdumpsLineWithNothingAddedForTls() throws Exception {
        assertEquals(Tcpdump.read(file, "-nn"), Captured.summaries(file));
    }

    @Test
    void theJsonAgreesWithTshark() throws Exception {
        assertTrue(TsharkAgreement.assertJsonAgrees(file, List.of("tls"), true) > 40);
    }

    @Test
    void theHellosShowWhatAStudentCanSeeAndTheRestIsEncrypted() throws Exception {
        List<Frame> tls = tls();
        List<Frame> clientHellos = tls.stream().filter(f -> InfoText.of(f).equals("Client Hello (SNI=lab.test)"))
                .toList();
        assertEquals(2, clientHellos.size(), () -> tls.stream().map(InfoText::of).toList().toString());
        Layer hello13 = clientHellos.getFirst().layer("tls").orElseThrow();
        assertEquals("lab.test", hello13.text(TlsDissector.SERVER_NAME));
        assertTrue(hello13.all(TlsDissector.SUPPORTED_VERSION).stream().anyMatch(v -> v.number() == 0x0304));
        assertTrue(hello13.all(TlsDissector.CIPHER_SUITE).size() > 3);
        assertTrue(hello13.all(TlsDissector.ALPN).stream().anyMatch(a -> a.value().equals("http/1.1")));
        Field sni = hello13.field(TlsDissector.SERVER_NAME).orElseThrow();
        assertEquals("lab.test", new String(Arrays.copyOfRange(clientHellos.getFirst().data(), sni.byteOffset(),
                sni.byteOffset() + sni.byteLength()), StandardCharsets.US_ASCII));
        assertTrue(sni.explanation().contains("not which page"), sni.explanation());

        List<Frame> serverHellos = tls.stream().filter(f -> InfoText.of(f).startsWith("Server Hello")).toList();
        assertEquals(2, serverHellos.size());
        Layer chose13 = serverHellos.getFirst().layer("tls").orElseThrow();
        assertEquals(0x0304, chose13.number(TlsDissector.SUPPORTED_VERSION, -1));
        assertTrue(TlsNames.cipherSuite((int) chose13.number(TlsDissector.CIPHER_SUITE, -1)).startsWith("TLS_AES")
                || TlsNames.cipherSuite((int) chose13.number(TlsDissector.CIPHER_SUITE, -1)).startsWith("TLS_CHACHA"));
        Layer chose12 = serverHellos.getLast().layer("tls").orElseThrow();
        assertEquals(-1, chose12.number(TlsDissector.SUPPORTED_VERSION, -1));
        assertEquals(0x0303, chose12.number(TlsDissector.HANDSHAKE_VERSION, -1));
        assertTrue(InfoText.of(serverHellos.getLast()).contains("Certificate"), "TLS 1.2 sends the certificate"
                + " in the clear");
        assertTrue(tls.stream().anyMatch(f -> InfoText.of(f).equals("Application Data")
                && f.layer("tls").orElseThrow().field(TlsDissector.ENCRYPTED).isPresent()));
        for (Frame f : tls) {
            assertTrue(f.malformed().isEmpty(), f::toString);
        }
    }

    @Test
    void theProtocolColumnNamesTheVersionAsTshark() throws Exception {
        List<String[]> theirs = Tshark.columns(file);
        List<Frame> ours = Captured.frames(file);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            if (ours.get(i).has(Protocol.TLS)) {
                assertEquals(theirs.get(i)[0], InfoText.protocol(ours.get(i)), "protocol column of frame " + (i + 1));
                seen.add(theirs.get(i)[0]);
            }
        }
        // The ClientHellos' records say TLSv1; then each connection is named by the version its server chose.
        assertTrue(seen.containsAll(List.of("TLSv1", "TLSv1.2", "TLSv1.3")), seen::toString);
    }

    @Test
    void everyTlsFrameCutShortIsMalformedWithAReason() throws Exception {
        int cuts = 0;
        for (Frame f : tls()) {
            int start = f.layer("tls").orElseThrow().offset();
            for (int cut = start + 1; cut < f.data().length; cut++) {
                Frame snapped = MalformedFramesTest.check(new RawFrame(f.number(), f.epochMicros(), f.data().length,
                        f.linkType(), Arrays.copyOf(f.data(), cut)));
                assertTrue(snapped.malformed().orElseThrow().reason().startsWith("TLS data cut short"),
                        snapped::toString);
                cuts++;
            }
        }
        assertTrue(cuts > 3000, "cut " + cuts + " times");
    }
}
