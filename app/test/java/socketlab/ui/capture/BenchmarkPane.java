package socketlab.ui.capture;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import socketlab.capture.PacketLog;
import socketlab.ui.Background;
import socketlab.ui.ManualPulses;

/**
 * Opens a capture file the way the Capture pane does — the same model, ingest thread and per-pulse hand-over, with
 * a pulse every 16 ms as JavaFX fires them — and prints how soon the list is browsable, how long the whole file
 * takes, what drawing one screen of rows costs, and the memory held. Usage:
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * socketlab.ui.capture.BenchmarkPane FILE}.
 */
public final class BenchmarkPane {
    /** Rows of one screen of the packet list on a projector. */
    private static final int SCREEN = 40;

    private BenchmarkPane() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: BenchmarkPane FILE");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        ManualPulses pulses = new ManualPulses();
        ExecutorService ingest = Executors.newSingleThreadExecutor(r -> new Thread(r, "capture-ingest"));
        // This thread plays the JavaFX thread: what the model hands back runs here, between pulses.
        Queue<Runnable> fx = new ConcurrentLinkedQueue<>();
        CaptureViewModel vm = new CaptureViewModel(new Background(Runnable::run, fx::add), ingest, fx::add, pulses,
                new PacketLog(), List::of, Optional::empty, new socketlab.ladder.LabEventLog());

        long start = System.nanoTime();
        vm.open(file);
        long firstRows = 0;
        long screenMicros = 0;
        while (vm.busyProperty().get() || firstRows == 0) {
            Thread.sleep(16);
            for (Runnable r; (r = fx.poll()) != null; ) {
                r.run();
            }
            pulses.fire();
            if (firstRows == 0 && vm.packets().size() >= SCREEN) {
                firstRows = System.nanoTime() - start;
                long t = System.nanoTime();
                for (int i = 0; i < SCREEN; i++) {
                    vm.rows().of(i);
                }
                screenMicros = (System.nanoTime() - t) / 1000;
            }
            if (vm.fileMessageProperty().get().startsWith("Could not")) {
                break;
            }
        }
        pulses.fire(); // the last frames, read just before the file's end was handed back
        long all = System.nanoTime() - start;
        int n = vm.packets().size();

        // One screen in the middle of the capture, as when a student scrolls there.
        long t = System.nanoTime();
        for (int i = n / 2; i < Math.min(n, n / 2 + SCREEN); i++) {
            vm.rows().of(i);
        }
        long middleMicros = (System.nanoTime() - t) / 1000;

        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println(vm.fileMessageProperty().get());
        System.out.printf(Locale.ROOT, "packets in the list:          %,d%n", n);
        System.out.printf(Locale.ROOT, "first screen browsable after: %,d ms%n", firstRows / 1_000_000);
        System.out.printf(Locale.ROOT, "whole file in the list after: %,d ms (%,.0f packets/s)%n", all / 1_000_000,
                n / (all / 1e9));
        System.out.printf(Locale.ROOT, "decoding one screen of rows:  %,d µs at the top, %,d µs in the middle%n",
                screenMicros, middleMicros);
        System.out.printf(Locale.ROOT, "heap held after a full GC:    %,d MB (file %,d MB)%n", heap >> 20,
                Files.size(file) >> 20);
        System.out.printf(Locale.ROOT, "peak resident memory:         %s%n", peakResident());
        vm.close();
        ingest.shutdownNow();
    }

    /** VmHWM from /proc/self/status on Linux: the most memory the process ever had resident. */
    private static String peakResident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
