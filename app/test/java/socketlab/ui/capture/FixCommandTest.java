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
        assertNull(CaptureController.command("install Npcap with its loopback support"));
        assertNull(CaptureController.command("give your user read access to /dev/bpf*, or run it with sudo "));
    }
}
