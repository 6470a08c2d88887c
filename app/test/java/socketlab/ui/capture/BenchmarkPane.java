package socketlab.ui.capture;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import socketlab.capture.PacketLog;
import socketlab.ui.Background;
import socketlab.ui.ManualPulses;

/**
 * Opens a capture file the way the Capture pane does — the same model, ingest thread and per-pulse hand-over, with
 * a pulse every 16 ms as JavaFX fires them — and prints how soon the list is browsable, how long the whole file
 * takes, what drawing one screen of rows costs, and the memory held. Then it re-filters the opened packets with
 * display filters through the pane's own {@link DisplayFilterModel} (its thread, its slices handed to the JavaFX
 * thread) and prints how long each takes beside the opening time. Usage:
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * socketlab.ui.capture.BenchmarkPane FILE [FILTER...]}; without filters it runs the issue's
 * {@code tcp.flags.syn == 1 && tcp.port == 80} and one that matches the benchmark file's handshakes.
 */
public final class BenchmarkPane {
    private static final List<String> FILTERS = List.of("tcp.flags.syn == 1 && tcp.port == 80",
            "tcp.flags.syn == 1 && tcp.port == 45678");
    /** Rows of one screen of the packet list on a projector. */
    private static final int SCREEN = 40;

    private BenchmarkPane() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BenchmarkPane FILE [FILTER...]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        ManualPulses pulses = new ManualPulses();
        ExecutorService ingest = Executors.newSingleThreadExecutor(r -> new Thread(r, "capture-ingest"));
        // This thread plays the JavaFX thread: what the model hands back runs here, between pulses.
        BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
        CaptureViewModel vm = new CaptureViewModel(new Background(Runnable::run, fx::add), ingest, fx::add, pulses,
                new PacketLog(), List::of, Optional::empty, new socketlab.ladder.LabEventLog());

        long startCpu = processCpuNanos();
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
        long openCpu = processCpuNanos() - startCpu;
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
        System.out.printf(Locale.ROOT, "whole file in the list after: %,d ms (%,.0f packets/s), CPU %,d ms%n",
                all / 1_000_000, n / (all / 1e9), openCpu / 1_000_000);
        System.out.printf(Locale.ROOT, "decoding one screen of rows:  %,d µs at the top, %,d µs in the middle%n",
                screenMicros, middleMicros);
        System.out.printf(Locale.ROOT, "heap held after a full GC:    %,d MB (file %,d MB)%n", heap >> 20,
                Files.size(file) >> 20);
        System.out.printf(Locale.ROOT, "peak resident memory:         %s%n", peakResident());

        List<String> filters = args.length > 1 ? List.of(args).subList(1, args.length) : FILTERS;
        DisplayFilterModel df = vm.displayFilter();
        for (String f : filters) {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            long nextPulse = t0;
            df.apply(f);
            if (!df.errorProperty().get().isEmpty()) {
                System.out.println("re-filtering: " + df.errorProperty().get());
                continue;
            }
            // What the filter's thread hands over runs at once, as Platform.runLater's tasks do; pulses still
            // fire every 16 ms.
            while (df.displayedTextProperty().get().contains("filtering")) {
                Runnable r = fx.poll(1, TimeUnit.MILLISECONDS);
                if (r != null) {
                    r.run();
                }
                if (System.nanoTime() >= nextPulse) {
                    pulses.fire();
                    nextPulse += 16_000_000;
                }
            }
            long took = System.nanoTime() - t0;
            long cpu = processCpuNanos() - cpu0;
            System.out.printf(Locale.ROOT, "re-filtering with %s: %,d ms (%,.0f packets/s; %.2f× the opening time),"
                    + " CPU %,d ms (%.2f× the opening's); %s%n", f, took / 1_000_000,
                    n / (took / 1e9), (double) took / all, cpu / 1_000_000, (double) cpu / openCpu,
                    df.displayedTextProperty().get());
        }
        df.clear();
        vm.close();
        ingest.shutdownNow();
    }

    /**
     * The CPU time (user + system) the whole process has used so far, every thread's with the collector's and the
     * compiler's, from /proc/self/stat on Linux (in clock ticks of 10 ms): on a shared machine it says more than the
     * wall time, which waits for a core.
     */
    private static long processCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // utime, stime
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
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
