package socketlab.capture;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Locale;

/**
 * The one fix for each capture problem on this operating system. The lab never raises its own privileges: it says
 * what the user can do once, so that later captures just work.
 */
final class CaptureAdvice {
    private CaptureAdvice() {
    }

    private enum Os { LINUX, MAC, WINDOWS, OTHER }

    private static Os os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.contains("linux")) {
            return Os.LINUX;
        }
        if (name.contains("mac") || name.contains("darwin")) {
            return Os.MAC;
        }
        return name.contains("windows") ? Os.WINDOWS : Os.OTHER;
    }

    /**
     * The packaged launcher running this program, which is what a file capability must be given to (it starts the
     * JVM inside its own process, so a capability on the runtime's bin/java would not apply); empty when the lab runs
     * from a plain JDK.
     */
    static Optional<String> launcher() {
        String launcher = System.getProperty("jpackage.app-path");
        return launcher == null || launcher.isBlank() ? Optional.empty() : Optional.of(launcher);
    }

    /**
     * The launcher a build of the lab makes (libexec/socketlab: bin/socketlab is the script that starts it), for
     * advice given while it runs from a plain JDK: next to the classes
     * this program runs from when they are a Maven build's ({@code target/classes} or {@code target/image-input}),
     * otherwise as the README names it.
     */
    static String builtLauncher() {
        try {
            Path code = Path.of(CaptureAdvice.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")) {
                return target.resolve("image").resolve("libexec").resolve("socketlab").toString();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no usable location: the documented path below
        }
        return "target/image/libexec/socketlab";
    }

    static String permissionFix() {
        return switch (os()) {
            // cap_net_raw alone lets a non-promiscuous capture open its packet socket; cap_net_admin would also
            // let the program reconfigure interfaces and firewalls, which capturing never needs. Never the shared
            // java: a capability there would let every Java program on the machine open raw sockets.
            case LINUX -> launcher().map(l -> "run it as root, or give this program the capture capability once:"
                    + " sudo setcap cap_net_raw=eip " + l)
                    .orElseGet(() -> "run it as root, or build the lab's own launcher (mvn -B package) and give it"
                            + " the capture capability once: sudo setcap cap_net_raw=eip " + builtLauncher()
                            + "; never give it to the shared java, which would let every Java program on this"
                            + " machine capture");
            case MAC -> "give your user read access to /dev/bpf* (Wireshark's ChmodBPF package does this), or run it"
                    + " with sudo";
            case WINDOWS -> "run it as administrator, or reinstall Npcap without the option that restricts capture to"
                    + " administrators";
            case OTHER -> "run it as root";
        };
    }

    static String libraryMissing() {
        return os() == Os.WINDOWS ? "capture is not available because Npcap is not installed"
                : "capture is not available because libpcap is not installed";
    }

    static String libraryFix() {
        return switch (os()) {
            case LINUX -> "install it (Debian/Ubuntu: sudo apt-get install libpcap0.8; Fedora: sudo dnf install"
                    + " libpcap)";
            case MAC -> "it is part of macOS; reinstall the command line tools with xcode-select --install";
            case WINDOWS -> "install Npcap from https://npcap.com and tick its loopback support option";
            case OTHER -> "install libpcap with the system's package manager";
        };
    }
}
