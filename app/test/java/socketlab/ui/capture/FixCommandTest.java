package socketlab.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FixCommandTest {
    @Test
    void theCommandAtTheEndOfAFixIsWhatIsCopied() {
        assertEquals("sudo setcap cap_net_raw=eip /opt/socketlab/bin/socketlab", CaptureController.command(
                "run it as root, or give this program the capture capability once: sudo setcap cap_net_raw=eip"
                        + " /opt/socketlab/bin/socketlab"));
        assertEquals("sudo apt-get install libpcap0.8", CaptureController.command("install it (Debian/Ubuntu: sudo"
                + " apt-get install libpcap0.8; Fedora: sudo dnf install libpcap)"));
        assertEquals("sudo setcap cap_net_raw=eip /home/me/socketlab/target/image/bin/socketlab",
                CaptureController.command("run it as root, or build the lab's own launcher (mvn -B package) and"
                        + " give it the capture capability once: sudo setcap cap_net_raw=eip"
                        + " /home/me/socketlab/target/image/bin/socketlab; never give it to the shared java, which"
                        + " would let every Java program on this machine capture"));
        assertNull(CaptureController.command("install Npcap with its loopback support"));
        assertNull(CaptureController.command("give your user read access to /dev/bpf*, or run it with sudo "));
    }
}
